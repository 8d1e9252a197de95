package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** One {@code <Contents>} entry of ListObjects and ListObjectsV2. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Key", "LastModified", "ETag", "ChecksumAlgorithm", "ChecksumType", "Size", "Owner", "StorageClass"
})
public record ObjectXml(
        @JacksonXmlProperty(localName = "Key") String key,
        @JacksonXmlProperty(localName = "LastModified") String lastModified,
        @JacksonXmlProperty(localName = "ETag") String etag,
        @JacksonXmlProperty(localName = "ChecksumAlgorithm") String checksumAlgorithm,
        @JacksonXmlProperty(localName = "ChecksumType") String checksumType,
        @JacksonXmlProperty(localName = "Size") long size,
        @JacksonXmlProperty(localName = "Owner") OwnerXml owner,
        @JacksonXmlProperty(localName = "StorageClass") String storageClass) {}

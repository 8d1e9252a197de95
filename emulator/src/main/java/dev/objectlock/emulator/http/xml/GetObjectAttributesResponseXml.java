package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * GetObjectAttributes response: only the attributes the request named are present. The ETag is
 * unquoted here, unlike everywhere else, and the part count's wire name is {@code PartsCount}
 * (botocore s3 model, GetObjectAttributesParts.TotalPartsCount locationName).
 */
@JacksonXmlRootElement(localName = "GetObjectAttributesResponse", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize"})
public record GetObjectAttributesResponseXml(
        @JacksonXmlProperty(localName = "ETag") String etag,
        @JacksonXmlProperty(localName = "Checksum") ChecksumXml checksum,
        @JacksonXmlProperty(localName = "ObjectParts") ObjectPartsXml objectParts,
        @JacksonXmlProperty(localName = "StorageClass") String storageClass,
        @JacksonXmlProperty(localName = "ObjectSize") Long objectSize) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"checksums", "ChecksumType"})
    public record ChecksumXml(
            @JsonUnwrapped ChecksumValuesXml checksums,
            @JacksonXmlProperty(localName = "ChecksumType") String checksumType) {}

    public record ObjectPartsXml(
            @JacksonXmlProperty(localName = "PartsCount") int partsCount) {}
}

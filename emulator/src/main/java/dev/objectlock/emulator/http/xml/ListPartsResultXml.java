package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** ListParts response. */
@JacksonXmlRootElement(localName = "ListPartsResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "Bucket",
    "Key",
    "UploadId",
    "PartNumberMarker",
    "NextPartNumberMarker",
    "MaxParts",
    "IsTruncated",
    "Part",
    "Initiator",
    "Owner",
    "StorageClass",
    "ChecksumAlgorithm",
    "ChecksumType"
})
public record ListPartsResultXml(
        @JacksonXmlProperty(localName = "Bucket") String bucket,
        @JacksonXmlProperty(localName = "Key") String key,
        @JacksonXmlProperty(localName = "UploadId") String uploadId,
        @JacksonXmlProperty(localName = "PartNumberMarker") int partNumberMarker,

        @JacksonXmlProperty(localName = "NextPartNumberMarker")
        int nextPartNumberMarker,

        @JacksonXmlProperty(localName = "MaxParts") int maxParts,
        @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "Part")
        List<PartXml> parts,

        @JacksonXmlProperty(localName = "Initiator") OwnerXml initiator,
        @JacksonXmlProperty(localName = "Owner") OwnerXml owner,
        @JacksonXmlProperty(localName = "StorageClass") String storageClass,
        @JacksonXmlProperty(localName = "ChecksumAlgorithm") String checksumAlgorithm,
        @JacksonXmlProperty(localName = "ChecksumType") String checksumType) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"PartNumber", "LastModified", "ETag", "Size", "checksums"})
    public record PartXml(
            @JacksonXmlProperty(localName = "PartNumber") int partNumber,
            @JacksonXmlProperty(localName = "LastModified") String lastModified,
            @JacksonXmlProperty(localName = "ETag") String etag,
            @JacksonXmlProperty(localName = "Size") long size,
            @JsonUnwrapped ChecksumValuesXml checksums) {}
}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** ListMultipartUploads response. */
@JacksonXmlRootElement(localName = "ListMultipartUploadsResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "Bucket",
    "KeyMarker",
    "UploadIdMarker",
    "NextKeyMarker",
    "NextUploadIdMarker",
    "Delimiter",
    "Prefix",
    "MaxUploads",
    "IsTruncated",
    "Upload",
    "CommonPrefixes",
    "EncodingType"
})
public record ListMultipartUploadsResultXml(
        @JacksonXmlProperty(localName = "Bucket") String bucket,
        @JacksonXmlProperty(localName = "KeyMarker") String keyMarker,
        @JacksonXmlProperty(localName = "UploadIdMarker") String uploadIdMarker,
        @JacksonXmlProperty(localName = "NextKeyMarker") String nextKeyMarker,

        @JacksonXmlProperty(localName = "NextUploadIdMarker")
        String nextUploadIdMarker,

        @JacksonXmlProperty(localName = "Delimiter") String delimiter,
        @JacksonXmlProperty(localName = "Prefix") String prefix,
        @JacksonXmlProperty(localName = "MaxUploads") int maxUploads,
        @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "Upload")
        List<UploadXml> uploads,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "CommonPrefixes")
        List<CommonPrefixXml> commonPrefixes,

        @JacksonXmlProperty(localName = "EncodingType") String encodingType) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "Key",
        "UploadId",
        "Initiator",
        "Owner",
        "StorageClass",
        "Initiated",
        "ChecksumAlgorithm",
        "ChecksumType"
    })
    public record UploadXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "UploadId") String uploadId,
            @JacksonXmlProperty(localName = "Initiator") OwnerXml initiator,
            @JacksonXmlProperty(localName = "Owner") OwnerXml owner,
            @JacksonXmlProperty(localName = "StorageClass") String storageClass,
            @JacksonXmlProperty(localName = "Initiated") String initiated,

            @JacksonXmlProperty(localName = "ChecksumAlgorithm")
            String checksumAlgorithm,

            @JacksonXmlProperty(localName = "ChecksumType") String checksumType) {}
}

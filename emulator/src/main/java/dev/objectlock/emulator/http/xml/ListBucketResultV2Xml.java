package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** ListObjectsV2 response. */
@JacksonXmlRootElement(localName = "ListBucketResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
// Element order as AWS writes it: the API reference examples (API_ListObjectsV2) and captured AWS
// responses put the tokens and StartAfter right after Prefix, and KeyCount before MaxKeys.
@JsonPropertyOrder({
    "Name",
    "Prefix",
    "ContinuationToken",
    "NextContinuationToken",
    "StartAfter",
    "KeyCount",
    "MaxKeys",
    "Delimiter",
    "EncodingType",
    "IsTruncated",
    "Contents",
    "CommonPrefixes"
})
public record ListBucketResultV2Xml(
        @JacksonXmlProperty(localName = "Name") String name,
        @JacksonXmlProperty(localName = "Prefix") String prefix,
        @JacksonXmlProperty(localName = "MaxKeys") int maxKeys,
        @JacksonXmlProperty(localName = "KeyCount") int keyCount,
        @JacksonXmlProperty(localName = "Delimiter") String delimiter,
        @JacksonXmlProperty(localName = "EncodingType") String encodingType,
        @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
        @JacksonXmlProperty(localName = "ContinuationToken") String continuationToken,

        @JacksonXmlProperty(localName = "NextContinuationToken")
        String nextContinuationToken,

        @JacksonXmlProperty(localName = "StartAfter") String startAfter,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "Contents")
        List<ObjectXml> contents,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "CommonPrefixes")
        List<CommonPrefixXml> commonPrefixes) {}

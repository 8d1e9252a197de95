package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** ListObjects (v1) response; v2 has its own record because the two share a root name but not fields. */
@JacksonXmlRootElement(localName = "ListBucketResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "Name",
    "Prefix",
    "Marker",
    "NextMarker",
    "MaxKeys",
    "Delimiter",
    "EncodingType",
    "IsTruncated",
    "Contents",
    "CommonPrefixes"
})
public record ListBucketResultXml(
        @JacksonXmlProperty(localName = "Name") String name,
        @JacksonXmlProperty(localName = "Prefix") String prefix,
        @JacksonXmlProperty(localName = "Marker") String marker,
        @JacksonXmlProperty(localName = "NextMarker") String nextMarker,
        @JacksonXmlProperty(localName = "MaxKeys") int maxKeys,
        @JacksonXmlProperty(localName = "Delimiter") String delimiter,
        @JacksonXmlProperty(localName = "EncodingType") String encodingType,
        @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "Contents")
        List<ObjectXml> contents,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "CommonPrefixes")
        List<CommonPrefixXml> commonPrefixes) {}

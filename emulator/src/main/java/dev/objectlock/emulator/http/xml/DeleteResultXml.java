package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** DeleteObjects response: flattened {@code Deleted} and {@code Error} entries ([A.2, A.6]). */
@JacksonXmlRootElement(localName = "DeleteResult", namespace = XmlCodec.S3_NAMESPACE)
@JsonPropertyOrder({"Deleted", "Error"})
public record DeleteResultXml(
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "Deleted")
        List<DeletedXml> deleted,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JacksonXmlProperty(localName = "Error")
        List<ErrorXml> errors) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Key", "VersionId", "DeleteMarker", "DeleteMarkerVersionId"})
    public record DeletedXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "VersionId") String versionId,
            @JacksonXmlProperty(localName = "DeleteMarker") Boolean deleteMarker,

            @JacksonXmlProperty(localName = "DeleteMarkerVersionId")
            String deleteMarkerVersionId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Key", "VersionId", "Code", "Message"})
    public record ErrorXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "VersionId") String versionId,
            @JacksonXmlProperty(localName = "Code") String code,
            @JacksonXmlProperty(localName = "Message") String message) {}
}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** DeleteObjects request body. */
@JacksonXmlRootElement(localName = "Delete", namespace = XmlCodec.S3_NAMESPACE)
public record DeleteXml(
        @JacksonXmlProperty(localName = "Quiet") Boolean quiet,
        @JacksonXmlProperty(localName = "Object") List<ObjectIdentifierXml> objects) {

    public record ObjectIdentifierXml(
            @JacksonXmlProperty(localName = "Key") String key,
            @JacksonXmlProperty(localName = "VersionId") String versionId,
            @JacksonXmlProperty(localName = "ETag") String etag) {}
}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Put/GetObjectLegalHold body ([B.2]). */
@JacksonXmlRootElement(localName = "LegalHold", namespace = XmlCodec.S3_NAMESPACE)
public record LegalHoldXml(
        @JacksonXmlProperty(localName = "Status") String status) {}

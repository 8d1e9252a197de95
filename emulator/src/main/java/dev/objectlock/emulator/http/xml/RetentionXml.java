package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Put/GetObjectRetention body; the date stays text so the rules can judge its format ([B.2, B.8]). */
@JacksonXmlRootElement(localName = "Retention", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Mode", "RetainUntilDate"})
public record RetentionXml(
        @JacksonXmlProperty(localName = "Mode") String mode,
        @JacksonXmlProperty(localName = "RetainUntilDate") String retainUntilDate) {}

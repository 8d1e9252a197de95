package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** PutBucketVersioning request and GetBucketVersioning response (element {@code MfaDelete}, [A.2]). */
@JacksonXmlRootElement(localName = "VersioningConfiguration", namespace = XmlCodec.S3_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Status", "MfaDelete"})
public record VersioningConfigurationXml(
        @JacksonXmlProperty(localName = "Status") String status,
        @JacksonXmlProperty(localName = "MfaDelete") String mfaDelete) {}

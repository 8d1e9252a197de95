package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** CreateBucket request body. */
@JacksonXmlRootElement(localName = "CreateBucketConfiguration", namespace = XmlCodec.S3_NAMESPACE)
public record CreateBucketConfigurationXml(
        @JacksonXmlProperty(localName = "LocationConstraint")
        String locationConstraint) {}

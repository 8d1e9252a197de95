package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** GetBucketLocation response: the region as text, empty for us-east-1. */
@JacksonXmlRootElement(localName = "LocationConstraint", namespace = XmlCodec.S3_NAMESPACE)
public record LocationConstraintXml(@JacksonXmlText String value) {}

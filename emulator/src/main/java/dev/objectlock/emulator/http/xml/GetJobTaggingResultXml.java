package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** GetJobTagging response ([C.8]): always a Tags element, empty when the job has none. */
@JacksonXmlRootElement(localName = "GetJobTaggingResult", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
public record GetJobTaggingResultXml(
        @JacksonXmlProperty(localName = "Tags") MemberListXml<S3TagXml> tags) {}

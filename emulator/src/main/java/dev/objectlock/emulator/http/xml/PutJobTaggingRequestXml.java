package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** PutJobTagging request body ([C.8]): the whole new tag set; {@code <Tags/>} removes every tag. */
@JacksonXmlRootElement(localName = "PutJobTaggingRequest", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
public record PutJobTaggingRequestXml(
        @JacksonXmlProperty(localName = "Tags") MemberListXml<S3TagXml> tags) {}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * GetBucketPolicyStatus response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html):
 * {@code <PolicyStatus><IsPublic>boolean</IsPublic></PolicyStatus>}.
 */
@JacksonXmlRootElement(localName = "PolicyStatus", namespace = XmlCodec.S3_NAMESPACE)
public record PolicyStatusXml(
        @JacksonXmlProperty(localName = "IsPublic") boolean isPublic) {}

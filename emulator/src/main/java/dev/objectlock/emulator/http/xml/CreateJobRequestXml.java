package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * CreateJob request body ([C.3]; botocore-s3c CreateJobRequest, in model member order). The
 * account id travels in the {@code x-amz-account-id} header, not here.
 */
@JacksonXmlRootElement(localName = "CreateJobRequest", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "ConfirmationRequired",
    "Operation",
    "Report",
    "ClientRequestToken",
    "Manifest",
    "Description",
    "Priority",
    "RoleArn",
    "Tags",
    "ManifestGenerator"
})
public record CreateJobRequestXml(
        @JacksonXmlProperty(localName = "ConfirmationRequired")
        Boolean confirmationRequired,

        @JacksonXmlProperty(localName = "Operation") JobOperationXml operation,
        @JacksonXmlProperty(localName = "Report") JobReportXml report,

        @JacksonXmlProperty(localName = "ClientRequestToken")
        String clientRequestToken,

        @JacksonXmlProperty(localName = "Manifest") JobManifestXml manifest,
        @JacksonXmlProperty(localName = "Description") String description,
        @JacksonXmlProperty(localName = "Priority") Integer priority,
        @JacksonXmlProperty(localName = "RoleArn") String roleArn,
        @JacksonXmlProperty(localName = "Tags") MemberListXml<S3TagXml> tags,
        @JacksonXmlProperty(localName = "ManifestGenerator") JobManifestGeneratorXml manifestGenerator) {}

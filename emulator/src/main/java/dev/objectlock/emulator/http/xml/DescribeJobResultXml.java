package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * DescribeJob response ([C.4]): {@code <Job>} is a JobDescriptor, whose elements follow the
 * botocore-s3c member order; absent values are left out. Dates are ISO-8601 with milliseconds.
 */
@JacksonXmlRootElement(localName = "DescribeJobResult", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
public record DescribeJobResultXml(
        @JacksonXmlProperty(localName = "Job") JobDescriptorXml job) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "JobId",
        "ConfirmationRequired",
        "Description",
        "JobArn",
        "Status",
        "Manifest",
        "Operation",
        "Priority",
        "ProgressSummary",
        "StatusUpdateReason",
        "FailureReasons",
        "Report",
        "CreationTime",
        "TerminationDate",
        "RoleArn",
        "SuspendedDate",
        "SuspendedCause",
        "ManifestGenerator",
        "GeneratedManifestDescriptor"
    })
    public record JobDescriptorXml(
            @JacksonXmlProperty(localName = "JobId") String jobId,

            @JacksonXmlProperty(localName = "ConfirmationRequired")
            Boolean confirmationRequired,

            @JacksonXmlProperty(localName = "Description") String description,
            @JacksonXmlProperty(localName = "JobArn") String jobArn,
            @JacksonXmlProperty(localName = "Status") String status,
            @JacksonXmlProperty(localName = "Manifest") JobManifestXml manifest,
            @JacksonXmlProperty(localName = "Operation") JobOperationXml operation,
            @JacksonXmlProperty(localName = "Priority") Integer priority,

            @JacksonXmlProperty(localName = "ProgressSummary")
            JobProgressSummaryXml progressSummary,

            @JacksonXmlProperty(localName = "StatusUpdateReason")
            String statusUpdateReason,

            @JacksonXmlProperty(localName = "FailureReasons")
            MemberListXml<JobFailureXml> failureReasons,

            @JacksonXmlProperty(localName = "Report") JobReportXml report,
            @JacksonXmlProperty(localName = "CreationTime") String creationTime,

            @JacksonXmlProperty(localName = "TerminationDate")
            String terminationDate,

            @JacksonXmlProperty(localName = "RoleArn") String roleArn,
            @JacksonXmlProperty(localName = "SuspendedDate") String suspendedDate,

            @JacksonXmlProperty(localName = "SuspendedCause")
            String suspendedCause,

            @JacksonXmlProperty(localName = "ManifestGenerator")
            JobManifestGeneratorXml manifestGenerator,

            @JacksonXmlProperty(localName = "GeneratedManifestDescriptor")
            GeneratedManifestDescriptorXml generatedManifestDescriptor) {}

    /** S3GeneratedManifestDescriptor: where a ManifestGenerator wrote the manifest it made. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Format", "Location"})
    public record GeneratedManifestDescriptorXml(
            @JacksonXmlProperty(localName = "Format") String format,
            @JacksonXmlProperty(localName = "Location") JobManifestXml.LocationXml location) {}
}

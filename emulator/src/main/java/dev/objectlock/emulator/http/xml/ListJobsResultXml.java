package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * ListJobs response ([C.5]): NextToken only when more pages exist, and the Jobs as
 * {@code <member>} JobListDescriptors, whose {@code Operation} is the operation's name ([R46]).
 */
@JacksonXmlRootElement(localName = "ListJobsResult", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"NextToken", "Jobs"})
public record ListJobsResultXml(
        @JacksonXmlProperty(localName = "NextToken") String nextToken,
        @JacksonXmlProperty(localName = "Jobs") MemberListXml<JobListDescriptorXml> jobs) {

    /** JobListDescriptor, in botocore-s3c member order. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "JobId",
        "Description",
        "Operation",
        "Priority",
        "Status",
        "CreationTime",
        "TerminationDate",
        "ProgressSummary"
    })
    public record JobListDescriptorXml(
            @JacksonXmlProperty(localName = "JobId") String jobId,
            @JacksonXmlProperty(localName = "Description") String description,
            @JacksonXmlProperty(localName = "Operation") String operation,
            @JacksonXmlProperty(localName = "Priority") Integer priority,
            @JacksonXmlProperty(localName = "Status") String status,
            @JacksonXmlProperty(localName = "CreationTime") String creationTime,

            @JacksonXmlProperty(localName = "TerminationDate")
            String terminationDate,

            @JacksonXmlProperty(localName = "ProgressSummary")
            JobProgressSummaryXml progressSummary) {}
}

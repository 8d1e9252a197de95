package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** UpdateJobStatus response ([C.6]): the job id, its status now and the reason sent. */
@JacksonXmlRootElement(localName = "UpdateJobStatusResult", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"JobId", "Status", "StatusUpdateReason"})
public record UpdateJobStatusResultXml(
        @JacksonXmlProperty(localName = "JobId") String jobId,
        @JacksonXmlProperty(localName = "Status") String status,

        @JacksonXmlProperty(localName = "StatusUpdateReason")
        String statusUpdateReason) {}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** UpdateJobPriority response ([C.6]): the job id and its priority now. */
@JacksonXmlRootElement(localName = "UpdateJobPriorityResult", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
@JsonPropertyOrder({"JobId", "Priority"})
public record UpdateJobPriorityResultXml(
        @JacksonXmlProperty(localName = "JobId") String jobId,
        @JacksonXmlProperty(localName = "Priority") int priority) {}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** CreateJob response ([C.3]): the new job's id, or the earlier one for a repeated token. */
@JacksonXmlRootElement(localName = "CreateJobResult", namespace = XmlCodec.S3_CONTROL_NAMESPACE)
public record CreateJobResultXml(
        @JacksonXmlProperty(localName = "JobId") String jobId) {}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** One member of DescribeJob's {@code FailureReasons} (botocore-s3c JobFailure). */
@S3ControlXml
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"FailureCode", "FailureReason"})
public record JobFailureXml(
        @JacksonXmlProperty(localName = "FailureCode") String failureCode,
        @JacksonXmlProperty(localName = "FailureReason") String failureReason) {}

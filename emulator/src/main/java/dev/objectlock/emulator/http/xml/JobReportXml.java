package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A job's {@code Report} (botocore-s3c JobReport), in CreateJob and echoed by DescribeJob ([C.3]). */
@S3ControlXml
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Bucket", "Format", "Enabled", "Prefix", "ReportScope", "ExpectedBucketOwner"})
public record JobReportXml(
        @JacksonXmlProperty(localName = "Bucket") String bucket,
        @JacksonXmlProperty(localName = "Format") String format,
        @JacksonXmlProperty(localName = "Enabled") Boolean enabled,
        @JacksonXmlProperty(localName = "Prefix") String prefix,
        @JacksonXmlProperty(localName = "ReportScope") String reportScope,

        @JacksonXmlProperty(localName = "ExpectedBucketOwner")
        String expectedBucketOwner) {}

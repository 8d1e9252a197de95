package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A job's {@code Manifest} (botocore-s3c JobManifest: Spec, Location), in CreateJob and echoed by
 * DescribeJob; {@code Location} is also the GeneratedManifestDescriptor's ([C.3]).
 */
@S3ControlXml
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"Spec", "Location"})
public record JobManifestXml(
        @JacksonXmlProperty(localName = "Spec") SpecXml spec,
        @JacksonXmlProperty(localName = "Location") LocationXml location) {

    /** JobManifestSpec: Format and the CSV Fields (Ignore, Bucket, Key, VersionId). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Format", "Fields"})
    public record SpecXml(
            @JacksonXmlProperty(localName = "Format") String format,
            @JacksonXmlProperty(localName = "Fields") MemberListXml<String> fields) {}

    /** JobManifestLocation: ObjectArn, ObjectVersionId, ETag. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ObjectArn", "ObjectVersionId", "ETag"})
    public record LocationXml(
            @JacksonXmlProperty(localName = "ObjectArn") String objectArn,

            @JacksonXmlProperty(localName = "ObjectVersionId")
            String objectVersionId,

            @JacksonXmlProperty(localName = "ETag") String etag) {}
}

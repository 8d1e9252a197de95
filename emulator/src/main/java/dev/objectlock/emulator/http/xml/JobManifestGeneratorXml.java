package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/**
 * A job's {@code ManifestGenerator} (botocore-s3c JobManifestGenerator, a union whose one member is
 * S3JobManifestGenerator), in CreateJob and echoed by DescribeJob ([C.3]). Element order is the
 * model's member order.
 */
@S3ControlXml
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobManifestGeneratorXml(
        @JacksonXmlProperty(localName = "S3JobManifestGenerator")
        S3JobManifestGeneratorXml s3JobManifestGenerator) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "ExpectedBucketOwner",
        "SourceBucket",
        "ManifestOutputLocation",
        "Filter",
        "EnableManifestOutput"
    })
    public record S3JobManifestGeneratorXml(
            @JacksonXmlProperty(localName = "ExpectedBucketOwner")
            String expectedBucketOwner,

            @JacksonXmlProperty(localName = "SourceBucket") String sourceBucket,

            @JacksonXmlProperty(localName = "ManifestOutputLocation")
            OutputLocationXml manifestOutputLocation,

            @JacksonXmlProperty(localName = "Filter") FilterXml filter,

            @JacksonXmlProperty(localName = "EnableManifestOutput")
            Boolean enableManifestOutput) {}

    /** S3ManifestOutputLocation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "ExpectedManifestBucketOwner",
        "Bucket",
        "ManifestPrefix",
        "ManifestEncryption",
        "ManifestFormat"
    })
    public record OutputLocationXml(
            @JacksonXmlProperty(localName = "ExpectedManifestBucketOwner")
            String expectedManifestBucketOwner,

            @JacksonXmlProperty(localName = "Bucket") String bucket,

            @JacksonXmlProperty(localName = "ManifestPrefix")
            String manifestPrefix,

            @JacksonXmlProperty(localName = "ManifestEncryption")
            ManifestEncryptionXml manifestEncryption,

            @JacksonXmlProperty(localName = "ManifestFormat")
            String manifestFormat) {}

    /** GeneratedManifestEncryption: {@code <SSE-S3/>} or {@code <SSE-KMS><KeyId>..</KeyId></SSE-KMS>}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"SSE-S3", "SSE-KMS"})
    public record ManifestEncryptionXml(
            @JacksonXmlProperty(localName = "SSE-S3") EmptyElementXml sseS3,
            @JacksonXmlProperty(localName = "SSE-KMS") SseKmsXml sseKms) {

        public record SseKmsXml(
                @JacksonXmlProperty(localName = "KeyId") String keyId) {}
    }

    /** JobManifestGeneratorFilter. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "EligibleForReplication",
        "CreatedAfter",
        "CreatedBefore",
        "ObjectReplicationStatuses",
        "KeyNameConstraint",
        "ObjectSizeGreaterThanBytes",
        "ObjectSizeLessThanBytes",
        "MatchAnyStorageClass",
        "MatchAnyObjectEncryption"
    })
    public record FilterXml(
            @JacksonXmlProperty(localName = "EligibleForReplication")
            Boolean eligibleForReplication,

            @JacksonXmlProperty(localName = "CreatedAfter") String createdAfter,
            @JacksonXmlProperty(localName = "CreatedBefore") String createdBefore,

            @JacksonXmlProperty(localName = "ObjectReplicationStatuses")
            MemberListXml<String> objectReplicationStatuses,

            @JacksonXmlProperty(localName = "KeyNameConstraint")
            KeyNameConstraintXml keyNameConstraint,

            @JacksonXmlProperty(localName = "ObjectSizeGreaterThanBytes")
            Long objectSizeGreaterThanBytes,

            @JacksonXmlProperty(localName = "ObjectSizeLessThanBytes")
            Long objectSizeLessThanBytes,

            @JacksonXmlProperty(localName = "MatchAnyStorageClass")
            MemberListXml<String> matchAnyStorageClass,

            @JacksonXmlProperty(localName = "MatchAnyObjectEncryption")
            ObjectEncryptionListXml matchAnyObjectEncryption) {}

    /** KeyNameConstraint: three string lists. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"MatchAnyPrefix", "MatchAnySuffix", "MatchAnySubstring"})
    public record KeyNameConstraintXml(
            @JacksonXmlProperty(localName = "MatchAnyPrefix")
            MemberListXml<String> matchAnyPrefix,

            @JacksonXmlProperty(localName = "MatchAnySuffix")
            MemberListXml<String> matchAnySuffix,

            @JacksonXmlProperty(localName = "MatchAnySubstring")
            MemberListXml<String> matchAnySubstring) {}

    /**
     * MatchAnyObjectEncryption: the one S3 Control list here whose model names its members
     * ({@code ObjectEncryption}), each a union of SSE-S3, SSE-KMS, DSSE-KMS, SSE-C and NOT-SSE.
     * The emulator keeps which kind was chosen; the KMS key ARNs inside are read past.
     */
    public record ObjectEncryptionListXml(
            @JacksonXmlProperty(localName = "ObjectEncryption")
            List<ObjectEncryptionXml> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"SSE-S3", "SSE-KMS", "DSSE-KMS", "SSE-C", "NOT-SSE"})
    public record ObjectEncryptionXml(
            @JacksonXmlProperty(localName = "SSE-S3") EmptyElementXml sseS3,
            @JacksonXmlProperty(localName = "SSE-KMS") EmptyElementXml sseKms,
            @JacksonXmlProperty(localName = "DSSE-KMS") EmptyElementXml dsseKms,
            @JacksonXmlProperty(localName = "SSE-C") EmptyElementXml sseC,
            @JacksonXmlProperty(localName = "NOT-SSE") EmptyElementXml notSse) {

        /** The element name of the chosen kind, or null for an empty ObjectEncryption. */
        public String kind() {
            return sseS3 != null
                    ? "SSE-S3"
                    : sseKms != null
                            ? "SSE-KMS"
                            : dsseKms != null ? "DSSE-KMS" : sseC != null ? "SSE-C" : notSse != null ? "NOT-SSE" : null;
        }

        public static ObjectEncryptionXml of(String kind) {
            EmptyElementXml on = EmptyElementXml.PRESENT;
            return new ObjectEncryptionXml(
                    "SSE-S3".equals(kind) ? on : null,
                    "SSE-KMS".equals(kind) ? on : null,
                    "DSSE-KMS".equals(kind) ? on : null,
                    "SSE-C".equals(kind) ? on : null,
                    "NOT-SSE".equals(kind) ? on : null);
        }
    }
}

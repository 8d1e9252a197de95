package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's {@code Operation} (botocore-s3c JobOperation), a union: one child names what the job
 * does to each object ([C.3]). The children the emulator knows are read into their records;
 * any other child (LambdaInvoke, S3PutObjectAcl, ...) is kept by name only, so CreateJob can
 * refuse it by name.
 */
@S3ControlXml
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "S3PutObjectCopy",
    "S3PutObjectTagging",
    "S3DeleteObjectTagging",
    "S3PutObjectLegalHold",
    "S3PutObjectRetention",
    "S3ReplicateObject"
})
@JsonDeserialize(using = JobOperationXml.Reader.class)
public record JobOperationXml(
        @JacksonXmlProperty(localName = "S3PutObjectCopy") CopyObjectOperationXml putObjectCopy,

        @JacksonXmlProperty(localName = "S3PutObjectTagging")
        TaggingOperationXml putObjectTagging,

        @JacksonXmlProperty(localName = "S3DeleteObjectTagging")
        EmptyElementXml deleteObjectTagging,

        @JacksonXmlProperty(localName = "S3PutObjectLegalHold")
        LegalHoldOperationXml putObjectLegalHold,

        @JacksonXmlProperty(localName = "S3PutObjectRetention")
        RetentionOperationXml putObjectRetention,

        @JacksonXmlProperty(localName = "S3ReplicateObject") EmptyElementXml replicateObject,

        @JsonIgnore List<String> otherOperations) {

    public static JobOperationXml legalHold(LegalHoldOperationXml operation) {
        return new JobOperationXml(null, null, null, operation, null, null, List.of());
    }

    public static JobOperationXml retention(RetentionOperationXml operation) {
        return new JobOperationXml(null, null, null, null, operation, null, List.of());
    }

    public static JobOperationXml tagging(TaggingOperationXml operation) {
        return new JobOperationXml(null, operation, null, null, null, null, List.of());
    }

    public static JobOperationXml deleteTagging() {
        return new JobOperationXml(null, null, EmptyElementXml.PRESENT, null, null, null, List.of());
    }

    public static JobOperationXml copy(CopyObjectOperationXml operation) {
        return new JobOperationXml(operation, null, null, null, null, null, List.of());
    }

    /** S3ReplicateObjectOperation, an empty structure: Batch Replication ([R141]). */
    public static JobOperationXml replicate() {
        return new JobOperationXml(null, null, null, null, null, EmptyElementXml.PRESENT, List.of());
    }

    /** S3SetObjectLegalHoldOperation: {@code <LegalHold><Status>ON</Status></LegalHold>}. */
    public record LegalHoldOperationXml(
            @JacksonXmlProperty(localName = "LegalHold") LegalHoldXml legalHold) {

        public record LegalHoldXml(
                @JacksonXmlProperty(localName = "Status") String status) {}
    }

    /** S3SetObjectRetentionOperation: BypassGovernanceRetention and Retention{RetainUntilDate, Mode}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"BypassGovernanceRetention", "Retention"})
    public record RetentionOperationXml(
            @JacksonXmlProperty(localName = "BypassGovernanceRetention")
            Boolean bypassGovernanceRetention,

            @JacksonXmlProperty(localName = "Retention") RetentionXml retention) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @JsonPropertyOrder({"RetainUntilDate", "Mode"})
        public record RetentionXml(
                @JacksonXmlProperty(localName = "RetainUntilDate")
                String retainUntilDate,

                @JacksonXmlProperty(localName = "Mode") String mode) {}
    }

    /** S3SetObjectTaggingOperation: the TagSet each object gets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaggingOperationXml(
            @JacksonXmlProperty(localName = "TagSet") MemberListXml<S3TagXml> tagSet) {}

    /**
     * S3CopyObjectOperation, the members the emulator keeps, in model order. AccessControlGrants,
     * RedirectLocation, RequesterPays, SSEAwsKmsKeyId and BucketKeyEnabled are read past.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "TargetResource",
        "CannedAccessControlList",
        "MetadataDirective",
        "ModifiedSinceConstraint",
        "NewObjectMetadata",
        "NewObjectTagging",
        "StorageClass",
        "UnModifiedSinceConstraint",
        "TargetKeyPrefix",
        "ObjectLockLegalHoldStatus",
        "ObjectLockMode",
        "ObjectLockRetainUntilDate",
        "ChecksumAlgorithm"
    })
    public record CopyObjectOperationXml(
            @JacksonXmlProperty(localName = "TargetResource")
            String targetResource,

            @JacksonXmlProperty(localName = "CannedAccessControlList")
            String cannedAccessControlList,

            @JacksonXmlProperty(localName = "MetadataDirective")
            String metadataDirective,

            @JacksonXmlProperty(localName = "ModifiedSinceConstraint")
            String modifiedSinceConstraint,

            @JacksonXmlProperty(localName = "NewObjectMetadata")
            ObjectMetadataXml newObjectMetadata,

            @JacksonXmlProperty(localName = "NewObjectTagging")
            MemberListXml<S3TagXml> newObjectTagging,

            @JacksonXmlProperty(localName = "StorageClass") String storageClass,

            @JacksonXmlProperty(localName = "UnModifiedSinceConstraint")
            String unModifiedSinceConstraint,

            @JacksonXmlProperty(localName = "TargetKeyPrefix")
            String targetKeyPrefix,

            @JacksonXmlProperty(localName = "ObjectLockLegalHoldStatus")
            String objectLockLegalHoldStatus,

            @JacksonXmlProperty(localName = "ObjectLockMode")
            String objectLockMode,

            @JacksonXmlProperty(localName = "ObjectLockRetainUntilDate")
            String objectLockRetainUntilDate,

            @JacksonXmlProperty(localName = "ChecksumAlgorithm")
            String checksumAlgorithm) {}

    /**
     * S3ObjectMetadata, the members a copy job applies, in model order. ContentLength, ContentMD5,
     * RequesterCharged and SSEAlgorithm are read past.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "CacheControl",
        "ContentDisposition",
        "ContentEncoding",
        "ContentLanguage",
        "UserMetadata",
        "ContentType",
        "HttpExpiresDate"
    })
    public record ObjectMetadataXml(
            @JacksonXmlProperty(localName = "CacheControl") String cacheControl,

            @JacksonXmlProperty(localName = "ContentDisposition")
            String contentDisposition,

            @JacksonXmlProperty(localName = "ContentEncoding")
            String contentEncoding,

            @JacksonXmlProperty(localName = "ContentLanguage")
            String contentLanguage,

            @JacksonXmlProperty(localName = "UserMetadata") UserMetadataXml userMetadata,
            @JacksonXmlProperty(localName = "ContentType") String contentType,

            @JacksonXmlProperty(localName = "HttpExpiresDate")
            String httpExpiresDate) {}

    /**
     * S3UserMetadata, a map: rest-xml writes each pair as {@code <entry><key/><value/></entry>}
     * (what the Java SDK and botocore send; no member names in the model).
     */
    public record UserMetadataXml(
            @JacksonXmlProperty(localName = "entry") List<EntryXml> entries) {

        @JsonPropertyOrder({"key", "value"})
        public record EntryXml(
                @JacksonXmlProperty(localName = "key") String key,
                @JacksonXmlProperty(localName = "value") String value) {}
    }

    /** Reads the known child into its record and notes the name of any other child. */
    static final class Reader extends JsonDeserializer<JobOperationXml> {
        @Override
        public JobOperationXml deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            CopyObjectOperationXml copy = null;
            TaggingOperationXml tagging = null;
            EmptyElementXml deleteTagging = null;
            LegalHoldOperationXml legalHold = null;
            RetentionOperationXml retention = null;
            EmptyElementXml replicate = null;
            List<String> others = new ArrayList<>();
            if (p.currentToken() == JsonToken.START_OBJECT) {
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "S3PutObjectCopy" -> copy = ctxt.readValue(p, CopyObjectOperationXml.class);
                        case "S3PutObjectTagging" -> tagging = ctxt.readValue(p, TaggingOperationXml.class);
                        case "S3PutObjectLegalHold" -> legalHold = ctxt.readValue(p, LegalHoldOperationXml.class);
                        case "S3PutObjectRetention" -> retention = ctxt.readValue(p, RetentionOperationXml.class);
                        case "S3DeleteObjectTagging" -> {
                            p.skipChildren();
                            deleteTagging = EmptyElementXml.PRESENT;
                        }
                        case "S3ReplicateObject" -> {
                            p.skipChildren();
                            replicate = EmptyElementXml.PRESENT;
                        }
                        default -> {
                            p.skipChildren();
                            others.add(name);
                        }
                    }
                }
            }
            return new JobOperationXml(
                    copy, tagging, deleteTagging, legalHold, retention, replicate, List.copyOf(others));
        }
    }
}

package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.model.Tag;
import java.util.List;
import java.util.Map;

/**
 * The one operation a job applies to every object of its manifest (CreateJob {@code Operation},
 * [C.3]). Leaf values stay as the request sent them; {@link BatchJobService} validates them, so
 * DescribeJob can echo what was asked for.
 */
public sealed interface JobOperation {

    /** The operation's element name, which ListJobs returns as {@code Operation} ([R46]). */
    String wireName();

    /** {@code S3PutObjectLegalHold}: {@code LegalHold/Status} ON or OFF. */
    record PutObjectLegalHold(String legalHoldStatus) implements JobOperation {
        @Override
        public String wireName() {
            return "S3PutObjectLegalHold";
        }
    }

    /** {@code S3PutObjectRetention}: {@code Retention{Mode, RetainUntilDate}} and {@code BypassGovernanceRetention}. */
    record PutObjectRetention(Boolean bypassGovernanceRetention, String mode, String retainUntilDate)
            implements JobOperation {
        @Override
        public String wireName() {
            return "S3PutObjectRetention";
        }
    }

    /** {@code S3PutObjectTagging}: replaces each object's tag set. */
    record PutObjectTagging(List<Tag> tagSet) implements JobOperation {
        @Override
        public String wireName() {
            return "S3PutObjectTagging";
        }
    }

    /** {@code S3DeleteObjectTagging}: an empty structure. */
    record DeleteObjectTagging() implements JobOperation {
        @Override
        public String wireName() {
            return "S3DeleteObjectTagging";
        }
    }

    /**
     * {@code S3ReplicateObject} (shape S3ReplicateObjectOperation, no members): Batch Replication of
     * each listed version through the source bucket's replication configuration ([R141]).
     */
    record ReplicateObject() implements JobOperation {
        @Override
        public String wireName() {
            return "S3ReplicateObject";
        }
    }

    /** {@code S3PutObjectCopy} (shape S3CopyObjectOperation): the parts of it the emulator honours. */
    record PutObjectCopy(
            String targetResource,
            String targetKeyPrefix,
            String cannedAccessControlList,
            String metadataDirective,
            String modifiedSinceConstraint,
            NewObjectMetadata newObjectMetadata,
            List<Tag> newObjectTagging,
            String storageClass,
            String unModifiedSinceConstraint,
            String objectLockLegalHoldStatus,
            String objectLockMode,
            String objectLockRetainUntilDate,
            String checksumAlgorithm)
            implements JobOperation {
        @Override
        public String wireName() {
            return "S3PutObjectCopy";
        }
    }

    /** {@code NewObjectMetadata} of a copy job (used with MetadataDirective REPLACE). */
    record NewObjectMetadata(
            String cacheControl,
            String contentDisposition,
            String contentEncoding,
            String contentLanguage,
            Map<String, String> userMetadata,
            String contentType,
            String httpExpiresDate) {}

    /** Any other child of {@code Operation} (LambdaInvoke, S3PutObjectAcl, ...): refused at CreateJob. */
    record Unsupported(String wireName) implements JobOperation {}
}

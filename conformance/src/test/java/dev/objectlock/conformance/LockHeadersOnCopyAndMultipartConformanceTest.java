package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * Lock settings on versions made by CopyObject and by multipart uploads: only the request's own
 * headers (or the destination's default) count, never the source's settings; a multipart upload
 * keeps its headers until CompleteMultipartUpload ([B.5, B.6, R23, R35]).
 */
class LockHeadersOnCopyAndMultipartConformanceTest extends ObjectLockScenario {

    private static final String RETAIN_UNTIL = "x-amz-object-lock-retain-until-date";
    private static final String BOTH_REQUIRED =
            "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied";

    private String copy(String bucket, String sourceKey, String destinationBucket, String destinationKey) {
        return s3.copyObject(b -> b.sourceBucket(bucket)
                        .sourceKey(sourceKey)
                        .destinationBucket(destinationBucket)
                        .destinationKey(destinationKey))
                .versionId();
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R23"},
            value = "vgw CopyObject_missing_bucket_lock, [E14]")
    void copyWithLockHeadersIntoBucketWithoutObjectLockIsInvalidRequest() {
        String source = buckets.createVersioned();
        steps.put(source, "key", "body");
        String destination = buckets.createVersioned();
        Instant until = governanceUntil();

        assertS3Error(() -> s3.copyObject(b -> b.sourceBucket(source)
                        .sourceKey("key")
                        .destinationBucket(destination)
                        .destinationKey("copy")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(until)))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK_ON_WRITE);
        assertThat(steps.listingOrder(destination))
                .as("the rejected copy created no version")
                .isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R23"},
            value = "[E14] (lock headers on PUT/COPY/MPU) [vgw]")
    void multipartUploadWithLockHeadersOnBucketWithoutObjectLockIsInvalidRequest() {
        String bucket = buckets.createVersioned();

        assertS3Error(() -> s3.createMultipartUpload(
                        b -> b.bucket(bucket).key("key").objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON)))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK_ON_WRITE);
        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.5", "B.6"},
            value = "ls-s3 test_s3_copy_object_retention_lock [AWS-recorded]; " + "vgw CopyObject_with_retention_lock")
    void copyWithLockHeadersLocksTheCopy() {
        String bucket = buckets.createWithObjectLock();
        steps.put(bucket, "source", "body");
        Instant until = governanceUntil();

        String copy = s3.copyObject(b -> b.sourceBucket(bucket)
                        .sourceKey("source")
                        .destinationBucket(bucket)
                        .destinationKey("copy")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(until)
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON))
                .versionId();

        assertThat(retention(bucket, "copy", copy).mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention(bucket, "copy", copy).retainUntilDate()).isEqualTo(until);
        assertThat(legalHold(bucket, "copy", copy)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "B.6"},
            value = "s3-tests test_object_lock_delete_multipart_object_with_retention")
    void multipartUploadAppliesItsRetentionHeadersAtCompletion() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        String version = multipartUpload(
                bucket, "key", b -> b.objectLockMode(ObjectLockMode.GOVERNANCE).objectLockRetainUntilDate(until));

        assertThat(retention(bucket, "key", version).mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "B.6"},
            value = "s3-tests test_object_lock_delete_multipart_object_with_legal_hold_on")
    void multipartUploadAppliesItsLegalHoldHeaderAtCompletion() {
        String bucket = buckets.createWithObjectLock();

        String version = multipartUpload(bucket, "key", b -> b.objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON));

        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R20"},
            value = "[B.5] (same checks on CreateMultipartUpload); "
                    + "ls-s3 test_s3_object_lock_mode_validation [AWS-recorded]")
    void multipartUploadWithModeButNoDateIsInvalidArgument() {
        String bucket = buckets.createWithObjectLock();

        assertS3Error(() -> s3.createMultipartUpload(
                        b -> b.bucket(bucket).key("key").objectLockMode(ObjectLockMode.GOVERNANCE)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(BOTH_REQUIRED)
                .hasElement("ArgumentName", RETAIN_UNTIL);
        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R35"},
            value = "ls-s3 test_s3_copy_object_retention_lock [AWS-recorded]; " + "vgw CopyObject_with_retention_lock")
    void copyDoesNotCarryTheSourceRetention() {
        String bucket = buckets.createWithObjectLock();
        putLocked(bucket, "source", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        String copy = copy(bucket, "source", bucket, "copy");

        assertS3Error(() -> retention(bucket, "copy", copy))
                .hasStatus(404)
                .hasCode("NoSuchObjectLockConfiguration")
                .hasMessage(NO_OBJECT_LOCK_CONFIGURATION);
        assertThat(head(bucket, "copy", copy).objectLockMode()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R35"},
            value = "ls-s3 test_s3_copy_object_legal_hold [AWS-recorded]")
    void copyDoesNotCarryTheSourceLegalHold() {
        String bucket = buckets.createWithObjectLock();
        putOnLegalHold(bucket, "source");

        String copy = copy(bucket, "source", bucket, "copy");

        assertS3Error(() -> legalHold(bucket, "copy", copy))
                .hasStatus(404)
                .hasCode("NoSuchObjectLockConfiguration")
                .hasMessage(NO_OBJECT_LOCK_CONFIGURATION);
        assertThat(head(bucket, "copy", copy).objectLockLegalHoldStatus()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R35"},
            value = "[B.6]: the destination's default, not the source's retention "
                    + "[AWS-recorded ls-s3 test_s3_copy_object_retention_lock; UG]")
    void copyIntoBucketWithDefaultRetentionGetsTheDestinationDefault() {
        String source = buckets.createWithObjectLock();
        Instant sourceUntil = governanceUntil();
        putLocked(source, "key", ObjectLockRetentionMode.GOVERNANCE, sourceUntil);
        String destination = buckets.createWithObjectLock();
        setDefaultRetention(destination, ObjectLockRetentionMode.GOVERNANCE, 1);
        Instant before = now();

        String copy = copy(source, "key", destination, "key");

        ObjectLockRetention retention = retention(destination, "key", copy);
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention.retainUntilDate())
                .isNotEqualTo(sourceUntil)
                .isBetween(
                        before.plus(Duration.ofDays(1)).minusSeconds(120),
                        now().plus(Duration.ofDays(1)).plusSeconds(120));
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R21"},
            value = "[B.5] (same checks on CopyObject); versitygw issue #1734 "
                    + "(raw AWS response), [E19] [AWS-recorded]")
    void copyWithPastRetainUntilDateIsInvalidArgumentNamingTheHeader() {
        String bucket = buckets.createWithObjectLock();
        steps.put(bucket, "source", "body");

        assertS3Error(() -> s3.copyObject(b -> b.sourceBucket(bucket)
                        .sourceKey("source")
                        .destinationBucket(bucket)
                        .destinationKey("copy")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(Instant.parse("2020-01-01T00:00:00Z"))))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(RETAIN_UNTIL_IN_PAST)
                .hasElement("ArgumentName", RETAIN_UNTIL);
        assertS3Error(() -> head(bucket, "copy", null)).hasStatus(404);
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorClock;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * DeleteObject against versions Object Lock protects, and writes over a locked key ([B.7],
 * [B.11], [R24]–[R28], [R31]): a protected version survives; delete markers and new versions are
 * always allowed; expiry lifts the protection.
 */
class LockedDeletionConformanceTest extends ObjectLockScenario {

    private static final String BYPASS_WITHOUT_LOCK =
            "x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.";

    private DeleteObjectResponse deleteVersion(String bucket, String version, Boolean bypass) {
        return s3.deleteObject(
                b -> b.bucket(bucket).key("key").versionId(version).bypassGovernanceRetention(bypass));
    }

    /** Waits, without moving any clock, until the target's clock has passed {@code instant}. */
    private void waitUntilPast(Instant instant) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!now().isAfter(instant.plusSeconds(1))) {
            assertThat(Instant.now()).as("waiting for %s to pass", instant).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R24"},
            value = "ls-s3 test_delete_locked_object, [E16] [AWS-recorded]; "
                    + "s3-tests test_object_lock_delete_object_with_retention")
    void deletingGovernanceVersionWithoutBypassIsAccessDenied() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        assertS3Error(() -> deleteVersion(bucket, version, null))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertThat(steps.read(bucket, "key", version)).isEqualTo("locked");
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R27"},
            value = "s3-tests test_object_lock_delete_object_with_retention [bypass]; " + "[B.7] [AWS-recorded]")
    void deletingGovernanceVersionWithBypassRemovesIt() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        DeleteObjectResponse deleted = deleteVersion(bucket, version, true);

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.versionId()).isEqualTo(version);
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R27"},
            value = "[R27]: only an explicit `true` bypasses " + "[AWS-recorded ls-s3; UG object-lock-managing]")
    void bypassHeaderFalseDoesNotBypass() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        assertS3Error(() -> deleteVersion(bucket, version, false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R24", "R27"},
            value = "ls-s3 test_s3_object_retention_compliance_mode " + "\"delete-locked-2\" [AWS-recorded]")
    void deletingComplianceVersionIsAccessDeniedEvenWithBypass() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, complianceUntil());

        assertS3Error(() -> deleteVersion(bucket, version, true))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R25"},
            value = "ls-s3 test_s3_object_retention_compliance_mode \"put-delete-marker\" "
                    + "[AWS-recorded]; vgw Versioning_WORM_delete_marker_locked_object")
    void deleteWithoutVersionIdAddsDeleteMarkerOverLockedVersion() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, complianceUntil());

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("key"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.marker("key", deleted.versionId(), true), Entry.version("key", version, false));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R25"},
            value = "UG object-lock-managing (delete markers are never protected)")
    void deleteMarkerOverLockedVersionCanBeRemovedWithoutBypass() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());
        String marker = steps.delete(bucket, "key");

        DeleteObjectResponse deleted = deleteVersion(bucket, marker, null);

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R26"},
            value = "vgw Versioning_WORM_PutObject_overwrite_locked_object; UG")
    void putOverLockedKeyAddsVersionAndKeepsTheLockedOne() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String locked = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        String newer = steps.putVersion(bucket, "key", "newer");

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("key", newer, true), Entry.version("key", locked, false));
        assertThat(steps.read(bucket, "key", locked)).isEqualTo("locked");
        assertThat(retention(bucket, "key", locked).retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R26"},
            value = "[R26] [vgw Versioning_WORM_*_overwrite_locked_object " + "(CopyObject)]")
    void copyOverLockedKeyAddsVersionAndKeepsTheLockedOne() {
        String bucket = buckets.createWithObjectLock();
        String locked = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());
        steps.put(bucket, "source", "copied");

        String newer = s3.copyObject(b -> b.sourceBucket(bucket)
                        .sourceKey("source")
                        .destinationBucket(bucket)
                        .destinationKey("key"))
                .versionId();

        assertThat(steps.read(bucket, "key")).isEqualTo("copied");
        assertThat(steps.read(bucket, "key", locked)).isEqualTo("locked");
        assertThat(newer).isNotEqualTo(locked);
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R26"},
            value = "[R26] [vgw Versioning_WORM_*_overwrite_locked_object " + "(CompleteMultipartUpload)]")
    void multipartUploadOverLockedKeyAddsVersionAndKeepsTheLockedOne() {
        String bucket = buckets.createWithObjectLock();
        String locked = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        String newer = multipartUpload(bucket, "key", b -> {});

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("key", newer, true), Entry.version("key", locked, false));
        assertThat(steps.read(bucket, "key", locked)).isEqualTo("locked");
    }

    @Test
    @EmulatorOnly(reason = "moves the clock past a day-long retention")
    @AwsSource(
            rules = {"B.7", "R31"},
            value = "ls-s3 \"delete-obj-after-lock-expiration\" [AWS-recorded]")
    void expiredGovernanceRetentionAllowsDeleteWithoutBypass(EmulatorClock clock) {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, now().plus(Duration.ofDays(1)));
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        DeleteObjectResponse deleted = deleteVersion(bucket, version, null);

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @EmulatorOnly(reason = "moves the clock past a year-long COMPLIANCE retention")
    @AwsSource(
            rules = {"B.7", "R31"},
            value = "ls-s3 \"delete-obj-after-lock-expiration\" [AWS-recorded]")
    void expiredComplianceRetentionAllowsDeleteWithoutBypass(EmulatorClock clock) {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, now().plus(Duration.ofDays(365)));
        assertS3Error(() -> deleteVersion(bucket, version, true)).hasStatus(403);
        clock.advance(Duration.ofDays(366));

        DeleteObjectResponse deleted = deleteVersion(bucket, version, null);

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R31"},
            value = "ls-s3 \"delete-obj-after-lock-expiration\" [AWS-recorded]; "
                    + "runs everywhere by waiting out a 3-second retention")
    void retentionThatHasPassedAllowsDeleteWithoutBypass() throws InterruptedException {
        String bucket = buckets.createWithObjectLock();
        Instant until = now().plusSeconds(3);
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);
        waitUntilPast(until);

        DeleteObjectResponse deleted = deleteVersion(bucket, version, null);

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R28"},
            value = "ls-api test_delete_object_with_no_locking, [E23] [AWS-recorded]")
    void bypassHeaderOnBucketWithoutObjectLockIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> deleteVersion(bucket, version, true))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(BYPASS_WITHOUT_LOCK)
                .hasElement("ArgumentName", "x-amz-bypass-governance-retention");
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R28"},
            value = "ls-api test_delete_object_with_no_locking, [E23] [AWS-recorded]")
    void bypassHeaderFalseOnBucketWithoutObjectLockIsInvalidArgumentToo() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.deleteObject(b -> b.bucket(bucket).key("key").bypassGovernanceRetention(false)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(BYPASS_WITHOUT_LOCK)
                .hasElement("ArgumentName", "x-amz-bypass-governance-retention");
        assertThat(steps.listingOrder(bucket)).hasSize(1);
    }

    @Test
    @AwsSource(
            rules = {"B.11"},
            value = "vgw Versioning_DeleteBucket_not_empty")
    void deletingBucketThatHoldsLockedVersionsIsBucketNotEmpty() {
        String bucket = buckets.createWithObjectLock();
        putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());
        steps.delete(bucket, "key");

        assertS3Error(() -> s3.deleteBucket(b -> b.bucket(bucket)))
                .hasStatus(409)
                .hasCode("BucketNotEmpty")
                .hasMessage("The bucket you tried to delete is not empty. You must delete all versions in the bucket.");
    }
}

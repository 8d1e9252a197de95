package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * DeleteObjects with versions Object Lock protects: each locked entry is a per-key AccessDenied
 * under HTTP 200 while the others are deleted; the bypass frees GOVERNANCE only; the bypass
 * header on a bucket without Object Lock rejects the whole request ([A.6, B.7, R24],
 * 25, 27, 28).
 */
class LockedDeleteObjectsConformanceTest extends ObjectLockScenario {

    private DeleteObjectsResponse deleteObjects(
            String bucket, Boolean bypass, boolean quiet, ObjectIdentifier... objects) {
        return s3.deleteObjects(b -> b.bucket(bucket)
                .bypassGovernanceRetention(bypass)
                .delete(d -> d.quiet(quiet).objects(objects)));
    }

    private static ObjectIdentifier id(String key, String versionId) {
        return ObjectIdentifier.builder().key(key).versionId(versionId).build();
    }

    @Test
    @AwsSource(
            rules = {"A.6", "B.7", "R24"},
            value = "ls-s3 test_delete_locked_object [AWS-recorded]; "
                    + "s3-tests test_object_lock_multi_delete_object_with_retention")
    void lockedVersionIsReportedAsAccessDeniedUnderStatus200() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        DeleteObjectsResponse result = deleteObjects(bucket, null, false, id("key", version));

        assertThat(S3Steps.status(result)).isEqualTo(200);
        assertThat(result.deleted()).isEmpty();
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
                .containsExactly(tuple("key", version, "AccessDenied", PROTECTED));
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"A.6", "B.7"},
            value = "[A.6] per-key semantics; the house rules in CONTRIBUTING.md (no early return)")
    void lockedAndUnlockedVersionsAreJudgedEachOnItsOwn() {
        String bucket = buckets.createWithObjectLock();
        String free = steps.putVersion(bucket, "a-free", "free");
        String locked = putLocked(bucket, "b-locked", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());
        String alsoFree = steps.putVersion(bucket, "c-free", "free");

        DeleteObjectsResponse result =
                deleteObjects(bucket, null, false, id("a-free", free), id("b-locked", locked), id("c-free", alsoFree));

        assertThat(result.deleted())
                .extracting(DeletedObject::key, DeletedObject::versionId)
                .containsExactlyInAnyOrder(tuple("a-free", free), tuple("c-free", alsoFree));
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::code)
                .containsExactly(tuple("b-locked", "AccessDenied"));
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("b-locked", locked, true));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R27"},
            value = "[B.7] bypass on DeleteObjects [Model]; s3-tests "
                    + "test_object_lock_multi_delete_object_with_retention")
    void bypassDeletesGovernanceVersions() {
        String bucket = buckets.createWithObjectLock();
        String first = putLocked(bucket, "first", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());
        String second = putLocked(bucket, "second", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        DeleteObjectsResponse result = deleteObjects(bucket, true, false, id("first", first), id("second", second));

        assertThat(result.errors()).isEmpty();
        assertThat(result.deleted())
                .extracting(DeletedObject::key, DeletedObject::versionId)
                .containsExactlyInAnyOrder(tuple("first", first), tuple("second", second));
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R24", "R27"},
            value = "ls-s3 \"delete-locked-2\" [AWS-recorded]; "
                    + "UG object-lock-managing (bypass never lifts COMPLIANCE or a legal hold)")
    void bypassNeverDeletesComplianceOrLegalHoldVersions() {
        String bucket = buckets.createWithObjectLock();
        String compliance = putLocked(bucket, "compliance", ObjectLockRetentionMode.COMPLIANCE, complianceUntil());
        String governance = putLocked(bucket, "governance", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());
        String held = putOnLegalHold(bucket, "held");

        DeleteObjectsResponse result = deleteObjects(
                bucket, true, false, id("compliance", compliance), id("governance", governance), id("held", held));

        assertThat(result.deleted()).extracting(DeletedObject::key).containsExactly("governance");
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
                .containsExactlyInAnyOrder(
                        tuple("compliance", compliance, "AccessDenied", PROTECTED),
                        tuple("held", held, "AccessDenied", PROTECTED));
        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("compliance", compliance, true), Entry.version("held", held, true));
    }

    @Test
    @AwsSource(
            rules = {"A.6", "R24"},
            value = "[A.6] Quiet=true returns only <Error> entries [Model]; "
                    + "ls-s3 test_delete_locked_object [AWS-recorded]")
    void quietModeStillReportsLockedVersions() {
        String bucket = buckets.createWithObjectLock();
        String free = steps.putVersion(bucket, "free", "free");
        String locked = putLocked(bucket, "locked", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        DeleteObjectsResponse result = deleteObjects(bucket, null, true, id("free", free), id("locked", locked));

        assertThat(result.hasDeleted()).as("<Deleted> elements present").isFalse();
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::code)
                .containsExactly(tuple("locked", "AccessDenied"));
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("locked", locked, true));
    }

    @Test
    @AwsSource(
            rules = {"A.6", "R25"},
            value = "[A.6] (no VersionId: a marker) and [R25] "
                    + "[UG object-lock-managing; AWS-recorded ls-s3 \"put-delete-marker\"]")
    void keysWithoutVersionIdGetDeleteMarkersOverLockedVersions() {
        String bucket = buckets.createWithObjectLock();
        String locked = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        DeleteObjectsResponse result = deleteObjects(
                bucket, null, false, ObjectIdentifier.builder().key("key").build());

        assertThat(result.errors()).isEmpty();
        DeletedObject deleted = result.deleted().get(0);
        assertThat(result.deleted()).hasSize(1);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(steps.listingOrder(bucket))
                .containsExactly(
                        Entry.marker("key", deleted.deleteMarkerVersionId(), true),
                        Entry.version("key", locked, false));
    }

    @Test
    @AwsSource(
            rules = {"R28"},
            value = "ls-api test_delete_object_with_no_locking, [E23] [AWS-recorded]")
    void bypassHeaderOnBucketWithoutObjectLockIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> deleteObjects(bucket, true, false, id("key", version)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.")
                .hasElement("ArgumentName", "x-amz-bypass-governance-retention");
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"R28"},
            value = "ls-api test_delete_object_with_no_locking, [E23] [AWS-recorded]")
    void bypassHeaderFalseOnBucketWithoutObjectLockIsInvalidArgumentToo() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> deleteObjects(bucket, false, false, id("key", version)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.")
                .hasElement("ArgumentName", "x-amz-bypass-governance-retention");
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }
}

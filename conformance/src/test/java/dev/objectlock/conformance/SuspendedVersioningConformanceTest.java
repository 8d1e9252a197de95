package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** Writes and deletes while versioning is Suspended: the null version ([A.4, R1, R2, R3]). */
class SuspendedVersioningConformanceTest extends Scenario {

    /** A bucket that was Enabled and is now Suspended. */
    private String suspendedBucket() {
        String bucket = buckets.createVersioned();
        steps.suspendVersioning(bucket);
        return bucket;
    }

    @Test
    @AwsSource(
            rules = {"R1", "A.4"},
            value = "s3-tests test_versioning_bucket_atomic_upload_return_version_id; "
                    + "vgw Versioning_PutObject_suspended_null_versionId_obj")
    void suspendedPutAnnouncesNoVersionId() {
        String bucket = suspendedBucket();

        PutObjectResponse put = steps.put(bucket, "key", "body");

        assertThat(S3Steps.status(put)).isEqualTo(200);
        assertThat(put.versionId()).isNull();
        assertThat(S3Steps.header(put, "x-amz-version-id")).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"R1", "A.4"},
            value = "vgw Versioning_PutObject_suspended_null_versionId_obj; "
                    + "ls-s3 test_s3_put_object_versioned [AWS-recorded] (null in x-amz-version-id on read)")
    void suspendedPutIsStoredAsCurrentNullVersion() {
        String bucket = suspendedBucket();

        steps.put(bucket, "key", "body");

        assertThat(s3.headObject(b -> b.bucket(bucket).key("key")).versionId()).isEqualTo("null");
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", "null", true));
    }

    @Test
    @AwsSource(
            rules = {"R2"},
            value = "s3-tests test_versioning_obj_plain_null_version_overwrite_suspended")
    void suspendedPutReplacesCurrentNullVersionAndKeepsOthers() {
        String bucket = buckets.createVersioned();
        String kept = steps.putVersion(bucket, "key", "enabled");
        steps.suspendVersioning(bucket);
        steps.put(bucket, "key", "first null");

        steps.put(bucket, "key", "second null");

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("key", "null", true), Entry.version("key", kept, false));
        assertThat(steps.read(bucket, "key", "null")).isEqualTo("second null");
        assertThat(steps.read(bucket, "key", kept)).isEqualTo("enabled");
    }

    @Test
    @AwsSource(
            rules = {"R2", "A.4"},
            value = "s3-tests test_versioning_obj_suspend_versions")
    void suspendedPutReplacesNoncurrentNullVersion() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "old null");
        steps.enableVersioning(bucket);
        String kept = steps.putVersion(bucket, "key", "enabled");
        steps.suspendVersioning(bucket);

        steps.put(bucket, "key", "new null");

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("key", "null", true), Entry.version("key", kept, false));
        assertThat(steps.read(bucket, "key")).isEqualTo("new null");
    }

    @Test
    @AwsSource(
            rules = {"R3", "A.4"},
            value = "vgw Versioning_DeleteObject_suspended; botocore-s3 DeleteObject doc")
    void suspendedDeleteReplacesNullVersionWithNullDeleteMarker() {
        String bucket = suspendedBucket();
        steps.put(bucket, "key", "null object");

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("key"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(deleted.versionId()).isEqualTo("null");
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.marker("key", "null", true));
    }

    @Test
    @AwsSource(
            rules = {"R3", "A.4"},
            value = "vgw Versioning_DeleteObject_suspended")
    void suspendedDeleteKeepsNonNullVersions() {
        String bucket = buckets.createVersioned();
        String kept = steps.putVersion(bucket, "key", "enabled");
        steps.suspendVersioning(bucket);

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("key"));

        assertThat(deleted.versionId()).isEqualTo("null");
        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.marker("key", "null", true), Entry.version("key", kept, false));
        assertThat(steps.read(bucket, "key", kept)).isEqualTo("enabled");
    }

    @Test
    @AwsSource(
            rules = {"R3"},
            value = "[A.4] DELETE Suspended: remove the null version (object or marker)")
    void suspendedDeleteReplacesEarlierNullDeleteMarker() {
        String bucket = suspendedBucket();
        steps.put(bucket, "key", "null object");
        steps.delete(bucket, "key");

        DeleteObjectResponse again = s3.deleteObject(b -> b.bucket(bucket).key("key"));

        assertThat(again.deleteMarker()).isTrue();
        assertThat(again.versionId()).isEqualTo("null");
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.marker("key", "null", true));
    }

    @Test
    @AwsSource(
            rules = {"A.8", "A.4"},
            value = "UG: suspending never removes existing versions")
    void suspendingKeepsExistingVersionsReadable() {
        String bucket = buckets.createVersioned();
        String older = steps.putVersion(bucket, "key", "older");
        String newer = steps.putVersion(bucket, "key", "newer");

        steps.suspendVersioning(bucket);

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("key", newer, true), Entry.version("key", older, false));
        assertThat(steps.read(bucket, "key", older)).isEqualTo("older");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("key")).versionId())
                .as("Suspended buckets still announce the current version's id")
                .isEqualTo(newer);
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.support.VersionIds;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * DeleteObject on versioned and unversioned buckets, and reading keys whose current version is
 * a delete marker ([A.4] DELETE tables, [R5]–[R9]).
 */
class DeleteMarkerConformanceTest extends Scenario {

    @Test
    @AwsSource(
            rules = {"A.1", "A.4", "R5"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]")
    void deleteOnEnabledBucketAddsDeleteMarkerAsLatest() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("key"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(deleted.versionId()).matches(VersionIds.SHAPE).isNotEqualTo(version);
        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.marker("key", deleted.versionId(), true), Entry.version("key", version, false));
    }

    @Test
    @AwsSource(
            rules = {"R5"},
            value = "ls-api test_delete_object_versioned \"delete-wrong-key\" [AWS-recorded]")
    void deleteOfKeyThatNeverExistedStillAddsDeleteMarker() {
        String bucket = buckets.createVersioned();

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("never-existed"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(deleted.versionId()).matches(VersionIds.SHAPE);
        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.marker("never-existed", deleted.versionId(), true));
    }

    @Test
    @AwsSource(
            rules = {"A.4", "R5"},
            value = "s3-tests test_versioning_stack_delete_merkers")
    void repeatedDeletesStackDeleteMarkers() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        String firstMarker = steps.delete(bucket, "key");
        String secondMarker = steps.delete(bucket, "key");

        assertThat(secondMarker).isNotEqualTo(firstMarker);
        assertThat(steps.listingOrder(bucket))
                .containsExactly(
                        Entry.marker("key", secondMarker, true),
                        Entry.marker("key", firstMarker, false),
                        Entry.version("key", version, false));
    }

    @Test
    @AwsSource(
            rules = {"R6", "A.4"},
            value = "ls-api test_delete_object_versioned, [E1] [AWS-recorded]")
    void getWhenCurrentIsDeleteMarkerIsNoSuchKeyWithMarkerHeaders() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> steps.read(bucket, "key"))
                .hasStatus(404)
                .hasCode("NoSuchKey")
                .hasMessage("The specified key does not exist.")
                .hasElement("Key", "key")
                .hasHeader("x-amz-delete-marker", "true")
                .hasHeader("x-amz-version-id", marker);
    }

    @Test
    @AwsSource(
            rules = {"R6", "A.4"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]")
    void headWhenCurrentIsDeleteMarkerIs404WithMarkerHeaders() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("key")))
                .hasStatus(404)
                .hasHeader("x-amz-delete-marker", "true")
                .hasHeader("x-amz-version-id", marker);
    }

    @Test
    @AwsSource(
            rules = {"R6", "A.4"},
            value = "ls-api test_delete_object_versioned; ls-s3 "
                    + "test_object_lock_delete_markers; [E2] [AWS-recorded]")
    void getOfDeleteMarkerVersionIsMethodNotAllowed() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> steps.read(bucket, "key", marker))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasMessage("The specified method is not allowed against this resource.")
                .hasElement("Method", "GET")
                .hasElement("ResourceType", "DeleteMarker")
                .hasHeader("x-amz-delete-marker", "true")
                .hasHeader("x-amz-version-id", marker)
                .hasHeader("Allow", "DELETE")
                .hasHeaderPresent("Last-Modified");
    }

    @Test
    @AwsSource(
            rules = {"R6", "A.4"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]")
    void headOfDeleteMarkerVersionIs405WithMarkerHeaders() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("key").versionId(marker)))
                .hasStatus(405)
                .hasHeader("x-amz-delete-marker", "true")
                .hasHeader("x-amz-version-id", marker)
                .hasHeader("Allow", "DELETE");
    }

    @Test
    @AwsSource(
            rules = {"R7", "A.4"},
            value = "UG DeleteMarker (never sent as false)")
    void unversionedDeleteSendsNoDeleteMarkerHeader() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "body");

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("key"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(S3Steps.header(deleted, "x-amz-delete-marker")).isEmpty();
        assertThat(deleted.versionId()).isNull();
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"R7"},
            value = "UG DeleteMarker (never sent as false); s3-tests "
                    + "test_delete_marker_nonversioned expects false, an RGW-only behaviour")
    void headAfterUnversionedDeleteIs404WithoutDeleteMarkerHeader() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "body");
        steps.delete(bucket, "key");

        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("key")))
                .hasStatus(404)
                .hasNoHeader("x-amz-delete-marker")
                .hasNoHeader("x-amz-version-id");
    }

    @Test
    @AwsSource(
            rules = {"R7"},
            value = "UG DeleteMarker (never sent as false)")
    void readingLiveVersionSendsNoDeleteMarkerHeader() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("key"));
        GetObjectResponse get = s3.getObjectAsBytes(
                        b -> b.bucket(bucket).key("key").versionId(version))
                .response();

        assertThat(S3Steps.header(head, "x-amz-delete-marker")).isEmpty();
        assertThat(S3Steps.header(get, "x-amz-delete-marker")).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "[A.4] DELETE Unversioned: no-op if missing, always 204")
    void unversionedDeleteOfMissingKeyIs204() {
        String bucket = buckets.create();

        DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(bucket).key("missing"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(S3Steps.header(deleted, "x-amz-delete-marker")).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"R7", "A.4"},
            value = "[A.4] DELETE with versionId: object version [AWS-recorded]")
    void deletingObjectVersionByIdEchoesIdWithoutDeleteMarkerHeader() {
        String bucket = buckets.createVersioned();
        String older = steps.putVersion(bucket, "key", "older");
        String newer = steps.putVersion(bucket, "key", "newer");

        DeleteObjectResponse deleted =
                s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(newer));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.versionId()).isEqualTo(newer);
        assertThat(S3Steps.header(deleted, "x-amz-delete-marker")).isEmpty();
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", older, true));
        assertThat(steps.read(bucket, "key")).isEqualTo("older");
    }

    @Test
    @AwsSource(
            rules = {"R8", "A.4"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]")
    void deletingDeleteMarkerByIdReportsMarkerAndRestoresObject() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        DeleteObjectResponse deleted =
                s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(marker));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(deleted.versionId()).isEqualTo(marker);
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
        assertThat(steps.read(bucket, "key")).isEqualTo("body");
    }

    @Test
    @AwsSource(
            rules = {"R9", "A.4"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]")
    void deleteWithMalformedVersionIdIsInvalidArgumentWithoutMarkerHeaders() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(VersionIds.MALFORMED)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid version id specified")
                .hasElement("ArgumentName", "versionId")
                .hasNoHeader("x-amz-delete-marker")
                .hasNoHeader("x-amz-version-id");
        assertThat(steps.listingOrder(bucket)).hasSize(1);
    }
}

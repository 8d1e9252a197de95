package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The {@code null} version: objects of never-versioned buckets, and objects written before
 * versioning was first enabled ([A.4] Unversioned rows, [A.5.8], [R4, R9]).
 */
class NullVersionConformanceTest extends Scenario {

    @Test
    @AwsSource(
            rules = {"A.1", "A.4"},
            value = "ls-s3 test_s3_put_object_versioned [AWS-recorded]; [A.4] PUT table")
    void unversionedPutGetAndHeadCarryNoVersionId() {
        String bucket = buckets.create();

        PutObjectResponse put = steps.put(bucket, "key", "body");
        ResponseBytes<GetObjectResponse> get =
                s3.getObjectAsBytes(b -> b.bucket(bucket).key("key"));

        assertThat(put.versionId()).isNull();
        assertThat(get.response().versionId()).isNull();
        assertThat(s3.headObject(b -> b.bucket(bucket).key("key")).versionId()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.4", "A.5.8"},
            value = "ls-s3 test_s3_put_object_versioned [AWS-recorded]")
    void unversionedBucketListsEachObjectOnceAsLatestNullVersion() {
        String bucket = buckets.create();
        steps.put(bucket, "a", "first");
        steps.put(bucket, "a", "overwritten");
        steps.put(bucket, "b", "other");

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("a", "null", true), Entry.version("b", "null", true));
        assertThat(steps.read(bucket, "a")).isEqualTo("overwritten");
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "ls-api test_get_object_with_version_unversioned_bucket [AWS-recorded]")
    void versionIdNullOnUnversionedBucketReturnsObjectWithoutVersionHeader() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "body");

        ResponseBytes<GetObjectResponse> get =
                s3.getObjectAsBytes(b -> b.bucket(bucket).key("key").versionId("null"));

        assertThat(get.asUtf8String()).isEqualTo("body");
        assertThat(get.response().versionId()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.4", "R9"},
            value = "ls-api test_get_object_with_version_unversioned_bucket [AWS-recorded]")
    void realVersionIdOnUnversionedBucketIsInvalidArgument() {
        String versioned = buckets.createVersioned();
        String realId = steps.putVersion(versioned, "key", "body");
        String unversioned = buckets.create();
        steps.put(unversioned, "key", "body");

        assertS3Error(() -> s3.getObjectAsBytes(
                        b -> b.bucket(unversioned).key("key").versionId(realId)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid version id specified")
                .hasElement("ArgumentName", "versionId")
                .hasElement("ArgumentValue", realId);
    }

    @Test
    @AwsSource(
            rules = {"R4", "A.5.8"},
            value = "ls-s3 test_s3_put_object_versioned [AWS-recorded]; "
                    + "vgw ListObjectVersions_containing_null_versionId_obj")
    void objectWrittenBeforeEnablingKeepsNullVersionId() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "before");
        steps.enableVersioning(bucket);

        String after = steps.putVersion(bucket, "key", "after");

        assertThat(steps.listingOrder(bucket))
                .containsExactly(Entry.version("key", after, true), Entry.version("key", "null", false));
        assertThat(steps.read(bucket, "key", "null")).isEqualTo("before");
    }

    @Test
    @AwsSource(
            rules = {"R4", "A.4"},
            value = "ls-s3 test_s3_put_object_versioned [AWS-recorded]")
    void currentNullVersionOnEnabledBucketAnnouncesLiteralNull() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "before");
        steps.enableVersioning(bucket);

        ResponseBytes<GetObjectResponse> get =
                s3.getObjectAsBytes(b -> b.bucket(bucket).key("key"));

        assertThat(get.response().versionId()).isEqualTo("null");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("key")).versionId()).isEqualTo("null");
    }

    @Test
    @AwsSource(
            rules = {"R4", "A.4"},
            value = "s3-tests test_versioning_obj_plain_null_version_removal")
    void deleteWithVersionIdNullRemovesTheNullVersion() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "before");
        steps.enableVersioning(bucket);

        DeleteObjectResponse deleted =
                s3.deleteObject(b -> b.bucket(bucket).key("key").versionId("null"));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(deleted.versionId()).isEqualTo("null");
        assertThat(deleted.deleteMarker()).isNull();
        assertThat(steps.listingOrder(bucket)).isEmpty();
        assertS3Error(() -> steps.read(bucket, "key")).hasStatus(404).hasCode("NoSuchKey");
    }
}

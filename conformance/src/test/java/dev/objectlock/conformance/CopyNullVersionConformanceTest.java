package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;

/**
 * CopyObject and the null version ([R60], [R61]): a copy into a Suspended bucket announces the
 * null version it wrote, and a null source version is never named in
 * {@code x-amz-copy-source-version-id}. Recorded on AWS by copying an object onto itself with a
 * metadata change.
 */
class CopyNullVersionConformanceTest extends Scenario {

    private CopyObjectResponse copyInPlace(String bucket, String key) {
        return s3.copyObject(b -> b.sourceBucket(bucket)
                .sourceKey(key)
                .destinationBucket(bucket)
                .destinationKey(key)
                .metadataDirective(MetadataDirective.REPLACE));
    }

    @Test
    @AwsSource(
            rules = {"R60"},
            value = "ls-s3 test_s3_copy_object_in_place_versioned \"copy-in-place-versioned-suspended\" [AWS-recorded]")
    void copyInPlaceInSuspendedBucketAnnouncesTheNullVersionAndNamesTheSource() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "source-object", "{\"key\": \"value\"}");
        String enabledCopy = copyInPlace(bucket, "source-object").versionId();
        steps.suspendVersioning(bucket);

        CopyObjectResponse copied = copyInPlace(bucket, "source-object");

        assertThat(copied.versionId()).isEqualTo("null");
        assertThat(copied.copySourceVersionId()).isEqualTo(enabledCopy);
        assertThat(s3.headObject(b -> b.bucket(bucket).key("source-object")).versionId())
                .isEqualTo("null");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("source-object").versionId(enabledCopy))
                        .versionId())
                .isEqualTo(enabledCopy);
    }

    @Test
    @AwsSource(
            rules = {"R61"},
            value = "ls-s3 test_s3_copy_object_in_place_versioned \"copy-in-place-versioned-re-enabled\""
                    + " [AWS-recorded]")
    void copyFromTheNullVersionAfterReEnablingNamesNoSourceVersion() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "source-object", "body");
        steps.suspendVersioning(bucket);
        copyInPlace(bucket, "source-object");
        steps.enableVersioning(bucket);

        CopyObjectResponse copied = copyInPlace(bucket, "source-object");

        assertThat(copied.copySourceVersionId()).isNull();
        assertThat(copied.versionId()).isNotNull().isNotEqualTo("null");
        assertThat(steps.read(bucket, "source-object")).isEqualTo("body");
    }

    @Test
    @AwsSource(
            rules = {"R60", "R61"},
            value = "ls-s3 test_s3_copy_object_in_place_suspended_only \"copy-in-place-versioned-suspended\","
                    + " \"copy-in-place-versioned-suspended-twice\" [AWS-recorded]")
    void copyInPlaceInSuspendedOnlyBucketAnnouncesNullButNeverANullSource() {
        String bucket = buckets.create();
        steps.put(bucket, "source-object", "body");
        steps.suspendVersioning(bucket);

        CopyObjectResponse first = copyInPlace(bucket, "source-object");
        CopyObjectResponse twice = copyInPlace(bucket, "source-object");

        assertThat(first.versionId()).isEqualTo("null");
        assertThat(first.copySourceVersionId()).isNull();
        assertThat(twice.versionId()).isEqualTo("null");
        assertThat(twice.copySourceVersionId()).isNull();
        assertThat(s3.listObjectVersions(b -> b.bucket(bucket)).versions()).hasSize(1);
    }

    @Test
    @AwsSource(
            rules = {"R60", "A.4"},
            value = "ls-s3 test_s3_copy_object_in_place_suspended_only \"copy-in-place-non-versioned\" [AWS-recorded]")
    void copyInPlaceInNeverVersionedBucketAnnouncesNoVersion() {
        String bucket = buckets.create();
        steps.put(bucket, "source-object", "body");

        CopyObjectResponse copied = copyInPlace(bucket, "source-object");

        assertThat(copied.versionId()).isNull();
        assertThat(copied.copySourceVersionId()).isNull();
    }
}

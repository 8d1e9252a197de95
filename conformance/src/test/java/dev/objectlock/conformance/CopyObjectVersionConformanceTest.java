package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.VersionIds;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;

/** CopyObject with a source version, and the version headers of its response ([A.7, A.4]). */
class CopyObjectVersionConformanceTest extends Scenario {

    private CopyObjectResponse copy(String bucket, String sourceKey, String sourceVersionId, String destinationKey) {
        return copy(bucket, sourceKey, sourceVersionId, bucket, destinationKey);
    }

    private CopyObjectResponse copy(
            String sourceBucket,
            String sourceKey,
            String sourceVersionId,
            String destinationBucket,
            String destinationKey) {
        return s3.copyObject(b -> b.sourceBucket(sourceBucket)
                .sourceKey(sourceKey)
                .sourceVersionId(sourceVersionId)
                .destinationBucket(destinationBucket)
                .destinationKey(destinationKey));
    }

    @Test
    @AwsSource(
            rules = {"A.1", "A.7"},
            value = "ls-s3 copy tests (CopySourceVersionId) [AWS-recorded]; Model CopyObject")
    void copyOfSpecificSourceVersionCopiesThatVersion() {
        String bucket = buckets.createVersioned();
        String first = steps.putVersion(bucket, "source", "first");
        steps.putVersion(bucket, "source", "second");

        CopyObjectResponse copied = copy(bucket, "source", first, "target");

        assertThat(copied.copySourceVersionId()).isEqualTo(first);
        assertThat(copied.versionId()).matches(VersionIds.SHAPE).isNotEqualTo(first);
        assertThat(steps.read(bucket, "target", copied.versionId())).isEqualTo("first");
    }

    @Test
    @AwsSource(
            rules = {"A.7"},
            value = "ls-s3 copy tests (CopySourceVersionId) [AWS-recorded]")
    void copyWithoutSourceVersionCopiesCurrentAndNamesIt() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "source", "first");
        String current = steps.putVersion(bucket, "source", "second");

        CopyObjectResponse copied = copy(bucket, "source", null, "target");

        assertThat(copied.copySourceVersionId()).isEqualTo(current);
        assertThat(steps.read(bucket, "target")).isEqualTo("second");
    }

    @Test
    @AwsSource(
            rules = {"A.7", "R61"},
            value = "ls-s3 test_s3_copy_object_in_place_versioned \"copy-in-place-versioned-re-enabled\""
                    + " (no CopySourceVersionId for a null source) [AWS-recorded]")
    void copyOfNullSourceVersionNamesNoCopySourceVersionId() {
        String bucket = buckets.create();
        steps.put(bucket, "source", "null version");
        steps.enableVersioning(bucket);

        CopyObjectResponse copied = copy(bucket, "source", "null", "target");

        assertThat(copied.copySourceVersionId()).isNull();
        assertThat(steps.read(bucket, "target")).isEqualTo("null version");
    }

    @Test
    @AwsSource(
            rules = {"A.7", "A.4"},
            value = "[A.7] (copy-source version id only from versioned sources); "
                    + "[A.4] PUT/Copy Unversioned: no x-amz-version-id")
    void copyBetweenUnversionedBucketsCarriesNoVersionHeaders() {
        String bucket = buckets.create();
        steps.put(bucket, "source", "body");

        CopyObjectResponse copied = copy(bucket, "source", null, "target");

        assertThat(copied.copySourceVersionId()).isNull();
        assertThat(copied.versionId()).isNull();
        assertThat(steps.read(bucket, "target")).isEqualTo("body");
    }

    @Test
    @AwsSource(
            rules = {"A.4", "R60"},
            value = "ls-s3 test_s3_copy_object_in_place_versioned (in place) [AWS-recorded]; "
                    + "across buckets [UNCERTAIN]")
    void copyIntoSuspendedDestinationAnnouncesTheNullVersion() {
        String source = buckets.createVersioned();
        String version = steps.putVersion(source, "source", "body");
        String destination = buckets.createVersioned();
        steps.suspendVersioning(destination);

        CopyObjectResponse copied = copy(source, "source", version, destination, "target");

        assertThat(copied.copySourceVersionId()).isEqualTo(version);
        assertThat(copied.versionId()).isEqualTo("null");
        assertThat(s3.headObject(b -> b.bucket(destination).key("target")).versionId())
                .isEqualTo("null");
    }

    @Test
    @AwsSource(
            rules = {"A.7"},
            value = "Model CopyObject doc: current version is a delete marker -> NoSuchKey")
    void copyWhenSourceCurrentVersionIsDeleteMarkerIsNoSuchKey() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "source", "body");
        steps.delete(bucket, "source");

        assertS3Error(() -> copy(bucket, "source", null, "target"))
                .hasStatus(404)
                .hasCode("NoSuchKey");
    }

    @Test
    @AwsSource(
            rules = {"A.7", "R9"},
            value = "vgw Versioning_CopyObject_invalid_versionId")
    void copyWithMalformedSourceVersionIdIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "source", "body");

        assertS3Error(() -> copy(bucket, "source", VersionIds.MALFORMED, "target"))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid version id specified");
    }

    @Test
    @AwsSource(
            rules = {"A.7"},
            value = "vgw Versioning_CopyObject_non_existing_version_id")
    void copyOfPermanentlyDeletedSourceVersionIsNoSuchVersion() {
        String bucket = buckets.createVersioned();
        String gone = steps.putVersion(bucket, "source", "first");
        steps.putVersion(bucket, "source", "second");
        s3.deleteObject(b -> b.bucket(bucket).key("source").versionId(gone));

        assertS3Error(() -> copy(bucket, "source", gone, "target"))
                .hasStatus(404)
                .hasCode("NoSuchVersion");
    }

    @Test
    @AwsSource(
            rules = {"A.7"},
            value = "[A.7]: an encoded %3FversionId%3D is part of the key, not a separator")
    void encodedVersionIdSeparatorIsPartOfTheSourceKey() {
        String bucket = buckets.create();
        String oddKey = "source?versionId=null";
        steps.put(bucket, oddKey, "odd key");
        steps.put(bucket, "source", "plain key");

        CopyObjectResponse copied = copy(bucket, oddKey, null, "target");

        assertThat(S3Steps.status(copied)).isEqualTo(200);
        assertThat(steps.read(bucket, "target")).isEqualTo("odd key");
    }
}

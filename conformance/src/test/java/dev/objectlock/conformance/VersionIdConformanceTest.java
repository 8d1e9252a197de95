package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.support.VersionIds;
import dev.objectlock.conformance.target.AwsSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Version ids on an Enabled bucket, and GET/HEAD of a specific version ([A.3, A.4]). */
class VersionIdConformanceTest extends Scenario {

    @Test
    @AwsSource(
            rules = {"A.3"},
            value = "ls-api test_object_version_id_format [AWS-recorded]")
    void versionIdsAre32UrlSafeCharactersAndUnique() {
        String bucket = buckets.createVersioned();
        List<String> ids = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            ids.add(steps.putVersion(bucket, "key", "body-" + i));
        }
        ids.add(steps.delete(bucket, "key"));

        assertThat(ids)
                .allSatisfy(id -> assertThat(id).matches(VersionIds.SHAPE))
                .doesNotHaveDuplicates();
    }

    @Test
    @AwsSource(
            rules = {"A.3", "A.5.1"},
            value = "[A.3] newest-first within a key even when timestamps tie")
    void versionsWrittenInQuickSuccessionListNewestFirst() {
        String bucket = buckets.createVersioned();
        List<Entry> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            expected.add(0, Entry.version("key", steps.putVersion(bucket, "key", "body-" + i), false));
        }
        expected.set(0, Entry.version("key", expected.get(0).versionId(), true));

        assertThat(steps.listingOrder(bucket)).containsExactlyElementsOf(expected);
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "ls-s3 test_s3_put_object_versioned [AWS-recorded]")
    void getWithoutVersionIdReturnsCurrentVersionAndItsId() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "first");
        String second = steps.putVersion(bucket, "key", "second");

        ResponseBytes<GetObjectResponse> current =
                s3.getObjectAsBytes(b -> b.bucket(bucket).key("key"));

        assertThat(current.asUtf8String()).isEqualTo("second");
        assertThat(current.response().versionId()).isEqualTo(second);
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "[A.4] GET/HEAD with versionId: version exists [AWS-recorded]")
    void getWithVersionIdReturnsThatVersionAndEchoesId() {
        String bucket = buckets.createVersioned();
        String first = steps.putVersion(bucket, "key", "first");
        steps.putVersion(bucket, "key", "second");

        ResponseBytes<GetObjectResponse> old =
                s3.getObjectAsBytes(b -> b.bucket(bucket).key("key").versionId(first));

        assertThat(old.asUtf8String()).isEqualTo("first");
        assertThat(old.response().versionId()).isEqualTo(first);
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "[A.4] GET/HEAD with versionId: version exists [AWS-recorded]")
    void headWithVersionIdDescribesThatVersion() {
        String bucket = buckets.createVersioned();
        String first = steps.putVersion(bucket, "key", "first");
        steps.putVersion(bucket, "key", "second, longer");

        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("key").versionId(first));

        assertThat(head.versionId()).isEqualTo(first);
        assertThat(head.contentLength()).isEqualTo(5L);
        assertThat(head.deleteMarker()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "[A.4, E3] well-formed absent versionId [AWS-recorded]")
    void getOfPermanentlyDeletedVersionIsNoSuchVersionWithoutMarkerHeaders() {
        String bucket = buckets.createVersioned();
        String gone = steps.putVersion(bucket, "key", "first");
        steps.putVersion(bucket, "key", "second");
        s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(gone));

        assertS3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("key").versionId(gone)))
                .hasStatus(404)
                .hasCode("NoSuchVersion")
                .hasMessage("The specified version does not exist.")
                .hasElement("Key", "key")
                .hasElement("VersionId", gone)
                .hasNoHeader("x-amz-delete-marker")
                .hasNoHeader("x-amz-version-id");
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "[A.4, E3] well-formed absent versionId; HEAD has no body [AWS-recorded]")
    void headOfPermanentlyDeletedVersionIs404WithoutMarkerHeaders() {
        String bucket = buckets.createVersioned();
        String gone = steps.putVersion(bucket, "key", "first");
        steps.putVersion(bucket, "key", "second");
        s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(gone));

        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("key").versionId(gone)))
                .hasStatus(404)
                .hasNoHeader("x-amz-delete-marker")
                .hasNoHeader("x-amz-version-id");
    }

    @Test
    @AwsSource(
            rules = {"A.4"},
            value = "[A.4, E3]: a version id is only present for its own key [AWS-recorded]")
    void versionIdOfAnotherKeyIsNoSuchVersion() {
        String bucket = buckets.createVersioned();
        String ofA = steps.putVersion(bucket, "a", "a");
        steps.putVersion(bucket, "b", "b");

        assertS3Error(() -> steps.read(bucket, "b", ofA))
                .hasStatus(404)
                .hasCode("NoSuchVersion")
                .hasElement("Key", "b")
                .hasElement("VersionId", ofA);
    }

    @Test
    @AwsSource(
            rules = {"A.4", "R9"},
            value = "ls-api test_delete_object_versioned, [E4] [AWS-recorded]")
    void getWithMalformedVersionIdIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("key").versionId(VersionIds.MALFORMED)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid version id specified")
                .hasElement("ArgumentName", "versionId")
                .hasElement("ArgumentValue", VersionIds.MALFORMED);
    }

    @Test
    @AwsSource(
            rules = {"A.4", "R9"},
            value = "[A.4] malformed ID: HEAD 400, no body [AWS-recorded]")
    void headWithMalformedVersionIdIs400() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("key").versionId(VersionIds.MALFORMED)))
                .hasStatus(400)
                .hasNoHeader("x-amz-delete-marker");
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.objectlock.conformance.support.S3ErrorAssert;
import dev.objectlock.conformance.target.AwsSource;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Version ids of the right shape that the service never issued ([R63], [R9]): AWS checks an id
 * before it looks for it, so an invented id, or a real one with its last characters changed, is
 * InvalidArgument on every single-object operation, also in a versioned bucket, and a per-key
 * NoSuchVersion in DeleteObjects.
 */
class VersionIdCheckConformanceTest extends ObjectLockScenario {

    /** The invented id of ls-api test_delete_object and test_delete_objects_versioned [AWS-recorded]. */
    private static final String INVENTED = "HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD";

    private static final String INVALID = "Invalid version id specified";

    /** A real id with its last 4 characters changed, as ls-api test_delete_object_versioned does. */
    private static String altered(String real) {
        String tail = real.endsWith("ABCD") ? "ABCE" : "ABCD";
        return real.substring(0, real.length() - 4) + tail;
    }

    private static S3ErrorAssert assertInvalid(ThrowingCallable call, String versionId) {
        return assertS3Error(call)
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(INVALID)
                .hasElement("ArgumentName", "versionId")
                .hasElement("ArgumentValue", versionId);
    }

    @Test
    @AwsSource(
            rules = {"R63", "R9"},
            value = "ls-api test_delete_object_versioned \"delete-with-bad-version\" [AWS-recorded]")
    void deleteWithAlteredRealVersionIdIsInvalidArgumentWithoutVersionHeaders() {
        String bucket = buckets.createVersioned();
        String real = steps.putVersion(bucket, "key", "body");
        String bad = altered(real);

        assertInvalid(() -> s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(bad)), bad)
                .hasNoHeader("x-amz-delete-marker")
                .hasNoHeader("x-amz-version-id");
        assertThat(steps.read(bucket, "key", real)).isEqualTo("body");
    }

    @Test
    @AwsSource(
            rules = {"R63", "R9"},
            value = "ls-api test_delete_object \"delete-nonexistent-object-versionid\" [AWS-recorded]")
    void deleteWithInventedVersionIdIsInvalidArgumentInAnUnversionedBucket() {
        String bucket = buckets.create();
        steps.put(bucket, "key", "body");

        assertInvalid(() -> s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(INVENTED)), INVENTED);
    }

    @Test
    @AwsSource(
            rules = {"R63", "R9"},
            value = "ls-api test_delete_object_versioned (the same check on every operation taking versionId)"
                    + " [AWS-recorded]")
    void getAndHeadWithAlteredRealVersionIdAreInvalidArgument() {
        String bucket = buckets.createVersioned();
        String bad = altered(steps.putVersion(bucket, "key", "body"));

        assertInvalid(() -> steps.read(bucket, "key", bad), bad);
        assertS3Error(() -> s3.headObject(b -> b.bucket(bucket).key("key").versionId(bad)))
                .hasStatus(400);
    }

    @Test
    @AwsSource(
            rules = {"R63", "A.7"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]; vgw Versioning_CopyObject_invalid_versionId")
    void copyFromAlteredRealVersionIdIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        String bad = altered(steps.putVersion(bucket, "source", "body"));

        assertInvalid(
                        () -> s3.copyObject(b -> b.sourceBucket(bucket)
                                .sourceKey("source")
                                .sourceVersionId(bad)
                                .destinationBucket(bucket)
                                .destinationKey("target")),
                        bad)
                .hasStatus(400);
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents()).hasSize(1);
    }

    @Test
    @AwsSource(
            rules = {"R63"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]: the id is checked before it is looked up")
    void taggingWithAlteredRealVersionIdIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        String bad = altered(steps.putVersion(bucket, "key", "body"));

        assertInvalid(() -> s3.getObjectTagging(b -> b.bucket(bucket).key("key").versionId(bad)), bad);
        assertInvalid(
                () -> s3.putObjectTagging(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(bad)
                        .tagging(t -> t.tagSet(s -> s.key("k").value("v")))),
                bad);
        assertInvalid(
                () -> s3.deleteObjectTagging(b -> b.bucket(bucket).key("key").versionId(bad)), bad);
    }

    @Test
    @AwsSource(
            rules = {"R63"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]: the id is checked before it is looked up")
    void retentionAndLegalHoldWithAlteredRealVersionIdAreInvalidArgument() {
        String bucket = buckets.createWithObjectLock();
        String bad = altered(steps.putVersion(bucket, "key", "body"));

        assertInvalid(
                () -> s3.getObjectRetention(b -> b.bucket(bucket).key("key").versionId(bad)), bad);
        assertInvalid(
                () -> s3.putObjectRetention(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(bad)
                        .retention(r -> r.mode("GOVERNANCE").retainUntilDate(governanceUntil()))),
                bad);
        assertInvalid(
                () -> s3.getObjectLegalHold(b -> b.bucket(bucket).key("key").versionId(bad)), bad);
        assertInvalid(
                () -> s3.putObjectLegalHold(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(bad)
                        .legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON))),
                bad);
    }

    @Test
    @AwsSource(
            rules = {"R63"},
            value = "ls-api test_delete_object_versioned [AWS-recorded]: the id is checked before it is looked up")
    void attributesWithAlteredRealVersionIdAreInvalidArgument() {
        String bucket = buckets.createVersioned();
        String bad = altered(steps.putVersion(bucket, "key", "body"));

        assertInvalid(
                () -> s3.getObjectAttributes(
                        b -> b.bucket(bucket).key("key").versionId(bad).objectAttributes(ObjectAttributes.E_TAG)),
                bad);
    }

    @Test
    @AwsSource(
            rules = {"R63", "A.6"},
            value = "ls-api test_delete_objects_versioned \"delete-objects-wrong-version-id\" [AWS-recorded]")
    void deleteObjectsWithInventedVersionIdReportsNoSuchVersionPerKey() {
        String bucket = buckets.createVersioned();
        String real = steps.putVersion(bucket, "test-delete", "body");
        Consumer<ObjectIdentifier.Builder> existing = o -> o.key("test-delete").versionId(INVENTED);
        Consumer<ObjectIdentifier.Builder> missing = o -> o.key("wrong-key-2").versionId(INVENTED);

        DeleteObjectsResponse result = s3.deleteObjects(b -> b.bucket(bucket)
                .delete(d -> d.objects(
                        ObjectIdentifier.builder().applyMutation(existing).build(),
                        ObjectIdentifier.builder().applyMutation(missing).build())));

        assertThat(result.deleted()).isEmpty();
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
                .containsExactlyInAnyOrder(
                        tuple("test-delete", INVENTED, "NoSuchVersion", "The specified version does not exist."),
                        tuple("wrong-key-2", INVENTED, "NoSuchVersion", "The specified version does not exist."));
        assertThat(steps.read(bucket, "test-delete", real)).isEqualTo("body");
    }
}

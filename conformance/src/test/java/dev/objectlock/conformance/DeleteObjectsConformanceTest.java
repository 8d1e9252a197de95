package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.support.VersionIds;
import dev.objectlock.conformance.target.AwsSource;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/** DeleteObjects: each key evaluated on its own, one result entry per key ([A.6, R5, R8, R9]). */
class DeleteObjectsConformanceTest extends Scenario {

    private DeleteObjectsResponse deleteObjects(String bucket, boolean quiet, ObjectIdentifier... objects) {
        return s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.quiet(quiet).objects(objects)));
    }

    private static ObjectIdentifier id(String key) {
        return ObjectIdentifier.builder().key(key).build();
    }

    private static ObjectIdentifier id(String key, String versionId) {
        return ObjectIdentifier.builder().key(key).versionId(versionId).build();
    }

    @Test
    @AwsSource(
            rules = {"A.1", "A.6"},
            value = "ls-api test_delete_objects_versioned [AWS-recorded]")
    void deleteWithoutVersionIdOnEnabledBucketReportsMarkerButNoVersionId() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        DeleteObjectsResponse result = deleteObjects(bucket, false, id("key"));

        assertThat(S3Steps.status(result)).isEqualTo(200);
        assertThat(result.errors()).isEmpty();
        DeletedObject deleted = result.deleted().get(0);
        assertThat(result.deleted()).hasSize(1);
        assertThat(deleted.key()).isEqualTo("key");
        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(deleted.deleteMarkerVersionId()).matches(VersionIds.SHAPE);
        assertThat(deleted.versionId()).isNull();
        assertThat(steps.listingOrder(bucket))
                .containsExactly(
                        Entry.marker("key", deleted.deleteMarkerVersionId(), true),
                        Entry.version("key", version, false));
    }

    @Test
    @AwsSource(
            rules = {"A.6", "R5"},
            value = "ls-api test_delete_objects_versioned [AWS-recorded]")
    void keyThatNeverExistedIsReportedDeletedWithNewMarker() {
        String bucket = buckets.createVersioned();

        DeleteObjectsResponse result = deleteObjects(bucket, false, id("never-existed"));

        assertThat(result.deleted()).singleElement().satisfies(deleted -> {
            assertThat(deleted.key()).isEqualTo("never-existed");
            assertThat(deleted.deleteMarker()).isTrue();
            assertThat(deleted.deleteMarkerVersionId()).matches(VersionIds.SHAPE);
        });
        assertThat(steps.listingOrder(bucket))
                .containsExactly(
                        Entry.marker("never-existed", result.deleted().get(0).deleteMarkerVersionId(), true));
    }

    @Test
    @AwsSource(
            rules = {"A.6"},
            value = "ls-api test_delete_objects_versioned [AWS-recorded]")
    void deletingObjectVersionReportsOnlyItsVersionId() {
        String bucket = buckets.createVersioned();
        String older = steps.putVersion(bucket, "key", "older");
        String newer = steps.putVersion(bucket, "key", "newer");

        DeleteObjectsResponse result = deleteObjects(bucket, false, id("key", newer));

        assertThat(result.deleted()).singleElement().satisfies(deleted -> {
            assertThat(deleted.key()).isEqualTo("key");
            assertThat(deleted.versionId()).isEqualTo(newer);
            assertThat(deleted.deleteMarker()).isNull();
            assertThat(deleted.deleteMarkerVersionId()).isNull();
        });
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", older, true));
    }

    @Test
    @AwsSource(
            rules = {"A.6", "R8"},
            value = "ls-api test_delete_objects_versioned [AWS-recorded]; "
                    + "vgw Versioning_DeleteObjects_delete_deleteMarkers")
    void deletingDeleteMarkerReportsItAsBothVersionAndMarker() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        DeleteObjectsResponse result = deleteObjects(bucket, false, id("key", marker));

        assertThat(result.deleted()).singleElement().satisfies(deleted -> {
            assertThat(deleted.versionId()).isEqualTo(marker);
            assertThat(deleted.deleteMarker()).isTrue();
            assertThat(deleted.deleteMarkerVersionId()).isEqualTo(marker);
        });
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"A.6", "R9"},
            value = "ls-api test_delete_objects_versioned [AWS-recorded]")
    void malformedVersionIdIsReportedPerKeyAsNoSuchVersion() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        DeleteObjectsResponse result = deleteObjects(bucket, false, id("key", VersionIds.MALFORMED));

        assertThat(S3Steps.status(result)).isEqualTo(200);
        assertThat(result.deleted()).isEmpty();
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
                .containsExactly(
                        tuple("key", VersionIds.MALFORMED, "NoSuchVersion", "The specified version does not exist."));
        assertThat(steps.listingOrder(bucket)).hasSize(1);
    }

    @Test
    @AwsSource(
            rules = {"A.6"},
            value = "ls-api test_delete_objects_versioned [AWS-recorded]; "
                    + "the house rules in CONTRIBUTING.md (no early return in batch loops)")
    void eachKeyIsEvaluatedIndependently() {
        String bucket = buckets.createVersioned();
        String a = steps.putVersion(bucket, "a", "a");
        String c = steps.putVersion(bucket, "c", "c");

        DeleteObjectsResponse result =
                deleteObjects(bucket, false, id("a", a), id("b", VersionIds.MALFORMED), id("c", c));

        assertThat(result.deleted())
                .extracting(DeletedObject::key, DeletedObject::versionId)
                .containsExactlyInAnyOrder(tuple("a", a), tuple("c", c));
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::code)
                .containsExactly(tuple("b", "NoSuchVersion"));
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"A.6"},
            value = "s3-tests test_versioning_multi_object_delete (idempotent re-delete)")
    void deletingAlreadyDeletedVersionAgainIsReportedDeleted() {
        String bucket = buckets.createVersioned();
        String kept = steps.putVersion(bucket, "key", "kept");
        String gone = steps.putVersion(bucket, "key", "gone");
        deleteObjects(bucket, false, id("key", gone));

        DeleteObjectsResponse again = deleteObjects(bucket, false, id("key", gone));

        assertThat(again.errors()).isEmpty();
        assertThat(again.deleted())
                .extracting(DeletedObject::key, DeletedObject::versionId)
                .containsExactly(tuple("key", gone));
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", kept, true));
    }

    @Test
    @AwsSource(
            rules = {"A.6"},
            value = "Docs DeleteObjects: a missing key on an unversioned bucket is reported deleted")
    void unversionedBucketReportsMissingKeyAsDeletedWithoutMarker() {
        String bucket = buckets.create();
        steps.put(bucket, "present", "body");

        DeleteObjectsResponse result = deleteObjects(bucket, false, id("present"), id("missing"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.deleted())
                .extracting(DeletedObject::key, DeletedObject::deleteMarker)
                .containsExactlyInAnyOrder(tuple("present", null), tuple("missing", null));
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"A.6"},
            value = "[A.6] Quiet=true returns only <Error> entries [Model]")
    void quietModeReportsOnlyErrors() {
        String bucket = buckets.createVersioned();
        String a = steps.putVersion(bucket, "a", "a");

        DeleteObjectsResponse result = deleteObjects(bucket, true, id("a", a), id("b", VersionIds.MALFORMED));

        assertThat(result.hasDeleted()).as("<Deleted> elements present").isFalse();
        assertThat(result.errors())
                .extracting(S3Error::key, S3Error::code)
                .containsExactly(tuple("b", "NoSuchVersion"));
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"A.6"},
            value = "Docs DeleteObjects: at most 1000 keys (exact error code UNCERTAIN, "
                    + "so only the 400 status is asserted)")
    void moreThan1000KeysIsRejected() {
        String bucket = buckets.createVersioned();
        List<ObjectIdentifier> objects =
                IntStream.range(0, 1001).mapToObj(i -> id("key-" + i)).collect(Collectors.toList());

        assertS3Error(() -> s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects))))
                .hasStatus(400);
        assertThat(steps.listingOrder(bucket))
                .as("nothing was deleted, so no markers")
                .isEmpty();
    }
}

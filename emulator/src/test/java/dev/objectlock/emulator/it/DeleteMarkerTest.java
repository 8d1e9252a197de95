package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.VersionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** DeleteObject by bucket state, delete markers, and permanent deletes ([A.4, R3], [R5]–[R9], [R28]). */
class DeleteMarkerTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    // [R5]: DELETE on an Enabled bucket adds a delete marker even for a key that never
    // existed; 204 with x-amz-delete-marker: true and the marker's id. Repeats stack markers.
    @Test
    void deleteWithoutVersionIdAddsMarkers() {
        s3.createVersionedBucket("ver");

        DeleteObjectResponse first = client.deleteObject(b -> b.bucket("ver").key("never"));
        DeleteObjectResponse second = client.deleteObject(b -> b.bucket("ver").key("never"));

        assertThat(first.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(first.deleteMarker()).isTrue();
        assertThat(first.versionId()).matches("[A-Za-z0-9._]{32}");
        assertThat(second.versionId()).isNotEqualTo(first.versionId());
        assertThat(client.listObjectVersions(b -> b.bucket("ver")).deleteMarkers())
                .extracting(DeleteMarkerEntry::versionId, DeleteMarkerEntry::isLatest)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second.versionId(), true),
                        org.assertj.core.groups.Tuple.tuple(first.versionId(), false));
    }

    // [R6]: GET of a key whose current version is a marker is 404 NoSuchKey (<Key> in the
    // body) plus x-amz-delete-marker: true and x-amz-version-id; HEAD the same without a body.
    @Test
    void readingAKeyBehindAMarkerIsNoSuchKeyWithMarkerHeaders() {
        s3.createVersionedBucket("ver");
        s3.put("ver", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("ver").key("k")).versionId();

        S3Exception get = s3Error(() -> s3.read("ver", "k"), 404, "NoSuchKey");
        assertThat(errorElement(get, "Key")).contains("k");
        assertThat(header(get, "x-amz-delete-marker")).contains("true");
        assertThat(header(get, "x-amz-version-id")).contains(marker);

        S3Exception head =
                headError(() -> client.headObject(b -> b.bucket("ver").key("k")), 404);
        assertThat(header(head, "x-amz-delete-marker")).contains("true");
        assertThat(header(head, "x-amz-version-id")).contains(marker);
    }

    // [R6, A.4]: GET with the marker's versionId is 405 MethodNotAllowed, <Method>GET</Method>,
    // <ResourceType>DeleteMarker</ResourceType>, headers Allow: DELETE, Last-Modified,
    // x-amz-delete-marker and x-amz-version-id [AWS-recorded]. HEAD: 405 without a body.
    @Test
    void readingAMarkerByIdIsMethodNotAllowed() {
        s3.createVersionedBucket("ver");
        s3.put("ver", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("ver").key("k")).versionId();

        S3Exception get = s3Error(() -> s3.read("ver", "k", marker), 405, "MethodNotAllowed");
        assertThat(get.awsErrorDetails().errorMessage())
                .isEqualTo("The specified method is not allowed against this resource.");
        assertThat(errorElement(get, "Method")).contains("GET");
        assertThat(errorElement(get, "ResourceType")).contains("DeleteMarker");
        assertThat(header(get, "Allow")).contains("DELETE");
        assertThat(header(get, "Last-Modified")).isPresent();
        assertThat(header(get, "x-amz-delete-marker")).contains("true");
        assertThat(header(get, "x-amz-version-id")).contains(marker);

        S3Exception head =
                headError(() -> client.headObject(b -> b.bucket("ver").key("k").versionId(marker)), 405);
        assertThat(header(head, "Allow")).contains("DELETE");
        assertThat(header(head, "x-amz-delete-marker")).contains("true");
    }

    // [A.4, R7]: on an Unversioned bucket DELETE removes the object for good, 204, with
    // neither x-amz-delete-marker (never sent as false) nor x-amz-version-id; missing keys too.
    @Test
    void unversionedDeleteIsPermanentAndSilent() {
        s3.createBucket("plain");
        s3.put("plain", "k", "v");

        DeleteObjectResponse deleted =
                client.deleteObject(b -> b.bucket("plain").key("k"));
        DeleteObjectResponse again = client.deleteObject(b -> b.bucket("plain").key("k"));

        for (DeleteObjectResponse r : new DeleteObjectResponse[] {deleted, again}) {
            assertThat(r.sdkHttpResponse().statusCode()).isEqualTo(204);
            assertThat(header(r, "x-amz-delete-marker")).isEmpty();
            assertThat(header(r, "x-amz-version-id")).isEmpty();
        }
        ListObjectVersionsResponse versions = client.listObjectVersions(b -> b.bucket("plain"));
        assertThat(versions.versions()).isEmpty();
        assertThat(versions.deleteMarkers()).isEmpty();
    }

    // [R3]: on a Suspended bucket DELETE removes the null version and writes a null marker;
    // the response says x-amz-delete-marker: true, x-amz-version-id: null. Other versions stay.
    @Test
    void suspendedDeleteReplacesTheNullVersionWithANullMarker() {
        s3.createBucket("susp");
        s3.put("susp", "k", "null-version");
        s3.versioning("susp", BucketVersioningStatus.ENABLED);
        String kept = s3.put("susp", "k", "kept").versionId();
        s3.versioning("susp", BucketVersioningStatus.SUSPENDED);

        DeleteObjectResponse deleted = client.deleteObject(b -> b.bucket("susp").key("k"));

        assertThat(deleted.deleteMarker()).isTrue();
        assertThat(deleted.versionId()).isEqualTo("null");
        ListObjectVersionsResponse listed = client.listObjectVersions(b -> b.bucket("susp"));
        assertThat(listed.versions()).extracting(ObjectVersion::versionId).containsExactly(kept);
        assertThat(listed.deleteMarkers()).singleElement().satisfies(m -> {
            assertThat(m.versionId()).isEqualTo("null");
            assertThat(m.isLatest()).isTrue();
        });
        // The marker is itself the null version, so a second delete replaces it rather than stacking.
        client.deleteObject(b -> b.bucket("susp").key("k"));
        assertThat(client.listObjectVersions(b -> b.bucket("susp")).deleteMarkers())
                .hasSize(1);
    }

    // [R8, A.4]: deleting a marker by id answers x-amz-delete-marker: true and its id, and
    // removing the current marker "undeletes" the object.
    @Test
    void deletingTheCurrentMarkerRestoresTheObject() {
        s3.createVersionedBucket("ver");
        String v1 = s3.put("ver", "k", "v").versionId();
        String marker = client.deleteObject(b -> b.bucket("ver").key("k")).versionId();

        DeleteObjectResponse removed =
                client.deleteObject(b -> b.bucket("ver").key("k").versionId(marker));

        assertThat(removed.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(removed.deleteMarker()).isTrue();
        assertThat(removed.versionId()).isEqualTo(marker);
        assertThat(s3.read("ver", "k")).isEqualTo("v");
        assertThat(client.headObject(b -> b.bucket("ver").key("k")).versionId()).isEqualTo(v1);
    }

    // [A.4]: DELETE with an object version's id removes exactly that version, 204 with the id
    // echoed and no x-amz-delete-marker; the next newest becomes current.
    @Test
    void permanentDeleteOfTheCurrentVersion() {
        s3.createVersionedBucket("ver");
        String v1 = s3.put("ver", "k", "one").versionId();
        String v2 = s3.put("ver", "k", "two").versionId();

        DeleteObjectResponse removed =
                client.deleteObject(b -> b.bucket("ver").key("k").versionId(v2));

        assertThat(removed.versionId()).isEqualTo(v2);
        assertThat(header(removed, "x-amz-delete-marker")).isEmpty();
        assertThat(s3.read("ver", "k")).isEqualTo("one");
        assertThat(client.listObjectVersions(b -> b.bucket("ver")).versions())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.versionId()).isEqualTo(v1);
                    assertThat(v.isLatest()).isTrue();
                });
        s3Error(() -> s3.read("ver", "k", v2), 404, "NoSuchVersion");
    }

    @Test
    void permanentDeleteOfANoncurrentVersionLeavesTheCurrentOne() {
        s3.createVersionedBucket("ver");
        String v1 = s3.put("ver", "k", "one").versionId();
        String v2 = s3.put("ver", "k", "two").versionId();

        client.deleteObject(b -> b.bucket("ver").key("k").versionId(v1));

        assertThat(client.headObject(b -> b.bucket("ver").key("k")).versionId()).isEqualTo(v2);
        assertThat(client.listObjectVersions(b -> b.bucket("ver")).versions())
                .extracting(ObjectVersion::versionId)
                .containsExactly(v2);
    }

    // [A.4, R4]: versionId=null deletes the null version written before versioning.
    @Test
    void deletingTheNullVersionById() {
        s3.createBucket("late");
        s3.put("late", "k", "old");
        s3.versioning("late", BucketVersioningStatus.ENABLED);
        String v2 = s3.put("late", "k", "new").versionId();

        DeleteObjectResponse removed =
                client.deleteObject(b -> b.bucket("late").key("k").versionId("null"));

        assertThat(removed.versionId()).isEqualTo("null");
        assertThat(client.listObjectVersions(b -> b.bucket("late")).versions())
                .extracting(ObjectVersion::versionId)
                .containsExactly(v2);
    }

    // [A.4]: a malformed id is 400 InvalidArgument "Invalid version id specified" with neither
    // x-amz-delete-marker nor x-amz-version-id [AWS-recorded].
    @Test
    void malformedVersionIdOnDelete() {
        s3.createVersionedBucket("ver");
        s3.put("ver", "k", "v");

        S3Exception e = s3Error(
                () -> client.deleteObject(b -> b.bucket("ver").key("k").versionId("bogus")), 400, "InvalidArgument");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
        assertThat(errorElement(e, "ArgumentName")).contains("versionId");
        assertThat(header(e, "x-amz-delete-marker")).isEmpty();
        assertThat(header(e, "x-amz-version-id")).isEmpty();
        assertThat(s3.read("ver", "k")).isEqualTo("v");
    }

    // [A.4] (UNCERTAIN, resolved there): a well-formed id that is not stored is a 204 no-op
    // echoing the id, like DeleteObjects.
    @Test
    void deletingAnAbsentWellFormedVersionIsANoOp() {
        s3.createVersionedBucket("ver");
        String v1 = s3.put("ver", "k", "v").versionId();
        String absent = VersionId.generate(987_654_321L).value();

        DeleteObjectResponse r =
                client.deleteObject(b -> b.bucket("ver").key("k").versionId(absent));

        assertThat(r.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(r.versionId()).isEqualTo(absent);
        assertThat(header(r, "x-amz-delete-marker")).isEmpty();
        assertThat(client.headObject(b -> b.bucket("ver").key("k")).versionId()).isEqualTo(v1);
    }

    // [R28, E23]: the bypass header, true or false, on a bucket without Object Lock is
    // 400 InvalidArgument [AWS-recorded].
    @Test
    void bypassHeaderOnABucketWithoutObjectLock() {
        s3.createBucket("plain");
        s3.put("plain", "k", "v");

        for (boolean bypass : new boolean[] {true, false}) {
            S3Exception e = s3Error(
                    () -> client.deleteObject(b -> b.bucket("plain").key("k").bypassGovernanceRetention(bypass)),
                    400,
                    "InvalidArgument");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.");
            assertThat(errorElement(e, "ArgumentName")).contains("x-amz-bypass-governance-retention");
        }
        assertThat(s3.read("plain", "k")).isEqualTo("v");
    }

    // S3 API reference, DeleteObject: a missing bucket is 404 NoSuchBucket.
    @Test
    void deleteInMissingBucket() {
        s3Error(() -> client.deleteObject(b -> b.bucket("ghost").key("k")), 404, "NoSuchBucket");
    }
}

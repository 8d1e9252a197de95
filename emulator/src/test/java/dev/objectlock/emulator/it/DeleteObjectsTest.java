package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.VersionId;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** DeleteObjects: per-key results in quiet and verbose mode ([A.2, A.6, R8, R9, R28]). */
class DeleteObjectsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    private DeleteObjectsResponse delete(String bucket, boolean quiet, ObjectIdentifier... ids) {
        return client.deleteObjects(
                b -> b.bucket(bucket).delete(d -> d.quiet(quiet).objects(ids)));
    }

    private static ObjectIdentifier id(String key) {
        return ObjectIdentifier.builder().key(key).build();
    }

    private static ObjectIdentifier id(String key, String versionId) {
        return ObjectIdentifier.builder().key(key).versionId(versionId).build();
    }

    // [A.6]: on an Unversioned bucket each key, present or absent, is reported as Deleted with
    // just its Key, and present objects are gone.
    @Test
    void unversionedBucketDeletesEveryKey() {
        s3.createBucket("multi");
        s3.put("multi", "a", "1");
        s3.put("multi", "b", "2");

        DeleteObjectsResponse r = delete("multi", false, id("a"), id("b"), id("never"));

        assertThat(r.deleted()).extracting(DeletedObject::key).containsExactlyInAnyOrder("a", "b", "never");
        assertThat(r.deleted()).allSatisfy(d -> {
            assertThat(d.versionId()).isNull();
            assertThat(d.deleteMarker()).isNull();
            assertThat(d.deleteMarkerVersionId()).isNull();
        });
        assertThat(r.errors()).isEmpty();
        assertThat(client.listObjectsV2(b -> b.bucket("multi")).contents()).isEmpty();
    }

    // [A.6, R5]: without VersionId on an Enabled bucket, each key gets a delete marker:
    // DeleteMarker=true and DeleteMarkerVersionId, no VersionId, also for keys that never existed.
    @Test
    void enabledBucketAddsDeleteMarkers() {
        s3.createVersionedBucket("multi");
        s3.put("multi", "a", "1");

        DeleteObjectsResponse r = delete("multi", false, id("a"), id("ghost"));

        assertThat(r.deleted()).hasSize(2).allSatisfy(d -> {
            assertThat(d.deleteMarker()).isTrue();
            assertThat(d.deleteMarkerVersionId()).matches("[A-Za-z0-9._]{32}");
            assertThat(d.versionId()).isNull();
        });
        assertThat(client.listObjectVersions(b -> b.bucket("multi")).deleteMarkers())
                .extracting(m -> m.key())
                .containsExactlyInAnyOrder("a", "ghost");
    }

    // [A.6, R8]: a VersionId naming an object version gives Deleted with VersionId only; one
    // naming a delete marker gives VersionId, DeleteMarker=true and DeleteMarkerVersionId=VersionId.
    @Test
    void deletingVersionsAndMarkersById() {
        s3.createVersionedBucket("multi");
        String v1 = s3.put("multi", "k", "1").versionId();
        String marker = client.deleteObject(b -> b.bucket("multi").key("k")).versionId();

        DeleteObjectsResponse r = delete("multi", false, id("k", v1), id("k", marker));

        assertThat(r.deleted()).hasSize(2);
        DeletedObject version = r.deleted().stream()
                .filter(d -> v1.equals(d.versionId()))
                .findFirst()
                .orElseThrow();
        assertThat(version.deleteMarker()).isNull();
        assertThat(version.deleteMarkerVersionId()).isNull();
        DeletedObject removedMarker = r.deleted().stream()
                .filter(d -> marker.equals(d.versionId()))
                .findFirst()
                .orElseThrow();
        assertThat(removedMarker.deleteMarker()).isTrue();
        assertThat(removedMarker.deleteMarkerVersionId()).isEqualTo(marker);
        var listing = client.listObjectVersions(b -> b.bucket("multi"));
        assertThat(listing.versions()).isEmpty();
        assertThat(listing.deleteMarkers()).isEmpty();
    }

    // [R9, A.6]: a malformed VersionId is a per-key Error NoSuchVersion "The specified
    // version does not exist." under HTTP 200 (single DeleteObject would say InvalidArgument);
    // the other keys are still deleted.
    @Test
    void malformedVersionIdIsReportedPerKeyAsNoSuchVersion() {
        s3.createVersionedBucket("multi");
        String v1 = s3.put("multi", "k", "1").versionId();

        DeleteObjectsResponse r = delete("multi", false, id("k", "not-a-version"), id("k", v1));

        assertThat(r.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("k");
            assertThat(e.versionId()).isEqualTo("not-a-version");
            assertThat(e.code()).isEqualTo("NoSuchVersion");
            assertThat(e.message()).isEqualTo("The specified version does not exist.");
        });
        assertThat(r.deleted()).extracting(DeletedObject::versionId).containsExactly(v1);
    }

    // [R9]: on an Unversioned bucket a non-null VersionId is per key NoSuchVersion; "null" works.
    @Test
    void unversionedBucketWithVersionIds() {
        s3.createBucket("multi");
        s3.put("multi", "a", "1");

        DeleteObjectsResponse r = delete(
                "multi",
                false,
                id("a", "null"),
                id("a", VersionId.generate(987_654_321L).value()));

        assertThat(r.deleted())
                .extracting(DeletedObject::key, DeletedObject::versionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "null"));
        assertThat(r.errors()).extracting(S3Error::code).containsExactly("NoSuchVersion");
        assertThat(client.listObjectsV2(b -> b.bucket("multi")).contents()).isEmpty();
    }

    // [A.6]: re-deleting versions that are already gone succeeds with Deleted entries.
    @Test
    void reDeletingIsIdempotent() {
        s3.createVersionedBucket("multi");
        String v1 = s3.put("multi", "k", "1").versionId();
        delete("multi", false, id("k", v1));

        DeleteObjectsResponse again = delete("multi", false, id("k", v1));

        assertThat(again.errors()).isEmpty();
        assertThat(again.deleted()).extracting(DeletedObject::versionId).containsExactly(v1);
    }

    // [A.6]: Quiet=true returns only the Error entries.
    @Test
    void quietModeReportsOnlyErrors() {
        s3.createVersionedBucket("multi");
        s3.put("multi", "a", "1");

        DeleteObjectsResponse r = delete("multi", true, id("a"), id("b"), id("c", "bad-id"));

        assertThat(r.deleted()).isEmpty();
        assertThat(r.errors())
                .extracting(S3Error::key, S3Error::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", "NoSuchVersion"));
        assertThat(client.listObjectVersions(b -> b.bucket("multi")).deleteMarkers())
                .hasSize(2);
    }

    // [A.4, R3] applied per key: on a Suspended bucket the marker's id is "null".
    @Test
    void suspendedBucketWritesNullMarkers() {
        s3.createBucket("multi");
        s3.versioning("multi", BucketVersioningStatus.SUSPENDED);
        s3.put("multi", "a", "1");

        DeleteObjectsResponse r = delete("multi", false, id("a"));

        assertThat(r.deleted()).singleElement().satisfies(d -> {
            assertThat(d.deleteMarker()).isTrue();
            assertThat(d.deleteMarkerVersionId()).isEqualTo("null");
        });
        assertThat(client.listObjectVersions(b -> b.bucket("multi")).versions()).isEmpty();
    }

    // [A.6]: up to 1000 keys per request; more is 400 MalformedXML [Docs; code UNCERTAIN].
    @Test
    void atMostOneThousandKeys() {
        s3.createBucket("multi");
        List<ObjectIdentifier> thousand = new ArrayList<>(
                IntStream.range(0, 1000).mapToObj(i -> id("k" + i)).toList());

        assertThat(client.deleteObjects(b -> b.bucket("multi").delete(d -> d.objects(thousand)))
                        .deleted())
                .hasSize(1000);
        thousand.add(id("one-too-many"));
        s3Error(
                () -> client.deleteObjects(b -> b.bucket("multi").delete(d -> d.objects(thousand))),
                400,
                "MalformedXML");
    }

    // [A.6, E24]: Content-MD5 or an x-amz-checksum-* is required, else 400 InvalidRequest.
    @Test
    void integrityHeaderIsRequired() {
        s3.createBucket("multi");
        byte[] body = "<Delete><Object><Key>a</Key></Object></Delete>".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = s3.raw("POST", "/multi?delete", Map.of(), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "<Code>InvalidRequest</Code>",
                        "<Message>Missing required header for this request: Content-MD5 OR x-amz-checksum-*</Message>");
    }

    // DeleteObjects API reference: a Delete document without any Object is MalformedXML.
    @Test
    void emptyDeleteIsMalformedXml() {
        s3.createBucket("multi");
        byte[] body = "<Delete><Quiet>true</Quiet></Delete>".getBytes(StandardCharsets.UTF_8);
        String md5 = java.util.Base64.getEncoder().encodeToString(md5(body));

        HttpResponse<String> response = s3.raw("POST", "/multi?delete", Map.of("Content-MD5", md5), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>MalformedXML</Code>");
    }

    // [R28]: the bypass header on a bucket without Object Lock is 400 InvalidArgument.
    @Test
    void bypassHeaderWithoutObjectLock() {
        s3.createBucket("multi");

        S3Exception e = s3Error(
                () -> client.deleteObjects(
                        b -> b.bucket("multi").bypassGovernanceRetention(true).delete(d -> d.objects(id("a")))),
                400,
                "InvalidArgument");

        assertThat(errorElement(e, "ArgumentName")).contains("x-amz-bypass-governance-retention");
    }

    // Keys with XML-special and non-ASCII characters travel through the Delete and DeleteResult documents intact.
    @Test
    void unusualKeys() {
        s3.createBucket("multi");
        List<String> keys = List.of("a&b", "<lt>", "sp ace/\u00fc", "quote\"");
        keys.forEach(k -> s3.put("multi", k, "v"));

        DeleteObjectsResponse r =
                delete("multi", false, keys.stream().map(DeleteObjectsTest::id).toArray(ObjectIdentifier[]::new));

        assertThat(r.deleted()).extracting(DeletedObject::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(client.listObjectsV2(b -> b.bucket("multi")).contents()).isEmpty();
    }

    @Test
    void missingBucket() {
        s3Error(() -> delete("ghost", false, id("a")), 404, "NoSuchBucket");
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.PROTECTED;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithLegalHold;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.LockSupport.versionExists;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** DeleteObjects and DeleteBucket on protected versions ([A.6, B.7, B.11, R24, R27, R28]). */
class LockedMultiDeleteTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private String governance;
    private String compliance;
    private String held;
    private String free;

    @BeforeEach
    void fourVersions() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
        governance = putWithRetention(client, "locked", "g", "g", ObjectLockMode.GOVERNANCE, days(1));
        compliance = putWithRetention(client, "locked", "c", "c", ObjectLockMode.COMPLIANCE, days(1));
        held = putWithLegalHold(client, "locked", "h", "h");
        free = put(client, "locked", "f", "f");
    }

    // [R24, A.6]: in DeleteObjects each protected version is its own <Error> (Key,
    // VersionId, Code AccessDenied, Message [E16]) under HTTP 200, while the others are deleted
    // [AWS-recorded ls-s3 test_delete_locked_object; s3-tests test_object_lock_multi_delete_object_with_retention].
    @Test
    void protectedVersionsAreReportedPerKeyUnderSuccess() {
        DeleteObjectsResponse r = deleteAll(null, false);

        assertThat(r.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(r.deleted())
                .extracting(DeletedObject::key, DeletedObject::versionId)
                .containsExactly(tuple("f", free));
        assertThat(r.errors())
                .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
                .containsExactlyInAnyOrder(
                        tuple("g", governance, "AccessDenied", PROTECTED),
                        tuple("c", compliance, "AccessDenied", PROTECTED),
                        tuple("h", held, "AccessDenied", PROTECTED));
        assertThat(versionExists(client, "locked", free)).isFalse();
        for (String v : List.of(governance, compliance, held)) {
            assertThat(versionExists(client, "locked", v)).isTrue();
        }
        assertThat(s3.read("locked", "g", governance)).isEqualTo("g");
    }

    // [R27, B.7]: with bypass only the GOVERNANCE version goes; COMPLIANCE and the legal
    // hold are still per-key AccessDenied.
    @Test
    void bypassReleasesOnlyGovernance() {
        DeleteObjectsResponse r = deleteAll(true, false);

        assertThat(r.deleted()).extracting(DeletedObject::key).containsExactlyInAnyOrder("g", "f");
        assertThat(r.errors())
                .extracting(S3Error::key, S3Error::code)
                .containsExactlyInAnyOrder(tuple("c", "AccessDenied"), tuple("h", "AccessDenied"));
        assertThat(versionExists(client, "locked", governance)).isFalse();
        assertThat(versionExists(client, "locked", compliance)).isTrue();
        assertThat(versionExists(client, "locked", held)).isTrue();
    }

    // [A.6]: Quiet mode leaves out the Deleted entries but still reports every lock refusal.
    @Test
    void quietModeStillReportsRefusals() {
        DeleteObjectsResponse r = deleteAll(null, true);

        assertThat(r.deleted()).isEmpty();
        assertThat(r.errors()).extracting(S3Error::key).containsExactlyInAnyOrder("g", "c", "h");
        assertThat(versionExists(client, "locked", free)).isFalse();
    }

    // [R25, A.6]: entries without a versionId add delete markers even over locked objects.
    @Test
    void entriesWithoutVersionIdAddMarkers() {
        DeleteObjectsResponse r = client.deleteObjects(b -> b.bucket("locked")
                .delete(d -> d.objects(
                        ObjectIdentifier.builder().key("g").build(),
                        ObjectIdentifier.builder().key("c").build())));

        assertThat(r.errors()).isEmpty();
        assertThat(r.deleted()).allSatisfy(d -> assertThat(d.deleteMarker()).isTrue());
        assertThat(versionExists(client, "locked", governance)).isTrue();
        assertThat(versionExists(client, "locked", compliance)).isTrue();
    }

    // [R28, E23]: the bypass header (true or false) on DeleteObjects in a bucket without
    // Object Lock is 400 InvalidArgument [AWS-recorded ls-api test_delete_object_with_no_locking].
    @Test
    void bypassHeaderOnABucketWithoutLockIsInvalidArgument() {
        s3.createVersionedBucket("plain");
        String v = s3.put("plain", "k", "kept").versionId();

        for (Boolean bypass : new Boolean[] {true, false}) {
            S3Exception e = s3Error(
                    () -> client.deleteObjects(b -> b.bucket("plain")
                            .bypassGovernanceRetention(bypass)
                            .delete(d -> d.objects(ObjectIdentifier.builder()
                                    .key("k")
                                    .versionId(v)
                                    .build()))),
                    400,
                    "InvalidArgument");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.");
            assertThat(errorElement(e, "ArgumentName")).contains("x-amz-bypass-governance-retention");
        }
        assertThat(s3.read("plain", "k", v)).isEqualTo("kept");
    }

    // [B.11]: DeleteBucket is 409 BucketNotEmpty while (locked) versions remain, and the versions
    // survive; once the last one is removed (GOVERNANCE with bypass, after the others expire and the
    // hold is lifted) the bucket can go [vgw Versioning_DeleteBucket_not_empty].
    @Test
    void bucketWithLockedVersionsCannotBeDeleted() {
        S3Exception e = s3Error(() -> client.deleteBucket(b -> b.bucket("locked")), 409, "BucketNotEmpty");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The bucket you tried to delete is not empty. You must delete all versions in the bucket.");
        assertThat(client.listObjectVersions(b -> b.bucket("locked")).versions())
                .hasSize(4);

        s3.emulator().clock().advance(java.time.Duration.ofDays(2));
        LockSupport.legalHold(
                client, "locked", "h", held, software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus.OFF);
        assertThat(deleteAll(null, false).errors()).isEmpty();
        client.deleteBucket(b -> b.bucket("locked"));
        s3Error(() -> client.headBucket(b -> b.bucket("locked")), 404, "NoSuchBucket");
    }

    private DeleteObjectsResponse deleteAll(Boolean bypass, boolean quiet) {
        return client.deleteObjects(b -> b.bucket("locked")
                .bypassGovernanceRetention(bypass)
                .delete(d -> d.quiet(quiet)
                        .objects(id("g", governance), id("c", compliance), id("h", held), id("f", free))));
    }

    private static ObjectIdentifier id(String key, String versionId) {
        return ObjectIdentifier.builder().key(key).versionId(versionId).build();
    }
}

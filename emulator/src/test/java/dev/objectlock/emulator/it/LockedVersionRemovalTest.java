package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.PROTECTED;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.legalHold;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithLegalHold;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.LockSupport.versionExists;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * DeleteObject on protected versions: the WORM engine through the API ([B.7], [R24]–[R28], [R31]).
 * DeleteObjects and DeleteBucket are in {@link LockedMultiDeleteTest}.
 */
class LockedVersionRemovalTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void lockBucket() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
    }

    // [R24, B.7, E16]: deleting a GOVERNANCE-protected version by id is 403 AccessDenied
    // "Access Denied because object protected by object lock." [AWS-recorded ls-s3
    // test_delete_locked_object; s3-tests test_object_lock_delete_object_with_retention]. The refused
    // delete changes nothing: the version, its body and its retention stay.
    @Test
    void governanceVersionCannotBeDeletedWithoutBypass() {
        String v = putWithRetention(client, "locked", "k", "kept", ObjectLockMode.GOVERNANCE, days(1));

        S3Exception e = s3Error(() -> deleteVersion("k", v, null), 403, "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
        assertThat(s3.read("locked", "k", v)).isEqualTo("kept");
        var head = client.headObject(b -> b.bucket("locked").key("k").versionId(v));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(days(1));
        s3Error(() -> deleteVersion("k", v, false), 403, "AccessDenied");
    }

    // [B.7, R27]: GOVERNANCE gives way to x-amz-bypass-governance-retention: true; 204 with
    // the version id echoed and no delete-marker header [s3-tests; AWS-recorded ls-s3].
    @Test
    void governanceVersionIsDeletedWithBypass() {
        String v = putWithRetention(client, "locked", "k", "gone", ObjectLockMode.GOVERNANCE, days(1));

        DeleteObjectResponse r = deleteVersion("k", v, true);

        assertThat(r.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(r.versionId()).isEqualTo(v);
        assertThat(header(r, "x-amz-delete-marker")).isEmpty();
        assertThat(versionExists(client, "locked", v)).isFalse();
    }

    // [R27, B.7]: bypass never overrides COMPLIANCE [AWS-recorded ls-s3
    // test_s3_object_retention_compliance_mode "delete-locked-2"].
    @Test
    void complianceVersionCannotBeDeletedEvenWithBypass() {
        String v = putWithRetention(client, "locked", "k", "kept", ObjectLockMode.COMPLIANCE, days(1));

        S3Exception e = s3Error(() -> deleteVersion("k", v, true), 403, "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
        assertThat(s3.read("locked", "k", v)).isEqualTo("kept");
    }

    // [R27, B.7]: bypass never overrides a legal hold, alone or on top of GOVERNANCE
    // [UG object-lock-managing; s3-tests test_object_lock_delete_object_with_legal_hold_on].
    @Test
    void legalHoldBlocksDeleteEvenWithBypass() {
        String held = putWithLegalHold(client, "locked", "k", "held");
        String both = putWithRetention(client, "locked", "k", "both", ObjectLockMode.GOVERNANCE, days(1));
        legalHold(client, "locked", "k", both, ObjectLockLegalHoldStatus.ON);

        for (String v : new String[] {held, both}) {
            S3Exception e = s3Error(() -> deleteVersion("k", v, true), 403, "AccessDenied");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
            s3Error(() -> deleteVersion("k", v, null), 403, "AccessDenied");
        }
        assertThat(s3.read("locked", "k", held)).isEqualTo("held");
        assertThat(s3.read("locked", "k", both)).isEqualTo("both");

        legalHold(client, "locked", "k", held, ObjectLockLegalHoldStatus.OFF);
        deleteVersion("k", held, null);
        assertThat(versionExists(client, "locked", held)).isFalse();
    }

    // [R25, B.7]: DELETE without versionId on a locked object adds a delete marker (204);
    // the locked version stays, and the marker itself is never protected [AWS-recorded ls-s3
    // "put-delete-marker"; vgw Versioning_WORM_delete_marker_locked_object_*].
    @Test
    void deleteWithoutVersionIdAddsAnUnprotectedMarker() {
        String v = putWithRetention(client, "locked", "k", "kept", ObjectLockMode.COMPLIANCE, days(1));

        DeleteObjectResponse marker =
                client.deleteObject(b -> b.bucket("locked").key("k"));

        assertThat(marker.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(marker.deleteMarker()).isTrue();
        assertThat(s3.read("locked", "k", v)).isEqualTo("kept");
        DeleteObjectResponse removed = deleteVersion("k", marker.versionId(), null);
        assertThat(removed.deleteMarker()).isTrue();
        assertThat(s3.read("locked", "k")).isEqualTo("kept");
    }

    // [R26, B.7]: writing the key of a locked object (PUT, CopyObject, multipart) makes a
    // new version; the locked one stays, still locked [vgw Versioning_WORM_PutObject_overwrite_locked_object,
    // _CopyObject_, _CompleteMultipartUpload_].
    @Test
    void overwritingALockedKeyAddsVersionsAndKeepsTheLockedOne() {
        String locked = putWithRetention(client, "locked", "k", "original", ObjectLockMode.COMPLIANCE, days(1));
        put(client, "locked", "src", "copied");

        String byPut = put(client, "locked", "k", "second");
        String byCopy = client.copyObject(b -> b.sourceBucket("locked")
                        .sourceKey("src")
                        .destinationBucket("locked")
                        .destinationKey("k"))
                .versionId();
        String upload =
                client.createMultipartUpload(b -> b.bucket("locked").key("k")).uploadId();
        String etag = client.uploadPart(
                        b -> b.bucket("locked").key("k").uploadId(upload).partNumber(1),
                        software.amazon.awssdk.core.sync.RequestBody.fromString("multipart"))
                .eTag();
        String byMpu = client.completeMultipartUpload(b -> b.bucket("locked")
                        .key("k")
                        .uploadId(upload)
                        .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))))
                .versionId();

        assertThat(java.util.List.of(byPut, byCopy, byMpu))
                .doesNotHaveDuplicates()
                .doesNotContain(locked);
        assertThat(s3.read("locked", "k")).isEqualTo("multipart");
        assertThat(s3.read("locked", "k", locked)).isEqualTo("original");
        assertThat(client.headObject(b -> b.bucket("locked").key("k").versionId(locked))
                        .objectLockMode())
                .isEqualTo(ObjectLockMode.COMPLIANCE);
        s3Error(() -> deleteVersion("k", locked, true), 403, "AccessDenied");
        deleteVersion("k", byPut, null);
        assertThat(versionExists(client, "locked", byPut)).isFalse();
    }

    // [R31, B.7]: once the emulator clock passes retain-until the version is deleted without
    // bypass, COMPLIANCE too [AWS-recorded ls-s3 "delete-obj-after-lock-expiration"]; a legal hold
    // still blocks after the retention expired.
    @Test
    void expiredRetentionNoLongerProtectsButALegalHoldStill() {
        String compliance = putWithRetention(client, "locked", "k", "a", ObjectLockMode.COMPLIANCE, days(1));
        String held = putWithRetention(client, "locked", "k", "b", ObjectLockMode.GOVERNANCE, days(1));
        legalHold(client, "locked", "k", held, ObjectLockLegalHoldStatus.ON);
        s3Error(() -> deleteVersion("k", compliance, null), 403, "AccessDenied");

        s3.emulator().clock().advance(Duration.ofDays(1).plusSeconds(1));

        deleteVersion("k", compliance, null);
        assertThat(versionExists(client, "locked", compliance)).isFalse();
        S3Exception e = s3Error(() -> deleteVersion("k", held, true), 403, "AccessDenied");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
        assertThat(s3.read("locked", "k", held)).isEqualTo("b");
    }

    // [R28, B.7, E23]: the bypass header, true or false, on DeleteObject in a bucket without
    // Object Lock is 400 InvalidArgument naming the header [AWS-recorded ls-api
    // test_delete_object_with_no_locking]; nothing is deleted.
    @Test
    void bypassHeaderOnABucketWithoutLockIsInvalidArgument() {
        s3.createVersionedBucket("plain");
        String v = s3.put("plain", "k", "kept").versionId();

        for (Boolean bypass : new Boolean[] {true, false}) {
            S3Exception e = s3Error(
                    () -> client.deleteObject(
                            b -> b.bucket("plain").key("k").versionId(v).bypassGovernanceRetention(bypass)),
                    400,
                    "InvalidArgument");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.");
            assertThat(errorElement(e, "ArgumentName")).contains("x-amz-bypass-governance-retention");
            s3Error(
                    () -> client.deleteObject(b -> b.bucket("plain").key("k").bypassGovernanceRetention(bypass)),
                    400,
                    "InvalidArgument");
        }
        assertThat(s3.read("plain", "k")).isEqualTo("kept");
        assertThat(client.listObjectVersions(b -> b.bucket("plain")).deleteMarkers())
                .isEmpty();
    }

    // [B.7]: an unlocked version in a lock bucket is deleted as in any versioned bucket; a
    // retention that was cleared (with bypass) no longer protects.
    @Test
    void unlockedAndClearedVersionsAreDeleted() {
        String plain = put(client, "locked", "k", "plain");
        String cleared = putWithRetention(client, "locked", "k", "cleared", ObjectLockMode.GOVERNANCE, days(1));
        client.putObjectRetention(b -> b.bucket("locked")
                .key("k")
                .versionId(cleared)
                .retention(software.amazon.awssdk.services.s3.model.ObjectLockRetention.builder()
                        .build())
                .bypassGovernanceRetention(true));

        deleteVersion("k", plain, null);
        deleteVersion("k", cleared, false);

        assertThat(client.listObjectVersions(b -> b.bucket("locked")).versions())
                .isEmpty();
    }

    // [B.3, R4, B.7]: in a bucket that got Object Lock after it held objects, the null
    // version written before versioning can be locked like any other and is then protected; new
    // writes and delete markers leave it in place.
    @Test
    void nullVersionFromBeforeVersioningCanBeLocked() {
        s3.createBucket("later");
        s3.put("later", "k", "old");
        s3.versioning("later", software.amazon.awssdk.services.s3.model.BucketVersioningStatus.ENABLED);
        client.putObjectLockConfiguration(b -> b.bucket("later")
                .objectLockConfiguration(
                        c -> c.objectLockEnabled(software.amazon.awssdk.services.s3.model.ObjectLockEnabled.ENABLED)));

        LockSupport.putRetention(
                client,
                "later",
                "k",
                "null",
                software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode.COMPLIANCE,
                days(1),
                false);
        put(client, "later", "k", "new");
        client.deleteObject(b -> b.bucket("later").key("k"));

        S3Exception e = s3Error(
                () -> client.deleteObject(
                        b -> b.bucket("later").key("k").versionId("null").bypassGovernanceRetention(true)),
                403,
                "AccessDenied");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
        assertThat(s3.read("later", "k", "null")).isEqualTo("old");
        assertThat(client.headObject(b -> b.bucket("later").key("k").versionId("null"))
                        .objectLockMode())
                .isEqualTo(ObjectLockMode.COMPLIANCE);
    }

    private DeleteObjectResponse deleteVersion(String key, String versionId, Boolean bypass) {
        return client.deleteObject(
                b -> b.bucket("locked").key(key).versionId(versionId).bypassGovernanceRetention(bypass));
    }
}

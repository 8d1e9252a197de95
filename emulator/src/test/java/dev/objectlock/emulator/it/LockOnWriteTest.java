package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.legalHold;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * Locks given on write (PutObject, CopyObject, multipart) and how GET/HEAD report them ([B.1],
 * [B.5, B.6, B.10, R26, R35]).
 */
class LockOnWriteTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void lockBucket() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
    }

    // [B.1, B.10, 0.4]: PutObject's mode, date and legal hold are stored on the version and
    // reported by HEAD and GET (with and without versionId) as x-amz-object-lock-mode,
    // -retain-until-date in ISO-8601 UTC with milliseconds and Z, and -legal-hold; they also read
    // back through the retention and legal-hold APIs.
    @Test
    void putObjectLockIsReportedByHeadAndGet() {
        String v = client.putObject(
                        b -> b.bucket("locked")
                                .key("k")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(days(1))
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("body"))
                .versionId();

        for (String path : new String[] {"/locked/k", "/locked/k?versionId=" + v}) {
            for (String method : new String[] {"HEAD", "GET"}) {
                HttpResponse<String> r = s3.raw(method, path);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("x-amz-object-lock-mode")).contains("GOVERNANCE");
                assertThat(r.headers().firstValue("x-amz-object-lock-retain-until-date"))
                        .contains("2030-01-02T00:00:00.000Z");
                assertThat(r.headers().firstValue("x-amz-object-lock-legal-hold"))
                        .contains("ON");
            }
        }
        GetObjectResponse get =
                client.getObject(b -> b.bucket("locked").key("k").versionId(v)).response();
        assertThat(get.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(get.objectLockRetainUntilDate()).isEqualTo(days(1));
        assertThat(get.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(client.getObjectRetention(b -> b.bucket("locked").key("k"))
                        .retention()
                        .mode())
                .isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(client.getObjectLegalHold(b -> b.bucket("locked").key("k"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    // [B.10]: a version without lock carries none of the three headers; the mode and date stay
    // after the retention expired ([UNCERTAIN], the default [K14] states: the metadata stays).
    @Test
    void headersAppearOnlyForLockedVersionsAndSurviveExpiry() {
        put(client, "locked", "plain", "x");
        putWithRetention(client, "locked", "k", "x", ObjectLockMode.COMPLIANCE, days(1));

        HttpResponse<String> plain = s3.raw("HEAD", "/locked/plain");
        assertThat(plain.headers().map().keySet())
                .noneMatch(h -> h.toLowerCase().startsWith("x-amz-object-lock-"));

        s3.emulator().clock().advance(java.time.Duration.ofDays(2));
        HeadObjectResponse expired = client.headObject(b -> b.bucket("locked").key("k"));
        assertThat(expired.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(expired.objectLockRetainUntilDate()).isEqualTo(days(1));
        assertThat(expired.objectLockLegalHoldStatus()).isNull();
    }

    // [B.5]: a legal hold can be set on write on its own, without retention.
    @Test
    void legalHoldAloneOnWrite() {
        String v = LockSupport.putWithLegalHold(client, "locked", "k", "x");

        HeadObjectResponse head =
                client.headObject(b -> b.bucket("locked").key("k").versionId(v));
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(head.objectLockMode()).isNull();
        s3Error(
                () -> client.getObjectRetention(b -> b.bucket("locked").key("k")),
                404,
                "NoSuchObjectLockConfiguration");
    }

    // [B.6]: CopyObject's own lock headers lock the new version.
    @Test
    void copyObjectLockHeadersLockTheCopy() {
        put(client, "locked", "src", "source");

        String copy = client.copyObject(b -> b.sourceBucket("locked")
                        .sourceKey("src")
                        .destinationBucket("locked")
                        .destinationKey("dst")
                        .objectLockMode(ObjectLockMode.COMPLIANCE)
                        .objectLockRetainUntilDate(days(3))
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.OFF))
                .versionId();

        HeadObjectResponse head =
                client.headObject(b -> b.bucket("locked").key("dst").versionId(copy));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(days(3));
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        s3Error(
                () -> client.deleteObject(
                        b -> b.bucket("locked").key("dst").versionId(copy).bypassGovernanceRetention(true)),
                403,
                "AccessDenied");
    }

    // [R35, B.6]: CopyObject does not carry the source's retention or legal hold, into the
    // same lock bucket or another one [AWS-recorded ls-s3 test_s3_copy_object_retention_lock,
    // test_s3_copy_object_legal_hold].
    @Test
    void copyDoesNotCarryTheSourceLock() {
        String src = putWithRetention(client, "locked", "src", "source", ObjectLockMode.COMPLIANCE, days(5));
        legalHold(client, "locked", "src", src, ObjectLockLegalHoldStatus.ON);
        s3.createVersionedBucket("plain");

        String sameBucket = client.copyObject(b -> b.sourceBucket("locked")
                        .sourceKey("src")
                        .destinationBucket("locked")
                        .destinationKey("dst"))
                .versionId();
        client.copyObject(b -> b.sourceBucket("locked")
                .sourceKey("src")
                .destinationBucket("plain")
                .destinationKey("dst"));

        HeadObjectResponse copy = client.headObject(b -> b.bucket("locked").key("dst"));
        assertThat(copy.objectLockMode()).isNull();
        assertThat(copy.objectLockRetainUntilDate()).isNull();
        assertThat(copy.objectLockLegalHoldStatus()).isNull();
        s3Error(
                () -> client.getObjectRetention(b -> b.bucket("locked").key("dst")),
                404,
                "NoSuchObjectLockConfiguration");
        s3Error(
                () -> client.getObjectLegalHold(b -> b.bucket("locked").key("dst")),
                404,
                "NoSuchObjectLockConfiguration");
        assertThat(client.headObject(b -> b.bucket("plain").key("dst")).objectLockMode())
                .isNull();
        client.deleteObject(b -> b.bucket("locked").key("dst").versionId(sameBucket));
        assertThat(client.headObject(b -> b.bucket("locked").key("src")).objectLockLegalHoldStatus())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    // [B.6]: CreateMultipartUpload's lock headers are kept on the upload and applied to the
    // version CompleteMultipartUpload creates [s3-tests
    // test_object_lock_delete_multipart_object_with_retention / _legal_hold_on].
    @Test
    void multipartLockIsAppliedAtCompletion() {
        String upload = client.createMultipartUpload(b -> b.bucket("locked")
                        .key("k")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(days(2))
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON))
                .uploadId();
        String etag = client.uploadPart(
                        b -> b.bucket("locked").key("k").uploadId(upload).partNumber(1), RequestBody.fromString("part"))
                .eTag();
        String v = client.completeMultipartUpload(b -> b.bucket("locked")
                        .key("k")
                        .uploadId(upload)
                        .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))))
                .versionId();

        HeadObjectResponse head =
                client.headObject(b -> b.bucket("locked").key("k").versionId(v));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(days(2));
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        s3Error(
                () -> client.deleteObject(
                        b -> b.bucket("locked").key("k").versionId(v).bypassGovernanceRetention(true)),
                403,
                "AccessDenied");
        legalHold(client, "locked", "k", v, ObjectLockLegalHoldStatus.OFF);
        client.deleteObject(b -> b.bucket("locked").key("k").versionId(v).bypassGovernanceRetention(true));
        assertThat(client.listObjectVersions(b -> b.bucket("locked")).versions())
                .isEmpty();
    }

    // [B.5]: lock headers on a successful PutObject are not echoed in the response (the PutObject
    // output model has no lock members); raw check that only the usual headers come back.
    @Test
    void putObjectResponseCarriesNoLockHeaders() {
        byte[] body = "x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = s3.raw(
                "PUT",
                "/locked/k",
                Map.of("x-amz-object-lock-legal-hold", "ON", "Content-MD5", LockSupport.md5(body)),
                body);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-amz-version-id")).isPresent();
        assertThat(r.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("x-amz-object-lock-"));
    }
}

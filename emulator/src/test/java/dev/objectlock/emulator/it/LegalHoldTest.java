package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.MALFORMED_XML;
import static dev.objectlock.emulator.it.LockSupport.MISSING_LOCK_CONFIGURATION;
import static dev.objectlock.emulator.it.LockSupport.NO_LOCK_CONFIGURATION;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.legalHold;
import static dev.objectlock.emulator.it.LockSupport.md5;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Put/GetObjectLegalHold ([B.9, R23, R32, R33, R34, R36]). */
class LegalHoldTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private String v1;

    @BeforeEach
    void lockBucketWithOneVersion() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
        v1 = put(client, "locked", "k", "body");
    }

    // [R32, E15]: a legal hold never set is 404 NoSuchObjectLockConfiguration [AWS-recorded
    // ls-s3 "get-legal-hold-unset"]; HEAD then carries no x-amz-object-lock-legal-hold ([B.10]).
    @Test
    void legalHoldNeverSetIsNoSuchObjectLockConfiguration() {
        S3Exception e = s3Error(
                () -> client.getObjectLegalHold(b -> b.bucket("locked").key("k")),
                404,
                "NoSuchObjectLockConfiguration");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(NO_LOCK_CONFIGURATION);
        assertThat(header(client.headObject(b -> b.bucket("locked").key("k")), "x-amz-object-lock-legal-hold"))
                .isEmpty();
    }

    // [B.9, B.10, R33]: ON reads back ON; after OFF, GetObjectLegalHold says OFF (not the
    // 404) and HEAD/GET show x-amz-object-lock-legal-hold: OFF [AWS-recorded ls-s3
    // test_s3_legal_hold_lock_versioned; s3-tests test_object_lock_get_legal_hold].
    @Test
    void onThenOffReadsBackInBodyAndHeaders() {
        legalHold(client, "locked", "k", v1, ObjectLockLegalHoldStatus.ON);

        assertThat(status(v1)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(s3.raw("GET", "/locked/k?legal-hold&versionId=" + v1).body()).contains("<Status>ON</Status>");
        assertThat(client.headObject(b -> b.bucket("locked").key("k")).objectLockLegalHoldStatus())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);

        legalHold(client, "locked", "k", null, ObjectLockLegalHoldStatus.OFF);

        assertThat(status(v1)).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        HeadObjectResponse head =
                client.headObject(b -> b.bucket("locked").key("k").versionId(v1));
        assertThat(header(head, "x-amz-object-lock-legal-hold")).contains("OFF");
        assertThat(client.getObject(b -> b.bucket("locked").key("k")).response().objectLockLegalHoldStatus())
                .isEqualTo(ObjectLockLegalHoldStatus.OFF);
    }

    // [B.9]: a legal hold is allowed whatever the retention (even active COMPLIANCE), without
    // bypass, and lifting it leaves the retention as it was.
    @Test
    void legalHoldIsIndependentOfRetention() {
        LockSupport.putRetention(
                client,
                "locked",
                "k",
                v1,
                software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode.COMPLIANCE,
                days(5),
                false);

        legalHold(client, "locked", "k", v1, ObjectLockLegalHoldStatus.ON);
        legalHold(client, "locked", "k", v1, ObjectLockLegalHoldStatus.OFF);

        HeadObjectResponse head = client.headObject(b -> b.bucket("locked").key("k"));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(days(5));
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.OFF);
    }

    // [B.9]: Status must be exactly ON or OFF, else MalformedXML [s3-tests
    // test_object_lock_put_legal_hold_invalid_status; vgw]; nothing is stored.
    @Test
    void invalidStatusIsMalformedXml() {
        for (String bad : new String[] {"on", "Off", "ENABLED"}) {
            S3Exception e = s3Error(
                    () -> client.putObjectLegalHold(
                            b -> b.bucket("locked").key("k").legalHold(h -> h.status(bad))),
                    400,
                    "MalformedXML");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(MALFORMED_XML);
        }
        s3Error(() -> status(v1), 404, "NoSuchObjectLockConfiguration");
    }

    // [B.9]: a missing body or an empty <LegalHold/> is MalformedXML [AWS-recorded ls-s3
    // "put-object-retention-empty"]. Raw HTTP: the SDK always sends a document. Each with the
    // Content-MD5 the API requires ([B.1]), so only the body is wrong.
    @Test
    void missingBodyOrStatusIsMalformedXml() {
        HttpResponse<String> empty =
                s3.raw("PUT", "/locked/k?legal-hold", Map.of("Content-MD5", md5(new byte[0])), new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("<Code>MalformedXML</Code>");

        byte[] noStatus =
                "<LegalHold xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = s3.raw("PUT", "/locked/k?legal-hold", Map.of("Content-MD5", md5(noStatus)), noStatus);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<Code>MalformedXML</Code>");
        s3Error(() -> status(v1), 404, "NoSuchObjectLockConfiguration");
    }

    // [R23, B.9, E13]: on a bucket without Object Lock both calls are 400 InvalidRequest
    // "Bucket is missing Object Lock Configuration" [AWS-recorded ls-s3].
    @Test
    void bucketWithoutLockIsInvalidRequest() {
        s3.createBucket("plain");
        s3.put("plain", "k", "body");

        S3Exception put = s3Error(
                () -> client.putObjectLegalHold(
                        b -> b.bucket("plain").key("k").legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON))),
                400,
                "InvalidRequest");
        assertThat(put.awsErrorDetails().errorMessage()).isEqualTo(MISSING_LOCK_CONFIGURATION);
        S3Exception get =
                s3Error(() -> client.getObjectLegalHold(b -> b.bucket("plain").key("k")), 400, "InvalidRequest");
        assertThat(get.awsErrorDetails().errorMessage()).isEqualTo(MISSING_LOCK_CONFIGURATION);
    }

    // [R34, B.9]: on a delete-marker version both calls are 405 MethodNotAllowed (Method PUT
    // or GET, ResourceType DeleteMarker) [vgw Versioning_PutGetObjectLegalHold_delete_marker; ls-s3].
    @Test
    void deleteMarkerVersionIsMethodNotAllowed() {
        String marker = client.deleteObject(b -> b.bucket("locked").key("k")).versionId();

        S3Exception put = s3Error(
                () -> legalHold(client, "locked", "k", marker, ObjectLockLegalHoldStatus.ON), 405, "MethodNotAllowed");
        assertThat(errorElement(put, "Method")).contains("PUT");
        assertThat(errorElement(put, "ResourceType")).contains("DeleteMarker");
        S3Exception get = s3Error(() -> status(marker), 405, "MethodNotAllowed");
        assertThat(errorElement(get, "Method")).contains("GET");
    }

    // [B.9]: a missing key is NoSuchKey.
    @Test
    void missingKeyIsNoSuchKey() {
        s3Error(() -> legalHold(client, "locked", "nope", null, ObjectLockLegalHoldStatus.ON), 404, "NoSuchKey");
        s3Error(() -> client.getObjectLegalHold(b -> b.bucket("locked").key("nope")), 404, "NoSuchKey");
    }

    // [R36]: changing the legal hold creates no version and keeps Last-Modified [UG
    // object-lock-overview].
    @Test
    void legalHoldChangesCreateNoVersionAndKeepLastModified() {
        Instant lastModified = LockSupport.listedVersion(client, "locked", v1).lastModified();
        s3.emulator().clock().advance(Duration.ofMinutes(5));

        legalHold(client, "locked", "k", v1, ObjectLockLegalHoldStatus.ON);
        legalHold(client, "locked", "k", v1, ObjectLockLegalHoldStatus.OFF);

        var versions = client.listObjectVersions(b -> b.bucket("locked")).versions();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).lastModified()).isEqualTo(lastModified);
    }

    private ObjectLockLegalHoldStatus status(String versionId) {
        return client.getObjectLegalHold(b -> b.bucket("locked").key("k").versionId(versionId))
                .legalHold()
                .status();
    }
}

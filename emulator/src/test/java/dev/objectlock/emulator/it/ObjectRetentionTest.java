package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.MALFORMED_XML;
import static dev.objectlock.emulator.it.LockSupport.MISSING_LOCK_CONFIGURATION;
import static dev.objectlock.emulator.it.LockSupport.NO_LOCK_CONFIGURATION;
import static dev.objectlock.emulator.it.LockSupport.PROTECTED;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putRetention;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Put/GetObjectRetention: reading, the change rules by mode, validation ([B.8, R21, R23], [R29]–[R34], [R36]). */
class ObjectRetentionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final ObjectLockRetentionMode GOVERNANCE = ObjectLockRetentionMode.GOVERNANCE;
    private static final ObjectLockRetentionMode COMPLIANCE = ObjectLockRetentionMode.COMPLIANCE;

    private final S3Client client = s3.client();
    private String v1;

    @BeforeEach
    void lockBucketWithOneVersion() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
        v1 = put(client, "locked", "k", "body");
    }

    // [R32, E15]: a version whose retention was never set is 404 NoSuchObjectLockConfiguration,
    // message without a trailing period [AWS-recorded ls-s3 "get-object-retention-never-set"].
    @Test
    void retentionNeverSetIsNoSuchObjectLockConfiguration() {
        S3Exception e = s3Error(
                () -> client.getObjectRetention(b -> b.bucket("locked").key("k")),
                404,
                "NoSuchObjectLockConfiguration");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(NO_LOCK_CONFIGURATION);
    }

    // [B.1, B.2, 0.4]: retention set by versionId or on the current version reads back; the
    // body's RetainUntilDate is ISO-8601 UTC with milliseconds [AWS-recorded ls-list timestamp precision].
    @Test
    void retentionIsStoredAndReadBack() {
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(1), false);

        ObjectLockRetention byId = retention(v1);
        assertThat(byId.mode()).isEqualTo(GOVERNANCE);
        assertThat(byId.retainUntilDate()).isEqualTo(days(1));
        assertThat(client.getObjectRetention(b -> b.bucket("locked").key("k")).retention())
                .isEqualTo(byId);
        assertThat(s3.raw("GET", "/locked/k?retention&versionId=" + v1).body())
                .contains("<Mode>GOVERNANCE</Mode>", "<RetainUntilDate>2030-01-02T00:00:00.000Z</RetainUntilDate>");

        client.putObjectRetention(b ->
                b.bucket("locked").key("k").retention(r -> r.mode(GOVERNANCE).retainUntilDate(days(2))));
        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(2));
    }

    // [R29, B.8.5]: active GOVERNANCE may be extended without bypass [AWS-recorded ls-s3
    // test_object_lock_extend_duration]; shortening needs bypass, and a refused shortening leaves
    // the old retention [s3-tests ..._shorten_period(_bypass)].
    @Test
    void governanceExtendsFreelyAndShortensOnlyWithBypass() {
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(10), false);

        putRetention(client, "locked", "k", v1, GOVERNANCE, days(20), false);
        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(20));

        S3Exception e =
                s3Error(() -> putRetention(client, "locked", "k", v1, GOVERNANCE, days(5), false), 403, "AccessDenied");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(20));

        putRetention(client, "locked", "k", v1, GOVERNANCE, days(5), true);
        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(5));
    }

    // [R29]: clearing active GOVERNANCE with an empty <Retention/> needs bypass; afterwards
    // GetObjectRetention is 404 again [AWS-recorded ls-s3 "put-object-empty-retention"].
    @Test
    void governanceIsClearedOnlyWithBypass() {
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(10), false);

        S3Exception e = s3Error(() -> clear(false), 403, "AccessDenied");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
        assertThat(retention(v1).mode()).isEqualTo(GOVERNANCE);

        clear(true);
        s3Error(() -> retention(v1), 404, "NoSuchObjectLockConfiguration");
        assertThat(client.headObject(b -> b.bucket("locked").key("k").versionId(v1))
                        .objectLockMode())
                .isNull();
    }

    // [R29]: switching active GOVERNANCE to COMPLIANCE needs bypass [s3-tests
    // test_object_lock_changing_mode_from_governance_with(out)_bypass].
    @Test
    void governanceBecomesComplianceOnlyWithBypass() {
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(10), false);

        s3Error(() -> putRetention(client, "locked", "k", v1, COMPLIANCE, days(10), false), 403, "AccessDenied");
        assertThat(retention(v1).mode()).isEqualTo(GOVERNANCE);

        putRetention(client, "locked", "k", v1, COMPLIANCE, days(10), true);
        assertThat(retention(v1).mode()).isEqualTo(COMPLIANCE);
    }

    // [R30, B.8.4]: active COMPLIANCE may only be kept or extended in the same mode;
    // shortening, switching to GOVERNANCE (even later) and clearing are 403 even with bypass, and
    // change nothing [AWS-recorded ls-s3 test_s3_object_retention_compliance_mode; s3-tests
    // test_object_lock_changing_mode_from_compliance].
    @Test
    void complianceOnlyExtendsEvenWithBypass() {
        putRetention(client, "locked", "k", v1, COMPLIANCE, days(10), false);

        putRetention(client, "locked", "k", v1, COMPLIANCE, days(10), false);
        putRetention(client, "locked", "k", v1, COMPLIANCE, days(15), false);
        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(15));

        for (boolean bypass : new boolean[] {false, true}) {
            S3Exception shorten = s3Error(
                    () -> putRetention(client, "locked", "k", v1, COMPLIANCE, days(5), bypass), 403, "AccessDenied");
            assertThat(shorten.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
            s3Error(() -> putRetention(client, "locked", "k", v1, GOVERNANCE, days(30), bypass), 403, "AccessDenied");
            s3Error(() -> clear(bypass), 403, "AccessDenied");
        }
        ObjectLockRetention kept = retention(v1);
        assertThat(kept.mode()).isEqualTo(COMPLIANCE);
        assertThat(kept.retainUntilDate()).isEqualTo(days(15));
    }

    // [B.8.6, R31]: once retention has expired (emulator clock moved past it) anything
    // valid is allowed without bypass, even for COMPLIANCE. [B.8] [UNCERTAIN]: the expired
    // retention is still returned until then (the default [K14] states).
    @Test
    void expiredRetentionCanBeReplacedOrClearedWithoutBypass() {
        putRetention(client, "locked", "k", v1, COMPLIANCE, days(2), false);
        s3.emulator().clock().advance(Duration.ofDays(3));

        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(2));
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(4), false);
        assertThat(retention(v1).mode()).isEqualTo(GOVERNANCE);

        s3.emulator().clock().advance(Duration.ofDays(2));
        clear(false);
        s3Error(() -> retention(v1), 404, "NoSuchObjectLockConfiguration");
    }

    // [B.8.7]: a legal hold does not block retention changes; the two are independent [UG].
    @Test
    void legalHoldDoesNotBlockRetentionChanges() {
        LockSupport.legalHold(client, "locked", "k", v1, ObjectLockLegalHoldStatus.ON);

        putRetention(client, "locked", "k", v1, GOVERNANCE, days(3), false);
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(1), true);

        assertThat(retention(v1).retainUntilDate()).isEqualTo(days(1));
        assertThat(client.getObjectLegalHold(b -> b.bucket("locked").key("k"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    // [R21, B.8.3, E19]: a date not in the future is InvalidArgument "The retain until
    // date must be in the future!" with ArgumentName RetainUntilDate [AWS-recorded ls-s3
    // test_s3_object_retention_exc]. ArgumentValue's rendering is free for emulators ([B.8.3]).
    @Test
    void pastDateIsInvalidArgumentNamingRetainUntilDate() {
        Instant past = T0.minus(Duration.ofDays(1));

        S3Exception e =
                s3Error(() -> putRetention(client, "locked", "k", v1, GOVERNANCE, past, false), 400, "InvalidArgument");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The retain until date must be in the future!");
        assertThat(errorElement(e, "ArgumentName")).contains("RetainUntilDate");
        s3Error(() -> retention(v1), 404, "NoSuchObjectLockConfiguration");
    }

    // [B.8.3]: a mode not exactly GOVERNANCE/COMPLIANCE, or a mode without a date, is MalformedXML
    // [AWS-recorded ls-s3 "put-object-missing-retention-fields"; s3-tests].
    @Test
    void badBodiesAreMalformedXml() {
        S3Exception lower = s3Error(
                () -> client.putObjectRetention(b -> b.bucket("locked")
                        .key("k")
                        .retention(r -> r.mode("governance").retainUntilDate(days(1)))),
                400,
                "MalformedXML");
        assertThat(lower.awsErrorDetails().errorMessage()).isEqualTo(MALFORMED_XML);
        s3Error(
                () -> client.putObjectRetention(b -> b.bucket("locked").key("k").retention(r -> r.mode(GOVERNANCE))),
                400,
                "MalformedXML");
        s3Error(
                () -> client.putObjectRetention(
                        b -> b.bucket("locked").key("k").retention(r -> r.retainUntilDate(days(1)))),
                400,
                "MalformedXML");
        s3Error(() -> retention(v1), 404, "NoSuchObjectLockConfiguration");
    }

    // [R23, B.8.1, E13]: on a bucket without Object Lock both calls are 400 InvalidRequest
    // "Bucket is missing Object Lock Configuration" (with spaces) [AWS-recorded ls-s3].
    @Test
    void bucketWithoutLockIsInvalidRequest() {
        s3.createVersionedBucket("plain");
        s3.put("plain", "k", "body");

        S3Exception put = s3Error(
                () -> client.putObjectRetention(b -> b.bucket("plain")
                        .key("k")
                        .retention(r -> r.mode(GOVERNANCE).retainUntilDate(days(1)))),
                400,
                "InvalidRequest");
        assertThat(put.awsErrorDetails().errorMessage()).isEqualTo(MISSING_LOCK_CONFIGURATION);
        S3Exception get =
                s3Error(() -> client.getObjectRetention(b -> b.bucket("plain").key("k")), 400, "InvalidRequest");
        assertThat(get.awsErrorDetails().errorMessage()).isEqualTo(MISSING_LOCK_CONFIGURATION);
    }

    // [R34, B.8.2]: on a delete-marker version both calls are 405 MethodNotAllowed naming
    // the method and ResourceType DeleteMarker [AWS-recorded ls-s3 test_object_lock_delete_markers].
    @Test
    void deleteMarkerVersionIsMethodNotAllowed() {
        String marker = client.deleteObject(b -> b.bucket("locked").key("k")).versionId();

        S3Exception put = s3Error(
                () -> putRetention(client, "locked", "k", marker, GOVERNANCE, days(1), false), 405, "MethodNotAllowed");
        assertThat(errorElement(put, "Method")).contains("PUT");
        assertThat(errorElement(put, "ResourceType")).contains("DeleteMarker");
        S3Exception get = s3Error(() -> retention(marker), 405, "MethodNotAllowed");
        assertThat(errorElement(get, "Method")).contains("GET");
        assertThat(errorElement(get, "ResourceType")).contains("DeleteMarker");
    }

    // [B.8.2]: a missing key is NoSuchKey, a missing (well-formed) version NoSuchVersion.
    @Test
    void missingKeyOrVersion() {
        s3Error(
                () -> client.putObjectRetention(b -> b.bucket("locked")
                        .key("nope")
                        .retention(r -> r.mode(GOVERNANCE).retainUntilDate(days(1)))),
                404,
                "NoSuchKey");
        s3Error(() -> client.getObjectRetention(b -> b.bucket("locked").key("nope")), 404, "NoSuchKey");
        String other = put(client, "locked", "other", "x");
        s3Error(() -> retention(other), 404, "NoSuchVersion");
    }

    // [R36, B.8]: changing retention creates no version and keeps Last-Modified [UG
    // object-lock-overview].
    @Test
    void retentionChangesCreateNoVersionAndKeepLastModified() {
        Instant lastModified = LockSupport.listedVersion(client, "locked", v1).lastModified();
        s3.emulator().clock().advance(Duration.ofMinutes(5));

        putRetention(client, "locked", "k", v1, GOVERNANCE, days(3), false);
        putRetention(client, "locked", "k", v1, GOVERNANCE, days(4), false);

        var versions = client.listObjectVersions(b -> b.bucket("locked")).versions();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).versionId()).isEqualTo(v1);
        assertThat(versions.get(0).lastModified()).isEqualTo(lastModified);
        assertThat(client.headObject(b -> b.bucket("locked").key("k")).lastModified())
                .isEqualTo(lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private ObjectLockRetention retention(String versionId) {
        return client.getObjectRetention(b -> b.bucket("locked").key("k").versionId(versionId))
                .retention();
    }

    /** PutObjectRetention with an empty {@code <Retention/>}: remove the retention. */
    private void clear(boolean bypass) {
        client.putObjectRetention(b -> b.bucket("locked")
                .key("k")
                .versionId(v1)
                .retention(ObjectLockRetention.builder().build())
                .bypassGovernanceRetention(bypass ? Boolean.TRUE : null));
    }
}

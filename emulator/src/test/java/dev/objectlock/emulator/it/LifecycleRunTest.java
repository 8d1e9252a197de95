package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.legalHold;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.LockSupport.versionExists;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.lifecycle.LifecycleReport;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/** What a lifecycle run does, under the moved clock, and that Object Lock wins ([R91]-[R95]). */
class LifecycleRunTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void startAtT0() {
        s3.emulator().clock().set(T0.plus(Duration.ofHours(10)));
    }

    private void rules(String bucket, LifecycleRule... rules) {
        client.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(rules)));
    }

    private static LifecycleRule.Builder rule() {
        return LifecycleRule.builder().id("r").status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""));
    }

    private List<ObjectVersion> versions(String bucket) {
        return client.listObjectVersions(b -> b.bucket(bucket)).versions();
    }

    private void advanceDays(long days) {
        s3.emulator().clock().advance(Duration.of(days, ChronoUnit.DAYS));
    }

    // [R91]: created at 10:00 on day 0 with Days 1: due at midnight starting day 2, not before
    @Test
    void unversionedCurrentObjectIsRemovedAtTheRoundedDueTime() {
        s3.createBucket("plain");
        s3.put("plain", "k", "body");
        rules("plain", rule().expiration(x -> x.days(1)).build());

        s3.emulator().clock().set(T0.plus(Duration.ofDays(2)).minusSeconds(60));
        assertThat(client.listObjectsV2(b -> b.bucket("plain")).contents()).hasSize(1);

        s3.emulator().clock().set(T0.plus(Duration.ofDays(2)));
        assertThat(client.listObjectsV2(b -> b.bucket("plain")).contents()).isEmpty();
    }

    // [R91]: a versioned bucket gets a delete marker, the data stays as a noncurrent version
    @Test
    void versionedCurrentVersionGetsADeleteMarker() {
        s3.createVersionedBucket("vbk");
        String v1 = put(client, "vbk", "k", "body");
        rules("vbk", rule().expiration(x -> x.days(1)).build());

        advanceDays(2);

        var listing = client.listObjectVersions(b -> b.bucket("vbk"));
        assertThat(listing.deleteMarkers()).hasSize(1);
        assertThat(listing.deleteMarkers().get(0).isLatest()).isTrue();
        assertThat(versionExists(client, "vbk", v1)).isTrue();
        assertThat(s3.emulator().runLifecycle()).isEqualTo(LifecycleReport.NONE);
    }

    // [R92]: NewerNoncurrentVersions keeps the newest noncurrent ones; days count from the successor
    @Test
    void noncurrentVersionsExpireKeepingTheNewerOnes() {
        s3.createVersionedBucket("vbk");
        String v1 = put(client, "vbk", "k", "1");
        String v2 = put(client, "vbk", "k", "2");
        String v3 = put(client, "vbk", "k", "3");
        put(client, "vbk", "k", "4");
        rules(
                "vbk",
                rule().noncurrentVersionExpiration(n -> n.noncurrentDays(5).newerNoncurrentVersions(1))
                        .build());

        advanceDays(5);
        assertThat(versions("vbk")).hasSize(4);

        advanceDays(1);
        assertThat(versions("vbk"))
                .extracting(ObjectVersion::versionId)
                .doesNotContain(v1, v2)
                .contains(v3);
    }

    // [R93]: once the noncurrent versions are gone, the lone delete marker goes too
    @Test
    void expiredObjectDeleteMarkerIsRemoved() {
        s3.createVersionedBucket("vbk");
        put(client, "vbk", "k", "1");
        client.deleteObject(b -> b.bucket("vbk").key("k"));
        rules(
                "vbk",
                rule().noncurrentVersionExpiration(n -> n.noncurrentDays(1))
                        .expiration(x -> x.expiredObjectDeleteMarker(true))
                        .build());

        advanceDays(2);
        LifecycleReport second = s3.emulator().runLifecycle();

        assertThat(second.deleteMarkersRemoved()).isEqualTo(1);
        assertThat(client.listObjectVersions(b -> b.bucket("vbk")).deleteMarkers())
                .isEmpty();
        assertThat(versions("vbk")).isEmpty();
    }

    // [R95]: the admin endpoint answers the counters
    @Test
    void adminRunAnswersCounters() {
        var r = s3.raw("POST", "/_emulator/lifecycle/run");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .isEqualTo("{\"deleteMarkersAdded\":0,\"versionsExpired\":0,\"deleteMarkersRemoved\":0,"
                        + "\"uploadsAborted\":0,\"skippedLocked\":0}");
    }

    // [R93]
    @Test
    void incompleteUploadsAreAborted() {
        s3.createBucket("upb");
        String id =
                client.createMultipartUpload(b -> b.bucket("upb").key("big")).uploadId();
        client.uploadPart(b -> b.bucket("upb").key("big").uploadId(id).partNumber(1), RequestBody.fromString("p"));
        rules(
                "upb",
                rule().abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(2))
                        .build());

        advanceDays(2);
        assertThat(client.listMultipartUploads(b -> b.bucket("upb")).uploads()).hasSize(1);
        advanceDays(1);
        assertThat(client.listMultipartUploads(b -> b.bucket("upb")).uploads()).isEmpty();
    }

    // [R92]: filters by tag and size leave other objects alone
    @Test
    void filtersChooseTheObjects() {
        s3.createBucket("fbk");
        client.putObject(b -> b.bucket("fbk").key("a/tagged").tagging("t=x"), RequestBody.fromString("0123456789"));
        client.putObject(b -> b.bucket("fbk").key("a/untagged"), RequestBody.fromString("0123456789"));
        client.putObject(b -> b.bucket("fbk").key("a/small").tagging("t=x"), RequestBody.fromString("1"));
        rules(
                "fbk",
                LifecycleRule.builder()
                        .id("r")
                        .status(ExpirationStatus.ENABLED)
                        .filter(f -> f.and(a ->
                                a.prefix("a/").tags(t -> t.key("t").value("x")).objectSizeGreaterThan(5L)))
                        .expiration(x -> x.days(1))
                        .build());

        advanceDays(3);

        assertThat(client.listObjectsV2(b -> b.bucket("fbk")).contents())
                .extracting(o -> o.key())
                .containsExactly("a/small", "a/untagged");
    }

    // [R94]: the key scenario: a COMPLIANCE-locked noncurrent version survives every run until its
    // retention ends, and the first run after that expires it
    @Test
    void complianceLockedNoncurrentVersionSurvivesUntilRetentionEnds() {
        createLockBucket(client, "records");
        var until = T0.plus(Duration.ofDays(365 * 7));
        String record = putWithRetention(client, "records", "r", "record", ObjectLockMode.COMPLIANCE, until);
        put(client, "records", "r", "newer");
        rules(
                "records",
                rule().noncurrentVersionExpiration(n -> n.noncurrentDays(30)).build());

        advanceDays(31);
        assertThat(versionExists(client, "records", record)).isTrue();
        assertThat(s3.emulator().runLifecycle().skippedLocked()).isEqualTo(1);

        s3.emulator().clock().set(until.minusSeconds(1));
        assertThat(versionExists(client, "records", record)).isTrue();

        s3.emulator().clock().set(until.plusSeconds(1));
        assertThat(versionExists(client, "records", record)).isFalse();
    }

    // [R94]: a legal hold protects the same way, and its release lets the next run expire the version
    @Test
    void legalHoldProtectsUntilReleased() {
        createLockBucket(client, "held");
        String held = put(client, "held", "k", "held");
        legalHold(client, "held", "k", held, ObjectLockLegalHoldStatus.ON);
        put(client, "held", "k", "newer");
        rules(
                "held",
                rule().noncurrentVersionExpiration(n -> n.noncurrentDays(1)).build());

        advanceDays(10);
        assertThat(versionExists(client, "held", held)).isTrue();

        legalHold(client, "held", "k", held, ObjectLockLegalHoldStatus.OFF);
        LifecycleReport report = s3.emulator().runLifecycle();

        assertThat(report.versionsExpired()).isEqualTo(1);
        assertThat(versionExists(client, "held", held)).isFalse();
    }

    // [R91]: a locked current version still gets a delete marker: the marker removes no data
    @Test
    void lockedCurrentVersionStillGetsADeleteMarker() {
        createLockBucket(client, "locked");
        String v =
                putWithRetention(client, "locked", "k", "x", ObjectLockMode.COMPLIANCE, T0.plus(Duration.ofDays(3650)));
        rules("locked", rule().expiration(x -> x.days(1)).build());

        advanceDays(2);

        assertThat(client.listObjectVersions(b -> b.bucket("locked")).deleteMarkers())
                .hasSize(1);
        assertThat(versionExists(client, "locked", v)).isTrue();
    }
}

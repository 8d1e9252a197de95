package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.listedVersion;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DefaultRetention;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The bucket's default retention: retain-until = creation time + period, from the emulator clock,
 * fixed when the version is written ([B.6, R18, R19, R25]).
 */
class DefaultRetentionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    @BeforeEach
    void lockBucket() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
    }

    // [R18, B.6]: a Days rule gives RetainUntilDate = the version's creation time (its
    // Last-Modified, to the millisecond, from the emulator clock) + the period exactly, not rounded
    // [AWS-recorded ls-s3 test_bucket_config_default_retention]; HEAD and GetObjectRetention agree.
    @Test
    void daysRuleGivesCreationTimePlusDays() {
        rule(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(3));

        String v = put(client, "locked", "k", "x");

        Instant created = listedVersion(client, "locked", v).lastModified();
        assertThat(created).isBetween(T0, T0.plus(Duration.ofMinutes(1)));
        ObjectLockRetention retention = retention(v);
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention.retainUntilDate()).isEqualTo(created.plus(Duration.ofDays(3)));
        HeadObjectResponse head =
                client.headObject(b -> b.bucket("locked").key("k").versionId(v));
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(created.plus(Duration.ofDays(3)));
        assertThat(head.objectLockLegalHoldStatus()).isNull();
    }

    // [B.6] [UNCERTAIN: calendar years vs 365 days]: the default [K14] states is calendar years
    // in UTC. From 2028-01-15 (leap year ahead) one year is 2029-01-15, not 365 days later; from
    // 29 February it is 28 February.
    @Test
    void yearsRuleUsesCalendarYears() {
        rule(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).years(1));

        for (String start : new String[] {"2028-01-15T08:30:00Z", "2028-02-29T12:00:00Z"}) {
            s3.emulator().clock().set(Instant.parse(start));
            String v = put(client, "locked", "k", "x");
            Instant created = listedVersion(client, "locked", v).lastModified();
            assertThat(retention(v).retainUntilDate())
                    .as(start)
                    .isEqualTo(created.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        }
        assertThat(retentionOfCurrent().retainUntilDate().atZone(ZoneOffset.UTC).toLocalDate())
                .hasToString("2029-02-28");
    }

    // [R19]: explicit headers override the default for that version; a legal hold alone on
    // the request still gets the default retention [UG; s3-tests
    // test_object_lock_put_obj_retention_override_default_retention].
    @Test
    void explicitHeadersOverrideTheDefault() {
        rule(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(10));

        String explicit = LockSupport.putWithRetention(client, "locked", "k", "x", ObjectLockMode.GOVERNANCE, days(2));
        String holdOnly = LockSupport.putWithLegalHold(client, "locked", "k", "y");

        assertThat(retention(explicit).mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention(explicit).retainUntilDate()).isEqualTo(days(2));
        Instant created = listedVersion(client, "locked", holdOnly).lastModified();
        assertThat(retention(holdOnly).mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        assertThat(retention(holdOnly).retainUntilDate()).isEqualTo(created.plus(Duration.ofDays(10)));
        assertThat(client.headObject(b -> b.bucket("locked").key("k").versionId(holdOnly))
                        .objectLockLegalHoldStatus())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    // [R18, B.6]: the default is never retroactive: versions written before a rule stay
    // unlocked, changing the rule leaves existing retain-until dates, clearing it unlocks only new
    // versions [UG].
    @Test
    void defaultAppliesOnlyToNewVersions() {
        String before = put(client, "locked", "k", "before");
        rule(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1));
        String first = put(client, "locked", "k", "first");
        Instant firstUntil = retention(first).retainUntilDate();

        rule(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(30));
        client.putObjectLockConfiguration(
                b -> b.bucket("locked").objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)));
        String after = put(client, "locked", "k", "after");

        s3Error(() -> retention(before), 404, "NoSuchObjectLockConfiguration");
        assertThat(retention(first).mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention(first).retainUntilDate()).isEqualTo(firstUntil);
        s3Error(() -> retention(after), 404, "NoSuchObjectLockConfiguration");
    }

    // [B.6]: CopyObject gets the destination bucket's default (not the source's lock), computed
    // at the copy's creation time.
    @Test
    void copiesGetTheDestinationDefault() {
        String src = LockSupport.putWithRetention(client, "locked", "src", "x", ObjectLockMode.COMPLIANCE, days(50));
        rule(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(2));
        s3.emulator().clock().advance(Duration.ofHours(5));

        String copy = client.copyObject(b -> b.sourceBucket("locked")
                        .sourceKey("src")
                        .sourceVersionId(src)
                        .destinationBucket("locked")
                        .destinationKey("dst"))
                .versionId();

        Instant created = listedVersion(client, "locked", copy).lastModified();
        assertThat(created).isAfterOrEqualTo(T0.plus(Duration.ofHours(5)));
        ObjectLockRetention copied = client.getObjectRetention(
                        b -> b.bucket("locked").key("dst").versionId(copy))
                .retention();
        assertThat(copied.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(copied.retainUntilDate()).isEqualTo(created.plus(Duration.ofDays(2)));
    }

    // [B.6] [UNCERTAIN: default computed at completion]: the default [K14] states is that a
    // multipart object's default retention counts from CompleteMultipartUpload, the version's
    // creation, not from CreateMultipartUpload.
    @Test
    void multipartObjectsGetTheDefaultAtCompletion() {
        rule(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1));
        String upload =
                client.createMultipartUpload(b -> b.bucket("locked").key("k")).uploadId();
        String etag = client.uploadPart(
                        b -> b.bucket("locked").key("k").uploadId(upload).partNumber(1), RequestBody.fromString("part"))
                .eTag();
        s3.emulator().clock().advance(Duration.ofHours(6));

        String v = client.completeMultipartUpload(b -> b.bucket("locked")
                        .key("k")
                        .uploadId(upload)
                        .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))))
                .versionId();

        Instant created = listedVersion(client, "locked", v).lastModified();
        assertThat(created).isAfterOrEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(retention(v).retainUntilDate()).isEqualTo(created.plus(Duration.ofDays(1)));
    }

    // [R25, B.6]: delete markers never get retention, even under a default rule, and may
    // always be removed; the versions under them stay protected [UG object-lock-managing; vgw
    // Versioning_WORM_remove_delete_marker_under_bucket_default_retention].
    @Test
    void deleteMarkersAreNeverLockedByTheDefault() {
        rule(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(1));
        String v = put(client, "locked", "k", "x");

        String marker = client.deleteObject(b -> b.bucket("locked").key("k")).versionId();
        var removed = client.deleteObject(b -> b.bucket("locked").key("k").versionId(marker));

        assertThat(removed.deleteMarker()).isTrue();
        assertThat(client.listObjectVersions(b -> b.bucket("locked")).deleteMarkers())
                .isEmpty();
        s3Error(() -> client.deleteObject(b -> b.bucket("locked").key("k").versionId(v)), 403, "AccessDenied");
    }

    // [R31] with the default: the default-locked version can be removed once the clock has
    // passed creation + period, and not a moment before.
    @Test
    void defaultLockExpiresWithTheClock() {
        rule(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(1));
        String v = put(client, "locked", "k", "x");
        Instant until = retention(v).retainUntilDate();

        s3.emulator().clock().set(until.minusSeconds(30));
        s3Error(() -> client.deleteObject(b -> b.bucket("locked").key("k").versionId(v)), 403, "AccessDenied");
        s3.emulator().clock().set(until.plusMillis(1));
        client.deleteObject(b -> b.bucket("locked").key("k").versionId(v));

        assertThat(client.listObjectVersions(b -> b.bucket("locked")).versions())
                .isEmpty();
    }

    private void rule(Consumer<DefaultRetention.Builder> rule) {
        client.putObjectLockConfiguration(b -> b.bucket("locked")
                .objectLockConfiguration(
                        c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED).rule(r -> r.defaultRetention(rule))));
    }

    private ObjectLockRetention retention(String versionId) {
        return client.getObjectRetention(b -> b.bucket("locked").key("k").versionId(versionId))
                .retention();
    }

    private ObjectLockRetention retentionOfCurrent() {
        return client.getObjectRetention(b -> b.bucket("locked").key("k")).retention();
    }
}

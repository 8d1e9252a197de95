package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorClock;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The bucket's default retention rule: applied to each new version from its creation time,
 * never retroactively, overridden by explicit headers, never on delete markers ([B.6],
 * [R17, R18, R19, R25]).
 */
class DefaultRetentionConformanceTest extends ObjectLockScenario {

    /** The window the recorded source allows around creation time + period (ls-s3: within 2 minutes). */
    private static final Duration RECORDED_TOLERANCE = Duration.ofMinutes(2);

    private void assertRetainedFromCreation(
            ObjectLockRetention retention, Instant before, Instant after, Duration period) {
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention.retainUntilDate())
                .isBetween(
                        before.plus(period).minus(RECORDED_TOLERANCE),
                        after.plus(period).plus(RECORDED_TOLERANCE));
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R18"},
            value = "ls-s3 test_bucket_config_default_retention [AWS-recorded, "
                    + "within 2 minutes of LastModified + 1 day]")
    void newVersionIsRetainedForThePeriodFromItsCreation() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);

        String version = steps.putVersion(bucket, "key", "body");

        Instant created = head(bucket, "key", version).lastModified();
        assertRetainedFromCreation(retention(bucket, "key", version), created, created, Duration.ofDays(1));
    }

    @Test
    @EmulatorOnly(reason = "sets the clock to a known instant to see the exact retain-until date")
    @AwsSource(
            rules = {"B.6", "R18"},
            value = "[B.6] \"exactly, not rounded to midnight\" "
                    + "[AWS-recorded ls-s3 test_bucket_config_default_retention; UG object-lock-overview]")
    void defaultRetainUntilIsCreationTimePlusPeriodNotMidnight(EmulatorClock clock) {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        Instant start = clock.set(Instant.parse("2031-03-14T15:09:26Z"));

        String version = steps.putVersion(bucket, "key", "body");

        Instant end = clock.now();
        assertThat(retention(bucket, "key", version).retainUntilDate())
                .isBetween(start.plus(Duration.ofDays(1)), end.plus(Duration.ofDays(1)));
    }

    @Test
    @AwsSource(
            rules = {"B.6"},
            value = "ls-s3 test_bucket_config_default_retention [AWS-recorded]; "
                    + "UG (calendar vs 365-day years UNCERTAIN, so either is accepted)")
    void defaultInYearsRetainsForAboutAYear() {
        String bucket = buckets.createWithObjectLock();
        s3.putObjectLockConfiguration(b -> b.bucket(bucket)
                .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                        .rule(r -> r.defaultRetention(
                                d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).years(1)))));

        String version = steps.putVersion(bucket, "key", "body");

        Instant created = head(bucket, "key", version).lastModified();
        assertThat(retention(bucket, "key", version).retainUntilDate())
                .isBetween(
                        created.plus(Duration.ofDays(365)).minus(RECORDED_TOLERANCE),
                        created.plus(Duration.ofDays(366)).plus(RECORDED_TOLERANCE));
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R18"},
            value = "UG object-lock-overview (default applies to new versions only)")
    void versionsWrittenBeforeTheRuleGetNoRetention() {
        String bucket = buckets.createWithObjectLock();
        String before = steps.putVersion(bucket, "key", "before");

        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);

        assertS3Error(() -> retention(bucket, "key", before)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
        assertThat(s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(before))
                        .versionId())
                .isEqualTo(before);
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R18"},
            value = "UG object-lock-overview (changing the default never alters " + "existing versions)")
    void changingTheDefaultLeavesExistingVersionsAlone() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        String version = steps.putVersion(bucket, "key", "body");
        Instant until = retention(bucket, "key", version).retainUntilDate();

        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 5);

        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R17", "R18"},
            value = "ls-api \"get-lock-config-only-enabled\" [AWS-recorded]; " + "UG object-lock-overview")
    void removingTheDefaultLeavesExistingVersionsAloneAndStopsApplyingIt() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        String locked = steps.putVersion(bucket, "key", "locked");
        Instant until = retention(bucket, "key", locked).retainUntilDate();

        s3.putObjectLockConfiguration(
                b -> b.bucket(bucket).objectLockConfiguration(c -> c.objectLockEnabled("Enabled")));
        String later = steps.putVersion(bucket, "key", "later");

        assertThat(retention(bucket, "key", locked).retainUntilDate()).isEqualTo(until);
        assertS3Error(() -> retention(bucket, "key", later)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R19"},
            value = "s3-tests test_object_lock_put_obj_retention_override_default_retention; " + "UG")
    void explicitRetentionHeadersOverrideTheDefault() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        Instant until = complianceUntil();

        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, until);

        assertThat(retention(bucket, "key", version).mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.6", "B.7"},
            value = "ls-s3 test_bucket_config_default_retention [AWS-recorded]; [B.7]")
    void versionUnderDefaultRetentionIsProtected() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(version)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.6", "R25"},
            value = "vgw Versioning_WORM_remove_delete_marker_under_bucket_default_retention; "
                    + "UG object-lock-managing")
    void deleteMarkerUnderDefaultRetentionIsNeverLocked() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        String version = steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        DeleteObjectResponse removed =
                s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(marker));

        assertThat(S3Steps.status(removed)).isEqualTo(204);
        assertThat(removed.deleteMarker()).isTrue();
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.6"},
            value = "s3-tests test_object_lock_delete_multipart_object_with_retention; "
                    + "[B.6] (completion time UNCERTAIN, so the window spans the whole upload)")
    void multipartUploadCompletedUnderTheDefaultIsRetained() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        Instant before = now();

        String version = multipartUpload(bucket, "key", b -> {});

        assertRetainedFromCreation(retention(bucket, "key", version), before, now(), Duration.ofDays(1));
    }

    @Test
    @EmulatorOnly(reason = "leaves a day-long COMPLIANCE version that only a moved clock can remove")
    @AwsSource(
            rules = {"B.6", "B.7", "R27"},
            value = "[B.6, B.7]: default COMPLIANCE retention is COMPLIANCE "
                    + "[AWS-recorded ls-s3 \"delete-locked-2\"]")
    void defaultComplianceRetentionRefusesDeleteEvenWithBypass() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.COMPLIANCE, 1);
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.deleteObject(
                        b -> b.bucket(bucket).key("key").versionId(version).bypassGovernanceRetention(true)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertThat(retention(bucket, "key", version).mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
    }
}

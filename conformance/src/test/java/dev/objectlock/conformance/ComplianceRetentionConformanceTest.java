package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorClock;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * PutObjectRetention on a version under active COMPLIANCE retention: only a same-mode extension
 * (or the same date) is accepted; shortening, switching to GOVERNANCE and clearing are refused
 * even with the bypass, until the date passes ([B.8.4, B.8.6, R30]). The retention
 * lies seconds ahead so cleanup on AWS can wait it out (see conformance/README.md).
 */
class ComplianceRetentionConformanceTest extends ObjectLockScenario {

    private void assertRetentionIs(String bucket, String version, ObjectLockRetentionMode mode, Instant until) {
        ObjectLockRetention retention = retention(bucket, "key", version);
        assertThat(retention.mode()).isEqualTo(mode);
        assertThat(retention.retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R30"},
            value = "ls-s3 test_s3_object_retention_compliance_mode [AWS-recorded]; "
                    + "vgw PutObjectRetention_overwrite_compliance_with_compliance")
    void extendingComplianceRetentionIsAllowed() {
        String bucket = buckets.createWithObjectLock();
        Instant until = complianceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, until);

        putRetention(bucket, "key", version, ObjectLockRetentionMode.COMPLIANCE, until.plusSeconds(5), false);

        assertRetentionIs(bucket, version, ObjectLockRetentionMode.COMPLIANCE, until.plusSeconds(5));
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R30"},
            value = "[B.8.4] \"later or equal date is allowed\" "
                    + "[AWS-recorded ls-s3 test_s3_object_retention_compliance_mode]")
    void repeatingTheSameComplianceDateIsAllowed() {
        String bucket = buckets.createWithObjectLock();
        Instant until = complianceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, until);

        putRetention(bucket, "key", version, ObjectLockRetentionMode.COMPLIANCE, until, false);

        assertRetentionIs(bucket, version, ObjectLockRetentionMode.COMPLIANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R30"},
            value = "ls-s3 test_s3_object_retention_compliance_mode [AWS-recorded]")
    void shorteningComplianceRetentionIsAccessDeniedEvenWithBypass() {
        String bucket = buckets.createWithObjectLock();
        Instant until = complianceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, until);

        assertS3Error(() -> putRetention(
                        bucket, "key", version, ObjectLockRetentionMode.COMPLIANCE, until.minusSeconds(5), true))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.COMPLIANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R30"},
            value = "s3-tests test_object_lock_changing_mode_from_compliance; "
                    + "ls-s3 test_s3_object_retention_compliance_mode [AWS-recorded]")
    void switchingComplianceToGovernanceIsAccessDeniedEvenWithBypassAndLaterDate() {
        String bucket = buckets.createWithObjectLock();
        Instant until = complianceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, until);

        assertS3Error(() -> putRetention(
                        bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until.plusSeconds(300), true))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.COMPLIANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R30"},
            value = "ls-s3 test_s3_object_retention_compliance_mode [AWS-recorded]")
    void clearingComplianceRetentionIsAccessDeniedEvenWithBypass() {
        String bucket = buckets.createWithObjectLock();
        Instant until = complianceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, until);

        assertS3Error(() -> clearRetention(bucket, "key", version, true))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.COMPLIANCE, until);
    }

    @Test
    @EmulatorOnly(reason = "moves the clock a day past a COMPLIANCE retention")
    @AwsSource(
            rules = {"B.8"},
            value = "[B.8.6]: an expired retention no longer limits changes "
                    + "[AWS-recorded ls-s3 \"delete-obj-after-lock-expiration\"]")
    void expiredComplianceRetentionCanBeReplacedByGovernance(EmulatorClock clock) {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, now().plus(Duration.ofDays(1)));
        clock.advance(Duration.ofDays(2));
        Instant until = governanceUntil();

        putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until, false);

        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until);
    }
}

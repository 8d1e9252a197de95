package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRetentionResponse;

/**
 * PutObjectRetention on a version under active GOVERNANCE retention: extending is free;
 * shortening, switching to COMPLIANCE or clearing needs {@code x-amz-bypass-governance-retention:
 * true}, and {@code false} is no bypass ([B.8.5, R27, R29]).
 */
class GovernanceBypassConformanceTest extends ObjectLockScenario {

    private void assertRetentionIs(String bucket, String version, ObjectLockRetentionMode mode, Instant until) {
        ObjectLockRetention retention = retention(bucket, "key", version);
        assertThat(retention.mode()).isEqualTo(mode);
        assertThat(retention.retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R29"},
            value = "ls-s3 test_object_lock_extend_duration [AWS-recorded]; "
                    + "s3-tests test_object_lock_put_obj_retention_increase_period")
    void extendingGovernanceRetentionNeedsNoBypass() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        PutObjectRetentionResponse extended =
                putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until.plusSeconds(300), false);

        assertThat(S3Steps.status(extended)).isEqualTo(200);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until.plusSeconds(300));
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R29"},
            value = "ls-s3 test_s3_object_retention \"update-retention-locked-object\" "
                    + "[AWS-recorded]; s3-tests test_object_lock_put_obj_retention_shorten_period")
    void shorteningGovernanceRetentionWithoutBypassIsAccessDenied() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        assertS3Error(() -> putRetention(
                        bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until.minusSeconds(300), false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R29"},
            value = "s3-tests test_object_lock_put_obj_retention_shorten_period_bypass")
    void shorteningGovernanceRetentionWithBypassIsAllowed() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until.minusSeconds(300), true);

        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until.minusSeconds(300));
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R27"},
            value = "[R27]: only an explicit `true` bypasses " + "[AWS-recorded ls-s3; UG object-lock-managing]")
    void bypassHeaderFalseDoesNotAllowShortening() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        assertS3Error(() -> s3.putObjectRetention(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(version)
                        .bypassGovernanceRetention(false)
                        .retention(r ->
                                r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(until.minusSeconds(300)))))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R29"},
            value = "s3-tests test_object_lock_changing_mode_from_governance_without_bypass")
    void switchingGovernanceToComplianceWithoutBypassIsAccessDenied() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        assertS3Error(() -> putRetention(
                        bucket, "key", version, ObjectLockRetentionMode.COMPLIANCE, until.plusSeconds(300), false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R29"},
            value = "s3-tests test_object_lock_changing_mode_from_governance_with_bypass")
    void switchingGovernanceToComplianceWithBypassIsAllowed() {
        String bucket = buckets.createWithObjectLock();
        Instant compliance = complianceUntil();
        Instant governance = compliance.minusSeconds(10);
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governance);

        putRetention(bucket, "key", version, ObjectLockRetentionMode.COMPLIANCE, compliance, true);

        assertRetentionIs(bucket, version, ObjectLockRetentionMode.COMPLIANCE, compliance);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R29"},
            value = "ls-s3 test_s3_object_retention \"put-object-empty-retention\" " + "[AWS-recorded]")
    void clearingGovernanceRetentionWithoutBypassIsAccessDenied() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        assertS3Error(() -> clearRetention(bucket, "key", version, false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertRetentionIs(bucket, version, ObjectLockRetentionMode.GOVERNANCE, until);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "B.10", "R29", "R32"},
            value =
                    "ls-s3 test_s3_object_retention "
                            + "\"put-object-empty-retention\" [AWS-recorded]; [B.8] GetObjectRetention \"never set (or removed)\"")
    void clearingGovernanceRetentionWithBypassRemovesIt() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        PutObjectRetentionResponse cleared = clearRetention(bucket, "key", version, true);

        assertThat(S3Steps.status(cleared)).isEqualTo(200);
        assertS3Error(() -> retention(bucket, "key", version))
                .hasStatus(404)
                .hasCode("NoSuchObjectLockConfiguration")
                .hasMessage(NO_OBJECT_LOCK_CONFIGURATION);
        assertThat(head(bucket, "key", version).objectLockMode()).isNull();
        assertThat(head(bucket, "key", version).objectLockRetainUntilDate()).isNull();
    }
}

package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobFailure;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockRetentionMode;

/**
 * Every step of a job runs as a session of its role ([P.12]): the role is assumed, the manifest
 * read, the lock configuration checked, each task run and the report written with the role's
 * permissions, and a step the role may not take fails the job or the task where AWS does.
 */
class BatchJobRoleConformanceTest extends JobRoleScenario {

    private static final List<String> KEYS = List.of("a", "b", "c");

    @Test
    @AwsSource(
            rules = {"P78", "E56"},
            value = "UG batch-ops-iam-role-policies (the trust policy names batchoperations.s3.amazonaws.com); "
                    + "failure while Preparing [UNCERTAIN]")
    void roleThatDoesNotTrustBatchOperationsFailsTheJobBeforeAnyTask() {
        assertFailedBeforeAnyTask(role(UNTRUSTED));
    }

    @Test
    @AwsSource(
            rules = {"P78"},
            value = "UG batch-ops-iam-role-policies; failure while Preparing [UNCERTAIN]")
    void roleThatDoesNotExistFailsTheJobBeforeAnyTask() {
        assertFailedBeforeAnyTask("arn:aws:iam::" + jobs.accountId() + ":role/olconf-job-does-not-exist");
    }

    @Test
    @AwsSource(
            rules = {"P80", "E57"},
            value = "UG troubleshooting-batch-operations: \"Reading the manifest is forbidden: AccessDenied\"")
    void roleThatMayNotReadTheManifestFailsTheJobWhilePreparing() {
        String refusedRole = role(NO_MANIFEST);
        String bucket = buckets.createWithObjectLock();
        List<String> versions = heldObjects(bucket, "a", "b", "c");

        JobDescriptor job = runAs(
                refusedRole,
                r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF)));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failureReasons())
                .extracting(JobFailure::failureReason)
                .contains("Reading the manifest is forbidden: AccessDenied");
        assertHolds(bucket, KEYS, versions, ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"P81"},
            value = "UG batch-ops-legal-hold: the role needs s3:GetBucketObjectLockConfiguration, checked before "
                    + "any key [UNCERTAIN reason text]")
    void roleThatMayNotReadTheLockConfigurationFailsTheJobBeforeAnyTask() {
        assertFailedBeforeAnyTask(role(NO_LOCK_READ));
    }

    @Test
    @AwsSource(
            rules = {"P82", "E58", "P76"},
            value = "UG batch-ops-legal-hold and batch-ops-iam-role-policies (s3:PutObjectLegalHold); "
                    + "UG batch-ops-examples-reports (failed rows) [UNCERTAIN message]")
    void roleWithoutPutObjectLegalHoldFailsEveryTaskUntilARoleWithItRuns() {
        String refusedRole = role(NO_LEGAL_HOLD);
        String bucket = buckets.createWithObjectLock();
        String reports = buckets.create();
        List<String> versions = heldObjects(bucket, "a", "b", "c");

        JobDescriptor refused = runAs(
                refusedRole,
                reportTo(reports)
                        .andThen(r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                                .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF))));

        assertThat(refused.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(refused.progressSummary().numberOfTasksFailed()).isEqualTo(3L);
        assertRefusedRows(reports, refused.jobId(), bucket, refusedRole, "s3:PutObjectLegalHold");
        assertHolds(bucket, KEYS, versions, ObjectLockLegalHoldStatus.ON);

        JobDescriptor allowed = runAs(
                jobs.roleArn(),
                r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF)));

        assertThat(allowed.progressSummary().numberOfTasksSucceeded()).isEqualTo(3L);
        assertHolds(bucket, KEYS, versions, ObjectLockLegalHoldStatus.OFF);
    }

    @Test
    @AwsSource(
            rules = {"P82", "E58"},
            value = "UG batch-ops-retention-date and batch-ops-iam-role-policies (s3:PutObjectRetention) "
                    + "[UNCERTAIN message]")
    void roleWithoutPutObjectRetentionFailsEveryRetentionTask() {
        String refusedRole = role(NO_RETENTION);
        String bucket = buckets.createWithObjectLock();
        String reports = buckets.create();
        for (String key : KEYS) {
            steps.putVersion(bucket, key, key);
        }

        JobDescriptor job = runAs(
                refusedRole,
                reportTo(reports)
                        .andThen(r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                                .operation(retention(S3ObjectLockRetentionMode.GOVERNANCE, governanceUntil(), false))));

        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(3L);
        assertRefusedRows(reports, job.jobId(), bucket, refusedRole, "s3:PutObjectRetention");
        for (String key : KEYS) {
            assertThat(s3.headObject(b -> b.bucket(bucket).key(key)).objectLockMode())
                    .as("retention of %s", key)
                    .isNull();
        }
    }

    @Test
    @AwsSource(
            rules = {"P82", "E58"},
            value = "UG batch-ops-retention-date: shortening GOVERNANCE with BypassGovernanceRetention needs "
                    + "s3:BypassGovernanceRetention [UNCERTAIN message]")
    void roleWithoutTheBypassFailsTasksThatShortenGovernance() {
        String refusedRole = role(NO_BYPASS);
        String bucket = buckets.createWithObjectLock();
        String reports = buckets.create();
        Instant until = governanceUntil();
        List<String> versions = KEYS.stream()
                .map(key -> putLocked(bucket, key, ObjectLockRetentionMode.GOVERNANCE, until))
                .toList();

        JobDescriptor job = runAs(
                refusedRole,
                reportTo(reports)
                        .andThen(r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                                .operation(retention(
                                        S3ObjectLockRetentionMode.GOVERNANCE, until.minusSeconds(60), true))));

        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(3L);
        assertRefusedRows(reports, job.jobId(), bucket, refusedRole, "s3:BypassGovernanceRetention");
        for (int i = 0; i < KEYS.size(); i++) {
            assertThat(retention(bucket, KEYS.get(i), versions.get(i)).retainUntilDate())
                    .isEqualTo(until);
        }
    }

    /** K17: the emulator ends such a job Failed; the troubleshooting guide leaves the status open. */
    @Test
    @AwsSource(
            rules = {"P83"},
            value = "UG troubleshooting-batch-operations: \"The job report could not be written to your report "
                    + "bucket. Please check your permissions.\" [UNCERTAIN status]")
    void roleThatMayNotWriteTheReportKeepsItsTasksButWritesNoReport() {
        String refusedRole = role(NO_REPORT);
        String bucket = buckets.createWithObjectLock();
        String reports = buckets.create();
        List<String> versions = heldObjects(bucket, "a", "b", "c");

        JobDescriptor job = runAs(
                refusedRole,
                reportTo(reports)
                        .andThen(r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                                .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF))));

        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(3L);
        assertThat(job.failureReasons())
                .extracting(JobFailure::failureReason)
                .contains("The job report could not be written to your report bucket. Please check your permissions.");
        assertThat(s3.listObjectsV2(b -> b.bucket(reports)).keyCount()).isZero();
        assertHolds(bucket, KEYS, versions, ObjectLockLegalHoldStatus.OFF);
    }

    @Test
    @AwsSource(
            rules = {"P84", "P79"},
            value = "UG batch-ops-iam-role-policies (the role's and the bucket's policies decide each call); "
                    + "the job keeps its RoleArn [Design]")
    void bucketPolicyDenyAddedBeforeTheJobRunsBindsItsTasks() {
        String bucket = buckets.createWithObjectLock();
        String reports = buckets.create();
        List<String> versions = heldObjects(bucket, "a", "b", "c");
        String jobId = jobs.create(reportTo(reports)
                .andThen(r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF))
                        .confirmationRequired(true)));
        jobs.await(jobId, JobStatus.SUSPENDED);
        s3.putBucketPolicy(b -> b.bucket(bucket)
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\""
                        + jobs.roleArn() + "\"},\"Action\":\"s3:PutObjectLegalHold\",\"Resource\":\"arn:aws:s3:::"
                        + bucket + "/b\"}]}"));

        control.updateJobStatus(
                b -> b.accountId(jobs.accountId()).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY));
        JobDescriptor job = jobs.awaitFinished(jobId);

        assertThat(job.roleArn()).isEqualTo(jobs.roleArn());
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(2L);
        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(reportRows(reports, REPORT_PREFIX, jobId))
                .filteredOn(row -> row.get(3).equals("failed"))
                .singleElement()
                .satisfies(row -> assertThat(row.get(6))
                        .startsWith("User: " + sessionPrefix(jobs.roleArn()))
                        .endsWith(" is not authorized to perform: s3:PutObjectLegalHold on resource: \"arn:aws:s3:::"
                                + bucket + "/b\" with an explicit deny in a resource-based policy"));
        assertThat(legalHoldOf(bucket, "a", versions.get(0))).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        assertThat(legalHoldOf(bucket, "b", versions.get(1))).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    /** A legal-hold OFF job as {@code roleArn} fails with AccessDenied before any task; holds stay on. */
    private void assertFailedBeforeAnyTask(String roleArn) {
        String bucket = buckets.createWithObjectLock();
        List<String> versions = heldObjects(bucket, "a", "b", "c");

        JobDescriptor job = runAs(
                roleArn,
                r -> r.manifest(manifestOf(bucket, bucket, "a", "b", "c"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF)));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isZero();
        assertThat(job.progressSummary().numberOfTasksFailed()).isZero();
        assertThat(job.failureReasons()).extracting(JobFailure::failureCode).contains("AccessDenied");
        assertHolds(bucket, KEYS, versions, ObjectLockLegalHoldStatus.ON);
    }

    /** Every report row is a task failed 403 AccessDenied, refused to the role's session for {@code action}. */
    private void assertRefusedRows(String reports, String jobId, String bucket, String roleArn, String action) {
        List<List<String>> rows = reportRows(reports, REPORT_PREFIX, jobId);
        assertThat(rows).hasSize(KEYS.size());
        for (List<String> row : rows) {
            assertThat(row.subList(0, 6)).containsExactly(bucket, row.get(1), "", "failed", "403", "AccessDenied");
            assertThat(row.get(6))
                    .startsWith("User: " + sessionPrefix(roleArn))
                    .endsWith(" is not authorized to perform: " + action + " on resource: \"arn:aws:s3:::" + bucket
                            + "/" + row.get(1) + "\" because no identity-based policy allows the " + action
                            + " action");
        }
        assertThat(rows).extracting(row -> row.get(1)).containsExactlyInAnyOrderElementsOf(KEYS);
    }
}

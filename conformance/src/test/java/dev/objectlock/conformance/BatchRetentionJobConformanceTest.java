package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetObjectRetentionResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobOperation;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockRetentionMode;

/**
 * S3PutObjectRetention jobs ([C.7.5], UG batch-ops-retention-date): each task is a
 * PutObjectRetention with the job's mode, date and BypassGovernanceRetention, under [R29, R30].
 */
class BatchRetentionJobConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"C.7.5"},
            value = "UG batch-ops-retention-date: the job sets Mode and RetainUntilDate on each object")
    void retentionJobSetsModeAndDateOnEachObject() {
        String bucket = buckets.createWithObjectLock();
        String a = steps.putVersion(bucket, "a", "a");
        String b = steps.putVersion(bucket, "b", "b");
        Instant until = governanceUntil();

        JobDescriptor job = jobs.awaitFinished(jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a", "b"))
                .operation(retention(S3ObjectLockRetentionMode.GOVERNANCE, until, null))));

        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(2L);
        assertThat(retentionOf(bucket, "a", a).retention().retainUntilDate()).isEqualTo(until);
        assertThat(retentionOf(bucket, "b", b).retention().mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
    }

    @Test
    @AwsSource(
            rules = {"C.7.5", "R29", "C.7.8"},
            value =
                    "UG batch-ops-retention-date: shortening governance needs BypassGovernanceRetention; task fails 403 AccessDenied")
    void shorteningGovernanceWithoutBypassFailsTheTaskWithAccessDenied() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "a", ObjectLockRetentionMode.GOVERNANCE, until);
        String reports = buckets.create();

        String jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(retention(S3ObjectLockRetentionMode.GOVERNANCE, until.minusSeconds(60), false))
                .report(rep -> rep.enabled(true)
                        .bucket("arn:aws:s3:::" + reports)
                        .format("Report_CSV_20180820")
                        .prefix("r")
                        .reportScope(JobReportScope.ALL_TASKS)));
        JobDescriptor job = jobs.awaitFinished(jobId);

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(retentionOf(bucket, "a", version).retention().retainUntilDate())
                .isEqualTo(until);
        List<String> row = reportRows(reports, "r", jobId).get(0);
        assertThat(row.subList(0, 6)).containsExactly(bucket, "a", "", "failed", "403", "AccessDenied");
    }

    @Test
    @AwsSource(
            rules = {"C.7.5", "R29"},
            value =
                    "UG batch-ops-retention-date: BypassGovernanceRetention=true lets the job shorten GOVERNANCE retention")
    void shorteningGovernanceWithBypassSucceeds() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "a", ObjectLockRetentionMode.GOVERNANCE, until);
        Instant shorter = until.minusSeconds(60);

        JobDescriptor job = jobs.awaitFinished(jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(retention(S3ObjectLockRetentionMode.GOVERNANCE, shorter, true))));

        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(1L);
        assertThat(retentionOf(bucket, "a", version).retention().retainUntilDate())
                .isEqualTo(shorter);
    }

    @Test
    @AwsSource(
            rules = {"C.7.5", "R30"},
            value = "UG batch-ops-retention-date: COMPLIANCE can only be extended, bypass or not")
    @EmulatorOnly(
            reason =
                    "an AWS job starts minutes later, after the seconds-long COMPLIANCE retention this suite may set has expired")
    void shorteningComplianceFailsEvenWithBypass() {
        String bucket = buckets.createWithObjectLock();
        Instant until = now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String version = putLocked(bucket, "a", ObjectLockRetentionMode.COMPLIANCE, until);

        JobDescriptor job = jobs.awaitFinished(jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(retention(S3ObjectLockRetentionMode.COMPLIANCE, until.minusSeconds(60), true))));

        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(retentionOf(bucket, "a", version).retention().retainUntilDate())
                .isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"C.7.5", "R21"},
            value = "[C.7.5]: a task fails with the call's error, 400 InvalidArgument for a past date")
    void pastRetainUntilDateFailsEveryTask() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "a", "a");
        Instant past = now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String reports = buckets.create();

        String jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(retention(S3ObjectLockRetentionMode.GOVERNANCE, past, null))
                .report(rep -> rep.enabled(true)
                        .bucket("arn:aws:s3:::" + reports)
                        .format("Report_CSV_20180820")
                        .reportScope(JobReportScope.FAILED_TASKS_ONLY)));
        JobDescriptor job = jobs.awaitFinished(jobId);

        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(reportRows(reports, null, jobId).get(0).subList(3, 6))
                .containsExactly("failed", "400", "InvalidArgument");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("a").versionId(version))
                        .objectLockMode())
                .isNull();
    }

    @Test
    @AwsSource(
            rules = {"R42", "C.7.4"},
            value = "UG batch-ops-retention-date: Object Lock must be enabled on the bucket; checked before any task")
    void retentionJobOnBucketWithoutObjectLockFails() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "a", "a");
        JobOperation operation = retention(S3ObjectLockRetentionMode.GOVERNANCE, governanceUntil(), null);

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a")).operation(operation)));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isZero();
    }

    private GetObjectRetentionResponse retentionOf(String bucket, String key, String versionId) {
        return s3.getObjectRetention(b -> b.bucket(bucket).key(key).versionId(versionId));
    }
}

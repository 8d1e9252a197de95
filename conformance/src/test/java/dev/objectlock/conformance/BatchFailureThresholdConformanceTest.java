package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * The task-failure threshold ([R41], UG batch-ops-job-status "Tracking job failure"): a job fails
 * once at least 1,000 tasks have run and more than half of them failed; below 1,000 it completes
 * whatever the failures. Every task here names a key that does not exist, so each fails with 404
 * and nothing needs cleaning up.
 */
class BatchFailureThresholdConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"R41", "C.7"},
            value = "UG batch-ops-job-status Tracking job failure: >50% failed after 1,000 tasks fails the job")
    void moreThanHalfFailedAfterAThousandTasksFailsTheJob() {
        String bucket = buckets.createWithObjectLock();

        JobDescriptor job = jobs.awaitFinished(jobs.create(
                r -> r.manifest(missingKeys(bucket, 1500)).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failureReasons()).isNotEmpty();
        assertThat(job.progressSummary().numberOfTasksFailed()).isGreaterThanOrEqualTo(1000L);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isZero();
    }

    @Test
    @AwsSource(
            rules = {"R41", "C.7"},
            value = "UG batch-ops-job-status Tracking job failure: the threshold applies only after 1,000 tasks")
    void everyTaskFailingBelowAThousandTasksStillCompletes() {
        String bucket = buckets.createWithObjectLock();

        JobDescriptor job = jobs.awaitFinished(jobs.create(
                r -> r.manifest(missingKeys(bucket, 999)).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(999L);
    }

    private JobManifest missingKeys(String bucket, int count) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            csv.append(bucket).append(",missing/").append(i).append('\n');
        }
        return jobs.csvManifest(bucket, "missing.csv", csv.toString(), BUCKET_KEY);
    }
}

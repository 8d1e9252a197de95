package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.ControlErrorAssert.assertControlError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.UpdateJobPriorityResponse;
import software.amazon.awssdk.services.s3control.model.UpdateJobStatusResponse;

/** A job's life: CreateJob, DescribeJob, confirmation, cancellation, priority, idempotency ([C.2]–[C.6]). */
class BatchJobLifecycleConformanceTest extends BatchScenario {

    private static final String JOB_ID = "[a-zA-Z0-9\\-_]{5,36}";

    @Test
    @AwsSource(
            rules = {"C.3", "C.4"},
            value = "botocore-s3c CreateJob/DescribeJob shapes (JobDescriptor); UG batch-ops-create-job")
    void describeJobEchoesWhatCreateJobAsked() {
        String bucket = buckets.createWithObjectLock();
        s3.putObject(b -> b.bucket(bucket).key("a"), software.amazon.awssdk.core.sync.RequestBody.fromString("a"));
        JobManifest manifest = manifestOf(bucket, bucket, "a");

        String jobId = jobs.create(r -> r.manifest(manifest)
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .description("hold the records")
                .priority(42)
                .confirmationRequired(true));
        JobDescriptor job = jobs.describe(jobId);

        assertThat(jobId).matches(JOB_ID);
        assertThat(job.jobId()).isEqualTo(jobId);
        assertThat(job.jobArn())
                .isEqualTo("arn:aws:s3:" + target.region().id() + ":" + jobs.accountId() + ":job/" + jobId);
        assertThat(job.description()).isEqualTo("hold the records");
        assertThat(job.priority()).isEqualTo(42);
        assertThat(job.roleArn()).isEqualTo(jobs.roleArn());
        assertThat(job.confirmationRequired()).isTrue();
        assertThat(job.operation().s3PutObjectLegalHold().legalHold().status())
                .isEqualTo(S3ObjectLockLegalHoldStatus.ON);
        assertThat(job.manifest().spec().fields()).containsExactly(BUCKET_KEY);
        assertThat(job.manifest().location().objectArn())
                .isEqualTo(manifest.location().objectArn());
        assertThat(job.report().enabled()).isFalse();
        assertThat(job.creationTime()).isNotNull();
        assertThat(job.terminationDate()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"C.6", "C.7"},
            value =
                    "UG batch-ops-job-status (New, Preparing, Ready, Active, Complete); botocore-s3c JobProgressSummary")
    void jobWithoutConfirmationRunsToComplete() {
        String bucket = buckets.createWithObjectLock();
        String a = steps.putVersion(bucket, "a", "a");
        String b = steps.putVersion(bucket, "b", "b");

        JobDescriptor job = jobs.awaitFinished(jobs.create(r ->
                r.manifest(manifestOf(bucket, bucket, "a", "b")).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().totalNumberOfTasks()).isEqualTo(2L);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(2L);
        assertThat(job.progressSummary().numberOfTasksFailed()).isZero();
        assertThat(job.terminationDate()).isNotNull();
        assertThat(legalHoldOf(bucket, "a", a)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(legalHoldOf(bucket, "b", b)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"C.6", "R40"},
            value = "UG batch-ops-job-status: a job needing confirmation waits Suspended until set to Ready")
    void jobNeedingConfirmationWaitsSuspendedUntilReady() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "a", "a");
        String jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));

        JobDescriptor suspended = jobs.await(jobId, JobStatus.SUSPENDED);
        assertThat(suspended.progressSummary().numberOfTasksSucceeded()).isZero();
        assertThat(noLegalHold(bucket, "a")).as("no task ran while Suspended").isTrue();

        UpdateJobStatusResponse ready = control.updateJobStatus(
                r -> r.accountId(jobs.accountId()).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY));
        assertThat(ready.jobId()).isEqualTo(jobId);
        assertThat(ready.status()).isIn(JobStatus.READY, JobStatus.ACTIVE, JobStatus.COMPLETE);

        assertThat(jobs.awaitFinished(jobId).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(legalHoldOf(bucket, "a", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"C.6"},
            value =
                    "UG batch-ops-job-status and [S]: CLI jobs without --no-confirmation-required stay Suspended [UNCERTAIN]")
    void jobWithoutConfirmationRequiredFieldWaitsSuspended() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        CreateJobRequest request = jobs
                .request(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.ON)))
                .toBuilder()
                .confirmationRequired(null)
                .build();

        assertThat(jobs.await(jobs.create(request), JobStatus.SUSPENDED).status())
                .isEqualTo(JobStatus.SUSPENDED);
    }

    @Test
    @AwsSource(
            rules = {"C.6"},
            value = "UG batch-ops-job-status: any job not yet finished can be cancelled; TerminationDate on Cancelled")
    void suspendedJobCanBeCancelledAndRunsNoTask() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        String jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));
        jobs.await(jobId, JobStatus.SUSPENDED);

        UpdateJobStatusResponse cancelled = control.updateJobStatus(r -> r.accountId(jobs.accountId())
                .jobId(jobId)
                .requestedJobStatus(RequestedJobStatus.CANCELLED)
                .statusUpdateReason("not today"));
        JobDescriptor job = jobs.awaitFinished(jobId);

        assertThat(cancelled.status()).isIn(JobStatus.CANCELLING, JobStatus.CANCELLED);
        assertThat(cancelled.statusUpdateReason()).isEqualTo("not today");
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.statusUpdateReason()).isEqualTo("not today");
        assertThat(job.terminationDate()).isNotNull();
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isZero();
        assertThat(noLegalHold(bucket, "a")).isTrue();
    }

    @Test
    @AwsSource(
            rules = {"R40"},
            value = "UG batch-ops-job-status transitions; JobStatusException from botocore-s3c UpdateJobStatus errors")
    void readyRequestedForFinishedJobIsJobStatusException() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        String jobId = runJob(manifestOf(bucket, bucket, "a"), legalHold(S3ObjectLockLegalHoldStatus.ON));

        assertControlError(() -> control.updateJobStatus(
                        r -> r.accountId(jobs.accountId()).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY)))
                .hasCode("JobStatusException");
        assertControlError(() -> control.updateJobStatus(r ->
                        r.accountId(jobs.accountId()).jobId(jobId).requestedJobStatus(RequestedJobStatus.CANCELLED)))
                .hasCode("JobStatusException");
        assertThat(jobs.describe(jobId).status()).isEqualTo(JobStatus.COMPLETE);
    }

    @Test
    @AwsSource(
            rules = {"C.2"},
            value = "botocore-s3c DescribeJob errors: NotFoundException; [E26]")
    void unknownJobIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertControlError(() ->
                        control.describeJob(r -> r.accountId(jobs.accountId()).jobId(unknown)))
                .hasStatus(404)
                .hasCode("NotFoundException");
        assertControlError(() -> control.updateJobStatus(r ->
                        r.accountId(jobs.accountId()).jobId(unknown).requestedJobStatus(RequestedJobStatus.CANCELLED)))
                .hasStatus(404)
                .hasCode("NotFoundException");
    }

    @Test
    @AwsSource(
            rules = {"C.6", "R39"},
            value = "botocore-s3c UpdateJobPriority: priority in the query string, result {JobId, Priority}")
    void updateJobPriorityIsEchoedAndShownByDescribeJob() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        String jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));
        jobs.await(jobId, JobStatus.SUSPENDED);

        UpdateJobPriorityResponse updated = control.updateJobPriority(
                r -> r.accountId(jobs.accountId()).jobId(jobId).priority(77));

        assertThat(updated.jobId()).isEqualTo(jobId);
        assertThat(updated.priority()).isEqualTo(77);
        assertThat(jobs.describe(jobId).priority()).isEqualTo(77);
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c CreateJob ClientRequestToken (idempotencyToken): a repeat returns the same job")
    void repeatedCreateJobWithSameTokenReturnsTheSameJob() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        CreateJobRequest request = jobs.request(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));

        String first = jobs.create(request);
        String second = jobs.create(request);

        assertThat(second).isEqualTo(first);
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c CreateJob errors: IdempotencyException; [E28] [UNCERTAIN status]")
    void sameTokenWithDifferentParametersIsIdempotencyException() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        CreateJobRequest request = jobs.request(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));
        jobs.create(request);

        assertControlError(() -> jobs.create(
                        request.toBuilder().priority(request.priority() + 1).build()))
                .hasCode("IdempotencyException");
    }

    /** True when the current version has no legal hold ON (never set reads as 404, [R32]). */
    private boolean noLegalHold(String bucket, String key) {
        try {
            return s3.getObjectLegalHold(r -> r.bucket(bucket).key(key))
                            .legalHold()
                            .status()
                    != ObjectLockLegalHoldStatus.ON;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            return e.statusCode() == 404;
        }
    }
}

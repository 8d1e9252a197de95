package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/** S3PutObjectLegalHold jobs ([C.7], UG batch-ops-legal-hold): each task is a PutObjectLegalHold. */
class BatchLegalHoldJobConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"C.7.5", "R44"},
            value = "UG batch-ops-legal-hold; UG batch-ops-create-job: without VersionId the current version")
    void legalHoldJobHoldsTheCurrentVersionOnly() {
        String bucket = buckets.createWithObjectLock();
        String old = steps.putVersion(bucket, "a", "old");
        String current = steps.putVersion(bucket, "a", "current");

        runJob(manifestOf(bucket, bucket, "a"), legalHold(S3ObjectLockLegalHoldStatus.ON));

        assertThat(legalHoldOf(bucket, "a", current)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(holdOrNone(bucket, "a", old)).isEqualTo("none");
    }

    @Test
    @AwsSource(
            rules = {"C.7.5", "R33"},
            value = "UG batch-ops-legal-hold: a job with Status OFF lifts holds; then the version can be deleted")
    void legalHoldOffJobLiftsHoldsSoVersionsCanBeDeleted() {
        String bucket = buckets.createWithObjectLock();
        String held = putOnLegalHold(bucket, "a");

        runJob(manifestOf(bucket, bucket, "a"), legalHold(S3ObjectLockLegalHoldStatus.OFF));

        assertThat(legalHoldOf(bucket, "a", held)).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        s3.deleteObject(b -> b.bucket(bucket).key("a").versionId(held));
        assertThat(s3.listObjectVersions(b -> b.bucket(bucket).prefix("a")).versions())
                .isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"C.7.2"},
            value = "UG batch-ops-create-job: Bucket,Key,VersionId manifests name the version each task acts on")
    void manifestWithVersionIdsHoldsThoseVersions() {
        String bucket = buckets.createWithObjectLock();
        String old = steps.putVersion(bucket, "a", "old");
        String current = steps.putVersion(bucket, "a", "current");
        JobManifest manifest = jobs.csvManifest(bucket, "m.csv", bucket + ",a," + old + "\n", BUCKET_KEY_VERSION);

        runJob(manifest, legalHold(S3ObjectLockLegalHoldStatus.ON));

        assertThat(legalHoldOf(bucket, "a", old)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(holdOrNone(bucket, "a", current)).isEqualTo("none");
    }

    @Test
    @AwsSource(
            rules = {"R43"},
            value = "UG batch-ops-create-job: manifest keys are URL-encoded")
    void urlEncodedManifestKeysAreDecoded() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "records/2024 Q1,final.csv", "a");
        JobManifest manifest =
                jobs.csvManifest(bucket, "m.csv", bucket + ",records/2024%20Q1%2Cfinal.csv\n", BUCKET_KEY);

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifest).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(1L);
        assertThat(legalHoldOf(bucket, "records/2024 Q1,final.csv", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"R43", "C.7.8"},
            value = "UG troubleshooting-batch-operations: 400,InvalidRequest,Task failed due to missing VersionId")
    void emptyVersionIdFailsThatTaskOnly() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "a", "a");
        steps.putVersion(bucket, "b", "b");
        JobManifest manifest = jobs.csvManifest(
                bucket, "m.csv", bucket + ",a," + version + "\n" + bucket + ",b,\n", BUCKET_KEY_VERSION);
        String reports = buckets.create();

        String jobId = jobs.create(r -> r.manifest(manifest)
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .report(rep -> rep.enabled(true)
                        .bucket("arn:aws:s3:::" + reports)
                        .format("Report_CSV_20180820")
                        .prefix("r")
                        .reportScope(JobReportScope.FAILED_TASKS_ONLY)));
        JobDescriptor job = jobs.awaitFinished(jobId);

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(1L);
        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(reportRows(reports, "r", jobId))
                .containsExactly(List.of(
                        bucket, "b", "", "failed", "400", "InvalidRequest", "Task failed due to missing VersionId"));
    }

    @Test
    @AwsSource(
            rules = {"C.7.5"},
            value = "[C.7.5]: a task fails with the S3 call's status and code (404 NoSuchKey)")
    void missingObjectFailsItsTaskAndTheJobStillCompletes() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "present", "a");

        JobDescriptor job =
                jobs.awaitFinished(jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "present", "absent"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(1L);
        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(legalHoldOf(bucket, "present", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"R42", "C.7.4"},
            value =
                    "UG batch-ops-legal-hold: Batch Operations checks Object Lock is enabled on the bucket before any task")
    void jobOnBucketWithoutObjectLockFailsBeforeAnyTask() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "a", "a");

        JobDescriptor job = jobs.awaitFinished(jobs.create(
                r -> r.manifest(manifestOf(bucket, bucket, "a")).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isZero();
        assertThat(job.failureReasons()).isNotEmpty();
        assertThat(job.terminationDate()).isNotNull();
    }

    @Test
    @AwsSource(
            rules = {"R42", "C.7.3"},
            value =
                    "UG batch-ops-legal-hold Restrictions: one bucket per manifest; [UNCERTAIN] outcome: a failed job, as [C.7.3] and [K15] say")
    void manifestNamingTwoBucketsFailsTheJob() {
        String bucket = buckets.createWithObjectLock();
        String other = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        String otherVersion = steps.putVersion(other, "b", "b");
        JobManifest manifest = jobs.csvManifest(bucket, "m.csv", bucket + ",a\n" + other + ",b\n", BUCKET_KEY);

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifest).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failureReasons()).isNotEmpty();
        assertThat(holdOrNone(other, "b", otherVersion)).isEqualTo("none");
    }

    @Test
    @AwsSource(
            rules = {"R44"},
            value =
                    "UG batch-ops-create-job Important: without version ids a task acts on the version current when it runs")
    void taskActsOnTheVersionCurrentWhenItRunsNotAtCreation() {
        String bucket = buckets.createWithObjectLock();
        String before = steps.putVersion(bucket, "a", "before");
        String jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));
        jobs.await(jobId, JobStatus.SUSPENDED);
        String after = steps.putVersion(bucket, "a", "after");

        control.updateJobStatus(
                r -> r.accountId(jobs.accountId()).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY));
        jobs.awaitFinished(jobId);

        assertThat(legalHoldOf(bucket, "a", after)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(holdOrNone(bucket, "a", before)).isEqualTo("none");
    }

    /** ON, OFF, or "none" when the version never had a legal hold (404, [R32]). */
    String holdOrNone(String bucket, String key, String versionId) {
        try {
            return legalHoldOf(bucket, key, versionId).toString();
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            assertThat(e.statusCode()).isEqualTo(404);
            return "none";
        }
    }
}

package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * The injected {@link BatchJobs} waits on the test's own emulator: a legal-hold job created through
 * the injected {@link S3ControlClient} runs to Complete, and a job needing confirmation is awaited
 * in Suspended and then, once confirmed, to its end.
 */
@ObjectLockEmulatorTest
@EmulatorBucket(name = "ledger", objectLock = true)
class BatchJobsTest {

    @Test
    void legalHoldJobCreatedThroughTheInjectedClientIsAwaitedToComplete(
            S3Client s3, S3ControlClient control, BatchJobs jobs) {
        s3.putObject(b -> b.bucket("ledger").key("trade.csv"), RequestBody.fromString("1"));
        String jobId = control.createJob(legalHoldJob(s3, false)).jobId();

        BatchJob job = jobs.await(jobId);

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(1);
        assertThat(s3.getObjectLegalHold(b -> b.bucket("ledger").key("trade.csv"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void jobNeedingConfirmationIsAwaitedInSuspendedThenToItsEnd(S3Client s3, S3ControlClient control, BatchJobs jobs) {
        s3.putObject(b -> b.bucket("ledger").key("trade.csv"), RequestBody.fromString("1"));
        String jobId = control.createJob(legalHoldJob(s3, true)).jobId();

        assertThat(jobs.await(jobId, Duration.ofSeconds(30), JobStatus.Suspended)
                        .status())
                .isEqualTo(JobStatus.Suspended);
        control.updateJobStatus(
                b -> b.accountId("123456789012").jobId(jobId).requestedJobStatus(RequestedJobStatus.READY));
        assertThat(jobs.await(jobId).status()).isEqualTo(JobStatus.Complete);
    }

    private static CreateJobRequest legalHoldJob(S3Client s3, boolean confirmationRequired) {
        String etag = s3.putObject(
                        b -> b.bucket("ledger").key("manifest.csv"), RequestBody.fromString("ledger,trade.csv\n"))
                .eTag();
        return CreateJobRequest.builder()
                .accountId("123456789012")
                .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.ON))))
                .manifest(m -> m.spec(sp -> sp.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                        .location(l ->
                                l.objectArn("arn:aws:s3:::ledger/manifest.csv").eTag(etag)))
                .report(r -> r.enabled(false))
                .priority(10)
                .confirmationRequired(confirmationRequired)
                .roleArn("arn:aws:iam::123456789012:role/batch")
                .build();
    }

    @Test
    void awaitAsksTheTestsEmulator(BatchJobs jobs, ObjectLockEmulator emulator) {
        Throwable viaHandle = catchThrowable(() -> jobs.await("no-such-job"));
        Throwable viaEmulator = catchThrowable(() -> emulator.awaitJob("no-such-job"));

        assertThat(viaHandle).isNotNull().hasSameClassAs(viaEmulator).hasMessage(viaEmulator.getMessage());
    }

    @Test
    void awaitWithATimeoutAndStatusesAsksTheTestsEmulator(BatchJobs jobs, ObjectLockEmulator emulator) {
        Throwable viaHandle = catchThrowable(() -> jobs.await("no-such-job", Duration.ofMillis(10), JobStatus.Active));
        Throwable viaEmulator =
                catchThrowable(() -> emulator.awaitJob("no-such-job", Duration.ofMillis(10), JobStatus.Active));

        assertThat(viaHandle).isNotNull().hasSameClassAs(viaEmulator).hasMessage(viaEmulator.getMessage());
    }
}

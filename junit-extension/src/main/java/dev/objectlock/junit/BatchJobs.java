package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobStatus;
import java.time.Duration;

/**
 * Waits for the S3 Batch Operations jobs of the test's emulator, so a test needs no polling loop:
 * {@code jobs.await(jobId)} returns the job as DescribeJob would once it is Complete, Failed or
 * Cancelled. Injectable into any test or lifecycle method.
 */
public final class BatchJobs {

    private final ObjectLockEmulator emulator;

    BatchJobs(ObjectLockEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * Waits up to a minute for the job to be Complete, Failed or Cancelled.
     *
     * @param jobId the id CreateJob returned
     * @return the job as DescribeJob would show it
     */
    public BatchJob await(String jobId) {
        return emulator.awaitJob(jobId);
    }

    /**
     * Waits until the job reaches one of {@code statuses} (Complete, Failed or Cancelled when none is
     * given); IllegalStateException if {@code timeout} passes first.
     *
     * @param jobId the id CreateJob returned
     * @param timeout how long to wait
     * @param statuses the statuses to wait for; none means Complete, Failed or Cancelled
     * @return the job as DescribeJob would show it
     */
    public BatchJob await(String jobId, Duration timeout, JobStatus... statuses) {
        return emulator.awaitJob(jobId, timeout, statuses);
    }
}

package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.model.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The S3 Control jobs API (spec C.2): one method per operation, each taking the values the request
 * sent (the account id from {@code x-amz-account-id}, query values as strings) and throwing
 * {@code S3Exception} with an S3 Control code for anything AWS refuses.
 */
public final class BatchJobService implements AutoCloseable {

    /** CreateJob: validates synchronously and returns the new (or, for a repeated token, the earlier) job id. */
    public String createJob(JobRequest request) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** DescribeJob: NotFoundException for an id this account does not have. */
    public BatchJob describeJob(String accountId, String jobId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** ListJobs: {@code jobStatuses} as sent (repeated query values), {@code maxResults} null when absent. */
    public JobPage listJobs(String accountId, List<String> jobStatuses, String nextToken, String maxResults) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** UpdateJobStatus: {@code requestedJobStatus} Ready or Cancelled; returns the job as it now is. */
    public BatchJob updateJobStatus(String accountId, String jobId, String requestedJobStatus,
                                    String statusUpdateReason) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** UpdateJobPriority: {@code priority} as sent in the query string. */
    public BatchJob updateJobPriority(String accountId, String jobId, String priority) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** PutJobTagging: replaces the whole set; an empty list removes every tag. */
    public void putJobTagging(String accountId, String jobId, List<Tag> tags) {
        throw new UnsupportedOperationException("not built yet");
    }

    public List<Tag> getJobTagging(String accountId, String jobId) {
        throw new UnsupportedOperationException("not built yet");
    }

    public void deleteJobTagging(String accountId, String jobId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Blocks until the job reaches one of {@code statuses} (any terminal status when empty) and
     * returns it then; IllegalStateException naming the job's status if {@code timeout} passes first.
     * For tests: no sleeping, no polling.
     */
    public BatchJob awaitJob(String jobId, Duration timeout, Set<JobStatus> statuses) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Forgets every job (the emulator's reset); a running job is stopped first. */
    public void reset() {
    }

    /** Stops running jobs; called when the emulator stops. */
    @Override
    public void close() {
    }
}

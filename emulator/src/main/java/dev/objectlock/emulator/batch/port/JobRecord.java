package dev.objectlock.emulator.batch.port;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything stored about one job: the CreateJob request as validated (kept whole, so a repeated
 * ClientRequestToken can be compared and DescribeJob can echo it) and the state that changes as
 * the job runs. {@code priority} and {@code tags} start as the request's and change through
 * UpdateJobPriority and PutJobTagging. Time in Active is {@code activeMillis} plus, while Active,
 * the time since {@code activeSince}.
 */
public record JobRecord(String jobId, String jobArn, JobRequest request, JobStatus status, int priority,
                        long totalTasks, long tasksSucceeded, long tasksFailed, long activeMillis, Instant activeSince,
                        String statusUpdateReason, List<BatchJob.Failure> failureReasons, Instant creationTime,
                        Instant terminationDate, Instant suspendedDate, String suspendedCause,
                        BatchJob.GeneratedManifest generatedManifest, List<Tag> tags) {

    public JobRecord {
        failureReasons = List.copyOf(failureReasons);
        tags = List.copyOf(tags);
    }

    public String accountId() {
        return request.accountId();
    }

    public String clientRequestToken() {
        return request.clientRequestToken();
    }

    public JobRecord withStatus(JobStatus newStatus) {
        return new JobRecord(jobId, jobArn, request, newStatus, priority, totalTasks, tasksSucceeded, tasksFailed,
                activeMillis, activeSince, statusUpdateReason, failureReasons, creationTime, terminationDate,
                suspendedDate, suspendedCause, generatedManifest, tags);
    }

    public JobRecord withPriority(int newPriority) {
        return new JobRecord(jobId, jobArn, request, status, newPriority, totalTasks, tasksSucceeded, tasksFailed,
                activeMillis, activeSince, statusUpdateReason, failureReasons, creationTime, terminationDate,
                suspendedDate, suspendedCause, generatedManifest, tags);
    }

    public JobRecord withTags(List<Tag> newTags) {
        return new JobRecord(jobId, jobArn, request, status, priority, totalTasks, tasksSucceeded, tasksFailed,
                activeMillis, activeSince, statusUpdateReason, failureReasons, creationTime, terminationDate,
                suspendedDate, suspendedCause, generatedManifest, newTags);
    }

    public JobRecord withStatusUpdateReason(String reason) {
        return new JobRecord(jobId, jobArn, request, status, priority, totalTasks, tasksSucceeded, tasksFailed,
                activeMillis, activeSince, reason, failureReasons, creationTime, terminationDate,
                suspendedDate, suspendedCause, generatedManifest, tags);
    }

    /** The manifest's row count, known once Preparing ends, and where a generator put its manifest. */
    public JobRecord withTasks(long total, BatchJob.GeneratedManifest generated) {
        return new JobRecord(jobId, jobArn, request, status, priority, total, tasksSucceeded, tasksFailed,
                activeMillis, activeSince, statusUpdateReason, failureReasons, creationTime, terminationDate,
                suspendedDate, suspendedCause, generated, tags);
    }

    public JobRecord withProgress(long succeeded, long failed) {
        return new JobRecord(jobId, jobArn, request, status, priority, totalTasks, succeeded, failed,
                activeMillis, activeSince, statusUpdateReason, failureReasons, creationTime, terminationDate,
                suspendedDate, suspendedCause, generatedManifest, tags);
    }

    public JobRecord withFailure(BatchJob.Failure failure) {
        List<BatchJob.Failure> more = new ArrayList<>(failureReasons);
        more.add(failure);
        return new JobRecord(jobId, jobArn, request, status, priority, totalTasks, tasksSucceeded, tasksFailed,
                activeMillis, activeSince, statusUpdateReason, more, creationTime, terminationDate,
                suspendedDate, suspendedCause, generatedManifest, tags);
    }

    /** Leaving or entering Active starts or stops the Active timer; the other dates mark arrivals. */
    public JobRecord movedTo(JobStatus to, Instant now, String newSuspendedCause) {
        long active = activeMillis;
        Instant since = activeSince;
        if (status == JobStatus.Active && to != JobStatus.Active && since != null) {
            active += Math.max(0, now.toEpochMilli() - since.toEpochMilli());
            since = null;
        }
        if (to == JobStatus.Active && status != JobStatus.Active) {
            since = now;
        }
        Instant terminated = to.isTerminal() ? now : terminationDate;
        Instant suspended = to == JobStatus.Suspended ? now : suspendedDate;
        String cause = to == JobStatus.Suspended ? newSuspendedCause : suspendedCause;
        return new JobRecord(jobId, jobArn, request, to, priority, totalTasks, tasksSucceeded, tasksFailed,
                active, since, statusUpdateReason, failureReasons, creationTime, terminated, suspended, cause,
                generatedManifest, tags);
    }

    /** Whole seconds spent Active so far, counting the current stretch when Active now. */
    public long elapsedActiveSeconds(Instant now) {
        long millis = activeMillis;
        if (activeSince != null) {
            millis += Math.max(0, now.toEpochMilli() - activeSince.toEpochMilli());
        }
        return millis / 1000;
    }
}

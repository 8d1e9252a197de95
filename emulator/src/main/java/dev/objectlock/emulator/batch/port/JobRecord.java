package dev.objectlock.emulator.batch.port;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything stored about one job, in four parts that change for different reasons: what was
 * submitted (fixed at CreateJob), where the job is in its lifecycle, how far its tasks have got,
 * and the settings a client may change later. A change copies the one part it touches.
 */
public record JobRecord(Submitted submitted, Lifecycle lifecycle, Progress progress, Settings settings) {

    /**
     * The CreateJob request as validated, kept whole so a repeated ClientRequestToken can be
     * compared and DescribeJob can echo it, with the identity and time the job was given then.
     */
    public record Submitted(String jobId, String jobArn, JobRequest request, Instant creationTime) {}

    /** The status and what came with reaching it: reasons, failures and the dates of arrivals. */
    public record Lifecycle(
            JobStatus status,
            String statusUpdateReason,
            List<BatchJob.Failure> failureReasons,
            Instant terminationDate,
            Instant suspendedDate,
            String suspendedCause) {

        public Lifecycle {
            failureReasons = List.copyOf(failureReasons);
        }

        /** A New job: nothing has happened to it yet. */
        public static Lifecycle created() {
            return new Lifecycle(JobStatus.New, null, List.of(), null, null, null);
        }

        public Lifecycle withFailure(BatchJob.Failure failure) {
            List<BatchJob.Failure> more = new ArrayList<>(failureReasons);
            more.add(failure);
            return new Lifecycle(status, statusUpdateReason, more, terminationDate, suspendedDate, suspendedCause);
        }

        public Lifecycle withStatusUpdateReason(String reason) {
            return new Lifecycle(status, reason, failureReasons, terminationDate, suspendedDate, suspendedCause);
        }

        /** Terminal statuses and Suspended mark their arrival; {@code newSuspendedCause} is kept only for Suspended. */
        Lifecycle movedTo(JobStatus to, Instant now, String newSuspendedCause) {
            Instant terminated = to.isTerminal() ? now : terminationDate;
            Instant suspended = to == JobStatus.Suspended ? now : suspendedDate;
            String cause = to == JobStatus.Suspended ? newSuspendedCause : suspendedCause;
            return new Lifecycle(to, statusUpdateReason, failureReasons, terminated, suspended, cause);
        }
    }

    /**
     * The task counts (the manifest's row count, known once Preparing ends), where a generator put
     * its manifest, and the Active timer: time in Active is {@code activeMillis} plus, while
     * Active, the time since {@code activeSince}.
     */
    public record Progress(
            long totalTasks,
            long tasksSucceeded,
            long tasksFailed,
            long activeMillis,
            Instant activeSince,
            BatchJob.GeneratedManifest generatedManifest) {

        /** A New job: no tasks known, none run, never Active. */
        public static Progress none() {
            return new Progress(0, 0, 0, 0, null, null);
        }

        public Progress withTasks(long total, BatchJob.GeneratedManifest generated) {
            return new Progress(total, tasksSucceeded, tasksFailed, activeMillis, activeSince, generated);
        }

        public Progress withCounts(long succeeded, long failed) {
            return new Progress(totalTasks, succeeded, failed, activeMillis, activeSince, generatedManifest);
        }

        /** Leaving or entering Active stops or starts the timer. */
        Progress timed(JobStatus from, JobStatus to, Instant now) {
            long active = activeMillis;
            Instant since = activeSince;
            if (from == JobStatus.Active && to != JobStatus.Active && since != null) {
                active += Math.max(0, now.toEpochMilli() - since.toEpochMilli());
                since = null;
            }
            if (to == JobStatus.Active && from != JobStatus.Active) {
                since = now;
            }
            return new Progress(totalTasks, tasksSucceeded, tasksFailed, active, since, generatedManifest);
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

    /** What UpdateJobPriority and PutJobTagging change; both start as the request's. */
    public record Settings(int priority, List<Tag> tags) {

        public Settings {
            tags = List.copyOf(tags);
        }
    }

    public String jobId() {
        return submitted.jobId();
    }

    public JobRequest request() {
        return submitted.request();
    }

    public String accountId() {
        return submitted.request().accountId();
    }

    public String clientRequestToken() {
        return submitted.request().clientRequestToken();
    }

    public JobStatus status() {
        return lifecycle.status();
    }

    public JobRecord with(Lifecycle changed) {
        return new JobRecord(submitted, changed, progress, settings);
    }

    public JobRecord with(Progress changed) {
        return new JobRecord(submitted, lifecycle, changed, settings);
    }

    public JobRecord with(Settings changed) {
        return new JobRecord(submitted, lifecycle, progress, changed);
    }

    /** A move changes the lifecycle and, into or out of Active, the Active timer. */
    public JobRecord movedTo(JobStatus to, Instant now, String newSuspendedCause) {
        return new JobRecord(
                submitted,
                lifecycle.movedTo(to, now, newSuspendedCause),
                progress.timed(lifecycle.status(), to, now),
                settings);
    }
}

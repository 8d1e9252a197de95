package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.port.JobRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What time alone does to a job ([C.5, C.6]), by the emulator's clock: a job Suspended for more
 * than 30 days fails, and a job that ended more than 90 days ago is gone. Pure: the caller passes
 * the clock's reading and stores (or deletes) what comes back. Nothing runs in the background;
 * {@link JobStore} applies this whenever a job is read, listed, awaited or changed, so the answer
 * is what a service checking continuously would have answered at that moment.
 */
final class JobExpiry {

    /** UG batch-ops-create-job, "Job responses": "If a job remains in the suspended state for over 30 days, it will fail." */
    static final Duration SUSPENDED_LIMIT = Duration.ofDays(30);

    /** UG troubleshooting-batch-operations: "Jobs are automatically deleted 90 days after reaching a terminal state". */
    static final Duration KEPT_AFTER_END = Duration.ofDays(90);

    /**
     * The FailureReasons entry of a job that waited too long for confirmation. UNCERTAIN: AWS
     * documents that such a job fails but not the FailureCode or FailureReason it reports; these
     * are the emulator's own words.
     */
    static final BatchJob.Failure SUSPENDED_TOO_LONG = new BatchJob.Failure(
            "SuspendedTooLong", "The job remained in the Suspended state for over 30 days without being confirmed.");

    private JobExpiry() {}

    /**
     * The job as the clock leaves it at {@code now}: the same instance when nothing is due, the job
     * moved to Failed when it has been Suspended for more than 30 days (ended when the 30 days
     * ran out, so TerminationDate is SuspendedDate + 30 days; StatusUpdateReason unchanged), and
     * empty when it reached a terminal state more than 90 days before {@code now}. A job suspended
     * more than 120 days ago is therefore simply gone.
     */
    static Optional<JobRecord> at(JobRecord job, Instant now) {
        JobRecord current = job;
        Instant suspended = current.lifecycle().suspendedDate();
        if (current.status() == JobStatus.Suspended && suspended != null) {
            Instant limit = suspended.plus(SUSPENDED_LIMIT);
            if (now.isAfter(limit)) {
                JobStateMachine.checkMove(JobStatus.Suspended, JobStatus.Failed);
                current = current.with(current.lifecycle().withFailure(SUSPENDED_TOO_LONG))
                        .movedTo(JobStatus.Failed, limit, null);
            }
        }
        Instant terminated = current.lifecycle().terminationDate();
        if (current.status().isTerminal() && terminated != null && now.isAfter(terminated.plus(KEPT_AFTER_END))) {
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /** Whether {@link #at} changes the job (or removes it) at {@code now}. */
    static boolean isDue(JobRecord job, Instant now) {
        return at(job, now).orElse(null) != job;
    }
}

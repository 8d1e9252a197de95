package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.JobStatus.Active;
import static dev.objectlock.emulator.batch.JobStatus.Cancelled;
import static dev.objectlock.emulator.batch.JobStatus.Cancelling;
import static dev.objectlock.emulator.batch.JobStatus.Complete;
import static dev.objectlock.emulator.batch.JobStatus.Completing;
import static dev.objectlock.emulator.batch.JobStatus.Failed;
import static dev.objectlock.emulator.batch.JobStatus.Failing;
import static dev.objectlock.emulator.batch.JobStatus.New;
import static dev.objectlock.emulator.batch.JobStatus.Paused;
import static dev.objectlock.emulator.batch.JobStatus.Pausing;
import static dev.objectlock.emulator.batch.JobStatus.Preparing;
import static dev.objectlock.emulator.batch.JobStatus.Ready;
import static dev.objectlock.emulator.batch.JobStatus.Suspended;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job lifecycle of [C.6] as tables: the moves the engine makes on its own, what an
 * UpdateJobStatus request does from each status ([R40]), and how a job that has stopped running
 * tasks ends. Pure: no time, no storage.
 */
final class JobStateMachine {

    /**
     * Every move the engine may make. Failing is the way into Failed from anywhere a job can fail
     * (Preparing, Active, and the report written while Completing or Cancelling); Pausing and
     * Paused exist in the model but this engine never preempts a job. Suspended goes straight to
     * Failed when left unconfirmed for more than 30 days ({@link JobExpiry}): that move is noticed
     * after the fact, with nothing left to wind down.
     */
    private static final Map<JobStatus, Set<JobStatus>> MOVES = new EnumMap<>(JobStatus.class);

    static {
        MOVES.put(New, EnumSet.of(Preparing, Cancelled, Failing));
        MOVES.put(Preparing, EnumSet.of(Suspended, Ready, Failing, Cancelled));
        MOVES.put(Suspended, EnumSet.of(Ready, Cancelled, Failing, Failed));
        MOVES.put(Ready, EnumSet.of(Active, Cancelled, Failing));
        MOVES.put(Active, EnumSet.of(Completing, Failing, Cancelling, Pausing));
        MOVES.put(Pausing, EnumSet.of(Paused, Cancelling, Failing));
        MOVES.put(Paused, EnumSet.of(Active, Cancelled, Failing));
        MOVES.put(Completing, EnumSet.of(Complete, Failing));
        MOVES.put(Cancelling, EnumSet.of(Cancelled, Failing));
        MOVES.put(Failing, EnumSet.of(Failed));
        for (JobStatus terminal : EnumSet.of(Complete, Failed, Cancelled)) {
            MOVES.put(terminal, EnumSet.noneOf(JobStatus.class));
        }
    }

    /** Where {@code requestedJobStatus=Cancelled} leads: jobs with tasks in flight finish them first. */
    private static final Map<JobStatus, JobStatus> ON_CANCEL = new EnumMap<>(JobStatus.class);

    static {
        for (JobStatus s : EnumSet.of(New, Preparing, Suspended, Ready, Paused)) {
            ON_CANCEL.put(s, Cancelled);
        }
        ON_CANCEL.put(Active, Cancelling);
        ON_CANCEL.put(Pausing, Cancelling);
    }

    /** The terminal status each ending status leads to. */
    private static final Map<JobStatus, JobStatus> ENDS =
            Map.of(Completing, Complete, Cancelling, Cancelled, Failing, Failed);

    private JobStateMachine() {}

    static boolean canMove(JobStatus from, JobStatus to) {
        return MOVES.get(from).contains(to);
    }

    /** The engine's own moves; an impossible one is a bug in the engine, never a client error. */
    static void checkMove(JobStatus from, JobStatus to) {
        if (!canMove(from, to)) {
            throw new IllegalStateException("a job cannot move from " + from + " to " + to);
        }
    }

    /**
     * UpdateJobStatus: the status a job in {@code current} moves to when a client asks for
     * {@code requested} (Ready only from Suspended; Cancelled from any status that is neither
     * terminal nor already ending); JobStatusException otherwise.
     */
    static JobStatus onRequest(JobStatus current, JobStatus requested) {
        JobStatus next = null;
        if (requested == Ready && current == Suspended) {
            next = Ready;
        } else if (requested == Cancelled) {
            next = ON_CANCEL.get(current);
        }
        if (next == null) {
            throw S3Exception.of(
                    S3ErrorCode.JOB_STATUS_EXCEPTION, "Unable to transition job from " + current + " to " + requested);
        }
        return next;
    }

    /**
     * Where a running job goes once its tasks stop (all run, the failure threshold reached, or a
     * cancel seen between two tasks): past the task-failure threshold ([R41], {@link
     * TaskFailureThreshold}) it fails, even when a client cancelled it meanwhile; otherwise Active
     * completes and Cancelling stays Cancelling. A job in any other status has left its run
     * already and stays where it is.
     */
    static JobStatus onTasksStopped(JobStatus current, boolean thresholdExceeded) {
        if (current != Active && current != Cancelling) {
            return current;
        }
        if (thresholdExceeded) {
            return Failing;
        }
        return current == Active ? Completing : Cancelling;
    }

    /**
     * The moves that end a job from {@code ending} (Completing, Cancelling or Failing) once its
     * completion report is written or refused: a refused report fails the job, through Failing
     * when it was not failing already; otherwise each ending status reaches its own terminal one.
     */
    static List<JobStatus> onReportWritten(JobStatus ending, boolean reportRefused) {
        if (reportRefused && ending != Failing) {
            return List.of(Failing, Failed);
        }
        return List.of(terminalOf(ending));
    }

    /**
     * Complete, Cancelled or Failed for Completing, Cancelling or Failing: also where a job left
     * ending by a stopped emulator goes when it starts again, its tasks being over.
     */
    static JobStatus terminalOf(JobStatus ending) {
        JobStatus terminal = ENDS.get(ending);
        if (terminal == null) {
            throw new IllegalStateException(ending + " is not an ending status");
        }
        return terminal;
    }
}

package dev.objectlock.emulator.http.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What the admin API may do to the emulator: the small surface it needs, never storage classes. */
public interface EmulatorControl {

    void reset();

    /**
     * Runs lifecycle on the emulator's clock; the counters deleteMarkersAdded, versionsExpired,
     * deleteMarkersRemoved, uploadsAborted and skippedLocked, in that order ([R95]).
     */
    java.util.Map<String, Long> runLifecycle();

    Instant now();

    /** Replication's waits and test switches (issue 16). */
    ReplicationControl replication();

    boolean clockIsSystemTime();

    void setClock(Instant instant);

    void advanceClock(Duration duration);

    void useSystemTime();

    /**
     * Installs the identities of a JSON document (issue 12): secured mode from the next request on.
     *
     * @throws dev.objectlock.emulator.domain.access.InvalidIdentitiesException naming every fault by its
     *     JSON path; nothing is changed then
     */
    void useIdentities(String document);

    /** Removes the identities: open mode, any credentials accepted, everything allowed. */
    void useOpenMode();

    /** The identities in force with their secrets redacted; empty in open mode. */
    Optional<String> identitiesDocument();

    /**
     * Blocks until the batch job reaches one of {@code statuses} (any terminal status when empty),
     * ends, or {@code timeout} passes. Empty when there is no such job.
     *
     * @throws IllegalArgumentException for a status that is not one of the thirteen job statuses
     */
    Optional<JobWait> awaitJob(String jobId, Set<String> statuses, Duration timeout);

    /** A batch job as the wait answered it; {@code timedOut} when the timeout passed first. */
    record JobWait(
            String jobId,
            String status,
            long totalNumberOfTasks,
            long numberOfTasksSucceeded,
            long numberOfTasksFailed,
            boolean timedOut) {}
}

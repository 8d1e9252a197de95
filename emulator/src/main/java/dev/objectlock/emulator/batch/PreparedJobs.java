package dev.objectlock.emulator.batch;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine remembers of a job between two turns of the runner, and nowhere else: the
 * tasks resolved while it was Preparing, kept until it runs (it may wait in Suspended meanwhile),
 * and whether a client asked to cancel it while it runs. {@link JobRunner} and
 * {@link JobExecution} are each given this one instance, so neither needs the other to reach it.
 * Thread-safe: clients cancel from request threads while the runner's thread reads.
 */
final class PreparedJobs {

    private final Map<String, ManifestResolver.Resolved> tasks = new ConcurrentHashMap<>();
    private final Set<String> cancelRequested = ConcurrentHashMap.newKeySet();

    void keep(String jobId, ManifestResolver.Resolved resolved) {
        tasks.put(jobId, resolved);
    }

    /** The job's tasks, handed over once; null when it was prepared by an earlier run of the emulator. */
    ManifestResolver.Resolved take(String jobId) {
        return tasks.remove(jobId);
    }

    /** A job that will not run (failed, or not moved on after Preparing) no longer needs its tasks. */
    void drop(String jobId) {
        tasks.remove(jobId);
    }

    /** Asks the running job to stop starting tasks; a job that has not started will not need its tasks. */
    void cancel(String jobId) {
        cancelRequested.add(jobId);
        tasks.remove(jobId);
    }

    boolean cancelRequested(String jobId) {
        return cancelRequested.contains(jobId);
    }

    /** A job that has ended, or ran to its end, needs nothing kept any more. */
    void forget(String jobId) {
        tasks.remove(jobId);
        cancelRequested.remove(jobId);
    }

    void clear() {
        tasks.clear();
        cancelRequested.clear();
    }
}

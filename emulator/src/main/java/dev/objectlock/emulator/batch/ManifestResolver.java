package dev.objectlock.emulator.batch;

import java.util.List;

/**
 * Turns a job's manifest, or its manifest generator, into its tasks while the job is Preparing.
 * A problem that fails the whole job (unreadable manifest, ETag mismatch, bad rows) is a
 * {@link JobFailureException}.
 */
public interface ManifestResolver {

    Resolved resolve(String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator);

    /** The tasks in manifest order, and where a generator wrote its manifest (null otherwise). */
    record Resolved(List<TaskTarget> tasks, BatchJob.GeneratedManifest generatedManifest) {}
}

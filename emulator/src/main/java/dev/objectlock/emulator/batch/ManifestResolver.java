package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.authorization.RequestAccess;
import java.util.List;

/**
 * Turns a job's manifest, or its manifest generator, into its tasks while the job is Preparing.
 * A problem that fails the whole job (unreadable manifest, ETag mismatch, bad rows) is a
 * {@link JobFailureException}.
 */
public interface ManifestResolver {

    Resolved resolve(String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator);

    /**
     * The same, reading the manifest (or listing, and writing the generated manifest) as the job's
     * role ([P80]); a resolver that reads nothing through S3 has nothing to ask {@code role}.
     */
    default Resolved resolve(
            String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator, RequestAccess role) {
        return resolve(accountId, jobId, manifest, generator);
    }

    /** The tasks in manifest order, and where a generator wrote its manifest (null otherwise). */
    record Resolved(List<TaskTarget> tasks, BatchJob.GeneratedManifest generatedManifest) {}
}

package dev.objectlock.emulator.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the manifest readers (batch.manifest, built elsewhere): a test says which tasks
 * the manifest at an ObjectArn holds, or which failure reading it gives.
 */
final class StubManifests implements ManifestResolver {

    private final Map<String, List<TaskTarget>> tasks = new ConcurrentHashMap<>();
    private final Map<String, JobFailureException> failures = new ConcurrentHashMap<>();

    /** The ObjectArn of a manifest holding {@code targets}, for {@link JobRequests#csvManifest}. */
    String manifest(String name, List<TaskTarget> targets) {
        String arn = "arn:aws:s3:::manifests/" + name + ".csv";
        tasks.put(arn, List.copyOf(targets));
        return arn;
    }

    String failingManifest(String name, JobFailureException failure) {
        String arn = "arn:aws:s3:::manifests/" + name + ".csv";
        failures.put(arn, failure);
        return arn;
    }

    void clear() {
        tasks.clear();
        failures.clear();
    }

    @Override
    public Resolved resolve(String accountId, String jobId, JobManifest manifest, JobManifestGenerator generator) {
        String arn = manifest.location().objectArn();
        if (failures.containsKey(arn)) {
            throw failures.get(arn);
        }
        List<TaskTarget> found = tasks.get(arn);
        if (found == null) {
            throw new JobFailureException("NoSuchKey", "Reading the manifest failed: NoSuchKey");
        }
        return new Resolved(found, null);
    }

    static TaskTarget target(String bucket, String key, String versionId) {
        return new TaskTarget(bucket, key, key, versionId);
    }
}

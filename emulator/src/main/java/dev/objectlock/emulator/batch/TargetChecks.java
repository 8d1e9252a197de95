package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What Preparing checks about a manifest's objects before any task runs ([C.7.3, C.7.4]). */
final class TargetChecks {

    private final ObjectService objects;

    TargetChecks(ObjectService objects) {
        this.objects = objects;
    }

    /**
     * One bucket per manifest; and for legal-hold and retention jobs a bucket with Object Lock,
     * checked before any task runs ([R42]), so such a job fails whole instead of task by task.
     */
    void check(JobOperation operation, List<TaskTarget> tasks, RequestAccess role) {
        Set<String> buckets = new TreeSet<>();
        tasks.forEach(t -> buckets.add(t.bucket()));
        if (buckets.size() > 1) {
            throw new JobFailureException(
                    "InvalidManifestContent",
                    "All objects in the manifest must be in one bucket; it names " + String.join(", ", buckets) + ".");
        }
        boolean lockOperation = operation instanceof JobOperation.PutObjectLegalHold
                || operation instanceof JobOperation.PutObjectRetention;
        if (lockOperation && !buckets.isEmpty()) {
            String name = buckets.iterator().next();
            Bucket bucket;
            try {
                bucket = objects.requireBucket(name);
            } catch (S3Exception e) {
                throw new JobFailureException(e.code().code(), e.getMessage() + ": " + name);
            }
            // Batch Operations reads the bucket's lock configuration as the role before any key ([P81]).
            if (!role.allows(AccessRequest.bucket(OperationAccess.GET_OBJECT_LOCK_CONFIGURATION, name))) {
                throw new JobFailureException(
                        "AccessDenied", "Reading the object lock configuration is forbidden: AccessDenied");
            }
            if (!bucket.objectLockEnabled()) {
                throw new JobFailureException("InvalidRequest", "Bucket is missing Object Lock Configuration");
            }
        }
    }
}

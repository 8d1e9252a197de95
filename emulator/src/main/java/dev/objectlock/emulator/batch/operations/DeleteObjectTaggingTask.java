package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;

/**
 * Runs {@code S3DeleteObjectTagging} on one object: DeleteObjectTagging, which the emulator (like
 * its API handler) carries out as replacing the version's tags with none
 * (UG batch-ops-delete-object-tagging).
 */
public final class DeleteObjectTaggingTask implements TaskExecutor {

    private final ObjectTaggingService tagging;
    private final RequestAccess role;

    /** Unrestricted, as in open mode. */
    public DeleteObjectTaggingTask(ObjectTaggingService tagging, JobOperation.DeleteObjectTagging operation) {
        this(tagging, operation, RequestAccess.UNRESTRICTED);
    }

    /** Built by {@link TaskExecutors}, after {@link #validate} accepted the operation; acts as {@code role}. */
    public DeleteObjectTaggingTask(
            ObjectTaggingService tagging, JobOperation.DeleteObjectTagging operation, RequestAccess role) {
        this.tagging = tagging;
        this.role = role;
    }

    /** S3DeleteObjectTagging is an empty structure (API reference S3DeleteObjectTaggingOperation). */
    public static void validate(JobOperation.DeleteObjectTagging operation) {
        // no members
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        return TaskCalls.call(target, versionId -> {
            // s3:DeleteObjectTagging, or s3:DeleteObjectVersionTagging for a row with a version ([P82])
            role.authorize(AccessRequest.object(
                    OperationAccess.DELETE_OBJECT_TAGGING, target.bucket(), target.key(), versionId));
            tagging.deleteTags(target.bucket(), target.key(), versionId);
        });
    }
}

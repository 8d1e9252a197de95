package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;

/**
 * Runs {@code S3DeleteObjectTagging} on one object: DeleteObjectTagging, which the emulator (like
 * its API handler) carries out as replacing the version's tags with none
 * (UG batch-ops-delete-object-tagging).
 */
public final class DeleteObjectTaggingTask implements TaskExecutor {

    private final ObjectTaggingService tagging;

    /** Built by {@link TaskExecutors} once per job, after {@link #validate} accepted the operation. */
    public DeleteObjectTaggingTask(ObjectTaggingService tagging, JobOperation.DeleteObjectTagging operation) {
        this.tagging = tagging;
    }

    /** S3DeleteObjectTagging is an empty structure (API reference S3DeleteObjectTaggingOperation). */
    public static void validate(JobOperation.DeleteObjectTagging operation) {
        // no members
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        return TaskCalls.call(target, versionId -> tagging.deleteTags(target.bucket(), target.key(), versionId));
    }
}

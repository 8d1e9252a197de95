package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.service.ObjectService;

/** Runs {@code S3DeleteObjectTagging} on one object. Not built yet. */
public final class DeleteObjectTaggingTask implements TaskExecutor {

    /** Built by {@link TaskExecutors} once per job, after {@link #validate} accepted the operation. */
    public DeleteObjectTaggingTask(ObjectService objects, JobOperation.DeleteObjectTagging operation) {
    }

    /** Checks the operation's parameters at CreateJob; BadRequestException when AWS would refuse them. */
    public static void validate(JobOperation.DeleteObjectTagging operation) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        throw new UnsupportedOperationException("not built yet");
    }
}

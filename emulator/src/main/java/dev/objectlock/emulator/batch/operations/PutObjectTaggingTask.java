package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;

/** Runs {@code S3PutObjectTagging} on one object. Not built yet. */
public final class PutObjectTaggingTask implements TaskExecutor {

    /** Checks the operation's parameters at CreateJob; BadRequestException when AWS would refuse them. */
    public static void validate(JobOperation.PutObjectTagging operation) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        throw new UnsupportedOperationException("not built yet");
    }
}

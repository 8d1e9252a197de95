package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.time.Clock;

/** Runs {@code S3PutObjectCopy} on one object. Not built yet. */
public final class PutObjectCopyTask implements TaskExecutor {

    /** Built by {@link TaskExecutors} once per job, after {@link #validate} accepted the operation. */
    public PutObjectCopyTask(ObjectService objects, CopyService copies, Clock clock,
                             JobOperation.PutObjectCopy operation) {
    }

    /** Checks the operation's parameters at CreateJob; BadRequestException when AWS would refuse them. */
    public static void validate(JobOperation.PutObjectCopy operation) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        throw new UnsupportedOperationException("not built yet");
    }
}

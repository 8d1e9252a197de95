package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.function.Consumer;

/**
 * What every task shares: the manifest's VersionId rules and an S3 refusal turned into a failed
 * outcome carrying the same status, code and message the API call would have answered ([C.7.5]).
 */
public final class TaskCalls {

    private TaskCalls() {}

    /**
     * Runs {@code call} with the version the row names: null for the current version at run time
     * ([R44]), the literal {@code null} for the null version; an empty VersionId column fails the
     * task without calling anything ([R43]).
     */
    public static TaskOutcome call(TaskTarget target, Consumer<String> call) {
        if ("".equals(target.versionId())) {
            return TaskOutcome.failure(400, "InvalidRequest", "Task failed due to missing VersionId");
        }
        try {
            call.accept(target.versionId());
            return TaskOutcome.success();
        } catch (S3Exception e) {
            return TaskOutcome.failure(e.code().httpStatus(), e.code().code(), e.getMessage());
        }
    }
}

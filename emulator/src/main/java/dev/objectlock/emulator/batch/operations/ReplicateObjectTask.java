package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.service.BatchReplicationService;

/**
 * Runs {@code S3ReplicateObject} on one version through {@link BatchReplicationService}, which
 * records the same work live replication records ([R141]). A refusal is a failed task whose error
 * code is AWS's replication failure reason ([R142]).
 */
public final class ReplicateObjectTask implements TaskExecutor {

    private final BatchReplicationService replication;
    private final RequestAccess role;

    public ReplicateObjectTask(BatchReplicationService replication, RequestAccess role) {
        this.replication = replication;
        this.role = role;
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        if ("".equals(target.versionId())) {
            return TaskCalls.call(target, versionId -> {});
        }
        BatchReplicationService.Refusal refusal =
                replication.initiate(target.bucket(), target.key(), target.versionId(), role);
        return refusal == null
                ? TaskOutcome.success()
                : TaskOutcome.failure(refusal.httpStatus(), refusal.reason(), refusal.message());
    }
}

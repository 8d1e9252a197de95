package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import java.time.Instant;

/**
 * Runs {@code S3PutObjectRetention} on one object through the PutObjectRetention use case, so
 * shortening COMPLIANCE or GOVERNANCE without bypass fails that task with 403 AccessDenied and a
 * date already past fails it with 400 InvalidArgument, as the API call would ([C.7.5]).
 */
public final class PutObjectRetentionTask implements TaskExecutor {

    private final ObjectLockService locks;
    private final JobOperation.PutObjectRetention operation;
    private final RequestAccess role;

    /**
     * Built by {@link TaskExecutors}, after {@link #validate} accepted the operation; acts as {@code role},
     * which needs s3:BypassGovernanceRetention too when the job bypasses ([P48, P82]).
     */
    public PutObjectRetentionTask(
            ObjectLockService locks, JobOperation.PutObjectRetention operation, RequestAccess role) {
        this.locks = locks;
        this.operation = operation;
        this.role = role;
    }

    /**
     * Checks the operation's parameters at CreateJob. Mode and RetainUntilDate come together (both
     * absent removes retention, as an empty {@code <Retention/>} does). A date in the past is not
     * refused here: the job accepts it and each task fails on it, as each API call would.
     */
    public static void validate(JobOperation.PutObjectRetention operation) {
        String mode = operation.mode();
        String date = operation.retainUntilDate();
        if ((mode == null) != (date == null)) {
            throw badRequest("S3PutObjectRetention needs both Retention Mode and RetainUntilDate, or neither.");
        }
        if (mode == null) {
            return;
        }
        if (RetentionMode.fromWire(mode).isEmpty()) {
            throw badRequest("Invalid Retention Mode '" + mode + "': must be GOVERNANCE or COMPLIANCE.");
        }
        try {
            // The API's own body parsing; the earliest instant keeps its past-date check out of the way.
            LockRequestRules.fromRetentionBody(mode, date, Instant.MIN);
        } catch (S3Exception e) {
            throw badRequest("Invalid RetainUntilDate '" + date + "': must be an ISO 8601 timestamp.");
        }
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        return TaskCalls.call(
                target,
                versionId -> locks.putRetention(
                        new ObjectLockService.VersionRef(target.bucket(), target.key(), versionId),
                        operation.mode(),
                        operation.retainUntilDate(),
                        operation.bypassGovernanceRetention(),
                        role));
    }

    private static S3Exception badRequest(String message) {
        return S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, message);
    }
}

package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.service.ObjectLockService;

/** Runs {@code S3PutObjectLegalHold} on one object through the PutObjectLegalHold use case ([C.7.5]). */
public final class PutObjectLegalHoldTask implements TaskExecutor {

    private final ObjectLockService locks;
    private final String status;
    private final RequestAccess role;

    /** Built by {@link TaskExecutors}, after {@link #validate} accepted the operation; acts as {@code role}. */
    public PutObjectLegalHoldTask(
            ObjectLockService locks, JobOperation.PutObjectLegalHold operation, RequestAccess role) {
        this.locks = locks;
        this.status = operation.legalHoldStatus();
        this.role = role;
    }

    /** Checks the operation's parameters at CreateJob; BadRequestException when AWS would refuse them. */
    public static void validate(JobOperation.PutObjectLegalHold operation) {
        if (operation.legalHoldStatus() == null) {
            throw S3Exception.of(
                    S3ErrorCode.BAD_REQUEST_EXCEPTION, "S3PutObjectLegalHold needs LegalHold Status (ON or OFF).");
        }
        if (LegalHoldStatus.fromWire(operation.legalHoldStatus()).isEmpty()) {
            throw S3Exception.of(
                    S3ErrorCode.BAD_REQUEST_EXCEPTION,
                    "Invalid LegalHold Status '" + operation.legalHoldStatus() + "': must be ON or OFF.");
        }
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        return TaskCalls.call(
                target,
                versionId -> locks.putLegalHold(
                        new ObjectLockService.VersionRef(target.bucket(), target.key(), versionId), status, role));
    }
}

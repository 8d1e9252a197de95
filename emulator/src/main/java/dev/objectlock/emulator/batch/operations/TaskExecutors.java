package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.service.BatchReplicationService;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;
import java.time.Clock;

/** The one place that knows which task class runs which job operation, at CreateJob and at run time. */
public final class TaskExecutors {

    private final ObjectService objects;
    private final ObjectTaggingService tagging;
    private final ObjectLockService locks;
    private final CopyService copies;
    private final BatchReplicationService replication;
    private final Clock clock;

    public TaskExecutors(
            ObjectService objects,
            ObjectTaggingService tagging,
            ObjectLockService locks,
            CopyService copies,
            BatchReplicationService replication,
            Clock clock) {
        this.replication = replication;
        this.objects = objects;
        this.tagging = tagging;
        this.locks = locks;
        this.copies = copies;
        this.clock = clock;
    }

    /** CreateJob's parameter checks for the operation; BadRequestException naming what is wrong. */
    public static void validate(JobOperation operation) {
        // Java 17 has no pattern switch; the sealed interface keeps this chain complete by review.
        if (operation instanceof JobOperation.PutObjectLegalHold op) {
            PutObjectLegalHoldTask.validate(op);
        } else if (operation instanceof JobOperation.PutObjectRetention op) {
            PutObjectRetentionTask.validate(op);
        } else if (operation instanceof JobOperation.PutObjectTagging op) {
            PutObjectTaggingTask.validate(op);
        } else if (operation instanceof JobOperation.DeleteObjectTagging op) {
            DeleteObjectTaggingTask.validate(op);
        } else if (operation instanceof JobOperation.PutObjectCopy op) {
            PutObjectCopyTask.validate(op);
        } else if (operation instanceof JobOperation.ReplicateObject) {
            // an empty structure: nothing to check ([R141])
        } else {
            throw S3Exception.of(
                    S3ErrorCode.BAD_REQUEST_EXCEPTION,
                    "The operation " + operation.wireName() + " is not supported by this emulator.");
        }
    }

    /** The executor for every task of a job whose operation passed {@link #validate}, unrestricted (open mode). */
    public TaskExecutor forOperation(JobOperation operation) {
        return forOperation(operation, RequestAccess.UNRESTRICTED);
    }

    /**
     * The executor for tasks run as {@code role}: each task asks it for the actions its API call needs
     * before the call ([P82]), so a refused task fails with the call's 403 AccessDenied.
     */
    public TaskExecutor forOperation(JobOperation operation, RequestAccess role) {
        if (operation instanceof JobOperation.PutObjectLegalHold op) {
            return new PutObjectLegalHoldTask(locks, op, role);
        } else if (operation instanceof JobOperation.PutObjectRetention op) {
            return new PutObjectRetentionTask(locks, op, role);
        } else if (operation instanceof JobOperation.PutObjectTagging op) {
            return new PutObjectTaggingTask(tagging, op, role);
        } else if (operation instanceof JobOperation.DeleteObjectTagging op) {
            return new DeleteObjectTaggingTask(tagging, op, role);
        } else if (operation instanceof JobOperation.PutObjectCopy op) {
            return new PutObjectCopyTask(objects, copies, clock, op, role);
        } else if (operation instanceof JobOperation.ReplicateObject) {
            return new ReplicateObjectTask(replication, role);
        }
        throw new IllegalArgumentException("CreateJob refuses " + operation.wireName() + "; no job can carry it");
    }
}

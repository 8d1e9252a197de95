package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;
import java.util.List;

/**
 * Runs {@code S3PutObjectTagging} on one object: PutObjectTagging with the job's tag set, which
 * replaces the version's tags (UG batch-ops-put-object-tagging). It goes through
 * {@link ObjectTaggingService#putTags}, so the tag limits of TagRules (10 tags, key and value lengths,
 * unique keys) and the version rules of the API call apply to each task.
 */
public final class PutObjectTaggingTask implements TaskExecutor {

    private final ObjectTaggingService tagging;
    private final List<Tag> tags;
    private final RequestAccess role;

    /** Unrestricted, as in open mode. */
    public PutObjectTaggingTask(ObjectTaggingService tagging, JobOperation.PutObjectTagging operation) {
        this(tagging, operation, RequestAccess.UNRESTRICTED);
    }

    /** Built by {@link TaskExecutors}, after {@link #validate} accepted the operation; acts as {@code role}. */
    public PutObjectTaggingTask(
            ObjectTaggingService tagging, JobOperation.PutObjectTagging operation, RequestAccess role) {
        this.tagging = tagging;
        this.tags = operation.tagSet() == null ? List.of() : List.copyOf(operation.tagSet());
        this.role = role;
    }

    /**
     * CreateJob checks what the S3 Control model requires of each {@code S3Tag}: a Key of at least
     * one character. An absent or empty TagSet is accepted and empties each object's tags, as a
     * PutObjectTagging with an empty TagSet does. The S3 tag limits are left to each task, where
     * the PutObjectTagging call applies them. [UNCERTAIN: whether CreateJob already refuses 11 tags]
     */
    public static void validate(JobOperation.PutObjectTagging operation) {
        if (operation.tagSet() == null) {
            return;
        }
        for (Tag tag : operation.tagSet()) {
            if (tag == null || tag.key() == null || tag.key().isEmpty()) {
                throw S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, "Every tag of S3PutObjectTagging needs a Key.");
            }
        }
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        return TaskCalls.call(target, versionId -> {
            // s3:PutObjectTagging, or s3:PutObjectVersionTagging for a row with a version ([P82])
            role.authorize(
                    AccessRequest.object(OperationAccess.PUT_OBJECT_TAGGING, target.bucket(), target.key(), versionId));
            tagging.putTags(target.bucket(), target.key(), versionId, tags);
        });
    }
}

package dev.objectlock.emulator.batch.operations;

import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobValues;
import dev.objectlock.emulator.batch.TaskExecutor;
import dev.objectlock.emulator.batch.TaskOutcome;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.batch.manifest.Arns;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.rules.TagRules;
import dev.objectlock.emulator.domain.rules.Timestamps;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code S3PutObjectCopy} on one object: a CopyObject from the manifest's object (at its
 * version, when the row names one) to {@code TargetResource} under {@code TargetKeyPrefix},
 * through {@link CopyService}, so each copy obeys CopyObject's rules (UG batch-ops-copy-object):
 *
 * <ul>
 *   <li>MetadataDirective COPY (the default) keeps the source's metadata; REPLACE takes
 *       NewObjectMetadata instead, as x-amz-metadata-directive does.</li>
 *   <li>NewObjectTagging, when given, replaces the source's tags; otherwise they are copied
 *       ("If NewObjectTagging is not specified, the tags of the source objects are copied").</li>
 *   <li>ObjectLockMode, ObjectLockRetainUntilDate and ObjectLockLegalHoldStatus are the copy's
 *       x-amz-object-lock-* headers: judged exactly as CopyObject judges them ([B.5]), the
 *       source's own lock is never carried over ([R35]), and a target bucket without Object
 *       Lock fails the task with 400 InvalidRequest "Bucket is missing ObjectLockConfiguration".</li>
 *   <li>ModifiedSinceConstraint and UnModifiedSinceConstraint are the copy-source conditions.</li>
 * </ul>
 * CannedAccessControlList and StorageClass are accepted and have no effect: the emulator keeps no
 * ACLs and stores everything as STANDARD, as its CopyObject does.
 */
public final class PutObjectCopyTask implements TaskExecutor {

    private static final Set<String> DIRECTIVES = Set.of("COPY", "REPLACE");
    private static final Set<String> CANNED_ACLS = Set.of(
            "private",
            "public-read",
            "public-read-write",
            "aws-exec-read",
            "authenticated-read",
            "bucket-owner-read",
            "bucket-owner-full-control");
    private static final Set<String> LOCK_MODES = Set.of("COMPLIANCE", "GOVERNANCE");
    private static final Set<String> LEGAL_HOLDS = Set.of("ON", "OFF");

    private final CopyService copies;
    private final JobOperation.PutObjectCopy operation;
    private final String targetBucket;
    private final RequestAccess role;

    /** Unrestricted, as in open mode. */
    public PutObjectCopyTask(
            ObjectService objects, CopyService copies, Clock clock, JobOperation.PutObjectCopy operation) {
        this(objects, copies, clock, operation, RequestAccess.UNRESTRICTED);
    }

    /**
     * Built by {@link TaskExecutors}, after {@link #validate} accepted the operation; acts as {@code role}.
     * Every rule the copy obeys lives in CopyService, which reads its own clock; {@code objects}
     * and {@code clock} are part of the shared task signature and not needed here.
     */
    public PutObjectCopyTask(
            ObjectService objects,
            CopyService copies,
            Clock clock,
            JobOperation.PutObjectCopy operation,
            RequestAccess role) {
        this.copies = copies;
        this.operation = operation;
        this.role = role;
        this.targetBucket = Arns.bucket(operation.targetResource())
                .orElseThrow(() -> new IllegalArgumentException(
                        "validate() accepts only bucket ARNs: " + operation.targetResource()));
    }

    /**
     * CreateJob's checks: the S3 Control model's required member, enums and timestamps
     * (API reference S3CopyObjectOperation), BadRequestException otherwise. Whether the lock
     * values fit together (mode with date, a date in the future, a target bucket with Object
     * Lock) is judged per task, as each CopyObject judges its headers. [UNCERTAIN: messages]
     */
    public static void validate(JobOperation.PutObjectCopy op) {
        if (op.targetResource() == null || Arns.bucket(op.targetResource()).isEmpty()) {
            throw badRequest("S3PutObjectCopy needs TargetResource, an S3 bucket ARN (arn:aws:s3:::bucket): "
                    + op.targetResource());
        }
        if (op.targetKeyPrefix() != null
                && (op.targetKeyPrefix().isEmpty() || op.targetKeyPrefix().length() > 1024)) {
            throw badRequest("TargetKeyPrefix must be 1 to 1024 characters.");
        }
        oneOf(op.metadataDirective(), DIRECTIVES, "MetadataDirective");
        oneOf(op.cannedAccessControlList(), CANNED_ACLS, "CannedAccessControlList");
        oneOf(op.storageClass(), JobValues.STORAGE_CLASSES, "StorageClass");
        oneOf(op.objectLockMode(), LOCK_MODES, "ObjectLockMode");
        oneOf(op.objectLockLegalHoldStatus(), LEGAL_HOLDS, "ObjectLockLegalHoldStatus");
        timestamp(op.objectLockRetainUntilDate(), "ObjectLockRetainUntilDate");
        timestamp(op.modifiedSinceConstraint(), "ModifiedSinceConstraint");
        timestamp(op.unModifiedSinceConstraint(), "UnModifiedSinceConstraint");
        if (op.newObjectMetadata() != null) {
            timestamp(op.newObjectMetadata().httpExpiresDate(), "NewObjectMetadata HttpExpiresDate");
        }
        if (op.checksumAlgorithm() != null
                && ChecksumAlgorithm.fromName(op.checksumAlgorithm()).isEmpty()) {
            throw badRequest("Invalid ChecksumAlgorithm '" + op.checksumAlgorithm() + "'.");
        }
        if (op.newObjectTagging() != null) {
            for (Tag tag : op.newObjectTagging()) {
                if (tag == null || tag.key() == null || tag.key().isEmpty()) {
                    throw badRequest("Every tag of NewObjectTagging needs a Key.");
                }
            }
        }
    }

    @Override
    public TaskOutcome run(TaskTarget target) {
        return TaskCalls.call(target, versionId -> {
            authorize(target, versionId);
            copy(target, versionId);
        });
    }

    /**
     * The actions of the CopyObject the task makes ([P82]): the source read (s3:GetObjectVersion for a
     * row with a version), s3:PutObject on the copy, and the lock and tagging actions its values add.
     */
    private void authorize(TaskTarget target, String versionId) {
        role.authorize(AccessRequest.object(
                        OperationAccess.COPY_OBJECT,
                        targetBucket,
                        targetKey(operation.targetKeyPrefix(), target.key()),
                        null)
                .withCopySource(target.bucket(), target.key(), versionId)
                .withLock(new AccessRequest.LockValues(
                        operation.objectLockMode(),
                        operation.objectLockRetainUntilDate(),
                        operation.objectLockLegalHoldStatus()))
                .withTagging(tags() != null));
    }

    private void copy(TaskTarget target, String versionId) {
        copies.copy(new CopyService.CopyObject(
                target.bucket(),
                target.key(),
                versionId,
                new Conditions(
                        null,
                        null,
                        Timestamps.parseIso8601(operation.modifiedSinceConstraint())
                                .orElse(null),
                        Timestamps.parseIso8601(operation.unModifiedSinceConstraint())
                                .orElse(null)),
                targetBucket,
                targetKey(operation.targetKeyPrefix(), target.key()),
                replacement(),
                tags(),
                ChecksumAlgorithm.fromName(operation.checksumAlgorithm()).orElse(null),
                new LockHeaders(
                        operation.objectLockMode(),
                        operation.objectLockRetainUntilDate(),
                        operation.objectLockLegalHoldStatus()),
                Conditions.none(),
                // A batch copy sends no ACL: the target gets the owner-only default.
                AclRequest.NONE));
    }

    /**
     * The copy's key. TargetKeyPrefix is a folder the objects go into ("to copy objects into a
     * folder named Folder1 ..., set the TargetKeyPrefix to Folder1", API reference), and the whole
     * source key follows it: {@code Folder2} + {@code folder1/a.txt} is {@code Folder2/folder1/a.txt}
     * (AWS's answer in aws/aws-sdk#355). A prefix already ending in {@code /} gets no second one.
     * [UNCERTAIN: the separator rule for a prefix without a trailing slash]
     */
    static String targetKey(String prefix, String key) {
        if (prefix == null || prefix.isEmpty()) {
            return key;
        }
        return prefix.endsWith("/") ? prefix + key : prefix + "/" + key;
    }

    /** REPLACE: NewObjectMetadata becomes the copy's metadata; built per task so a refusal fails that task. */
    private ObjectService.NewObject replacement() {
        if (!"REPLACE".equals(operation.metadataDirective())) {
            return null;
        }
        JobOperation.NewObjectMetadata m = operation.newObjectMetadata();
        if (m == null) {
            return ObjectService.NewObject.fromRequest(ContentHeaders.defaults(), Map.of(), List.of());
        }
        String contentType = m.contentType() == null || m.contentType().isEmpty()
                ? ContentHeaders.DEFAULT_CONTENT_TYPE
                : m.contentType();
        String expires = Timestamps.parseIso8601(m.httpExpiresDate())
                .map(i -> DateTimeFormatter.RFC_1123_DATE_TIME.format(i.atOffset(ZoneOffset.UTC)))
                .orElse(null);
        Map<String, String> userMetadata = new LinkedHashMap<>();
        if (m.userMetadata() != null) {
            // As S3 stores x-amz-meta-* names: lower case, without the prefix.
            m.userMetadata().forEach((k, v) -> userMetadata.put(k.toLowerCase(Locale.ROOT), v));
        }
        return ObjectService.NewObject.fromRequest(
                new ContentHeaders(
                        contentType,
                        m.contentEncoding(),
                        m.contentDisposition(),
                        m.contentLanguage(),
                        m.cacheControl(),
                        expires),
                userMetadata,
                List.of());
    }

    /** NewObjectTagging replaces the tags when given; null keeps the source's (CopyService's COPY). */
    private Map<String, String> tags() {
        List<Tag> requested = operation.newObjectTagging();
        return requested == null || requested.isEmpty() ? null : TagRules.validate(requested);
    }

    private static void oneOf(String value, Set<String> allowed, String name) {
        if (value != null && !allowed.contains(value)) {
            throw badRequest("Invalid " + name + " '" + value + "'.");
        }
    }

    private static void timestamp(String value, String name) {
        if (value != null && Timestamps.parseIso8601(value).isEmpty()) {
            throw badRequest("Invalid " + name + " '" + value + "': must be an ISO 8601 timestamp.");
        }
    }

    private static S3Exception badRequest(String message) {
        return S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, message);
    }
}

package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ReplicationTask;

/**
 * What the configuration's Role must be allowed for one replication task ([P101]): on the source
 * version s3:GetObjectVersionForReplication, and for a locked version s3:GetObjectRetention and
 * s3:GetObjectLegalHold; on the destination s3:ReplicateObject for a version or its changed
 * metadata, s3:ReplicateDelete for a delete marker.
 */
final class ReplicaPermissions {

    private ReplicaPermissions() {}

    /** The first action the role lacks, as a failure detail; null when it has them all. */
    static String refusal(ReplicationTask task, ObjectLock sourceLock, RequestAccess role) {
        String versionId = task.versionId().value();
        if (task.kind() == ReplicationTask.Kind.DELETE_MARKER) {
            return allows(role, OperationAccess.REPLICATE_DELETE, task.destinationBucket(), task, versionId)
                    ? null
                    : "AccessDenied: s3:ReplicateDelete";
        }
        if (!allows(role, OperationAccess.GET_OBJECT_VERSION_FOR_REPLICATION, task.sourceBucket(), task, versionId)) {
            return "AccessDenied: s3:GetObjectVersionForReplication";
        }
        boolean locked = sourceLock != null && (sourceLock.retention() != null || sourceLock.legalHold() != null);
        if (locked
                && !(allows(role, OperationAccess.GET_OBJECT_RETENTION, task.sourceBucket(), task, versionId)
                        && allows(role, OperationAccess.GET_OBJECT_LEGAL_HOLD, task.sourceBucket(), task, versionId))) {
            return "AccessDenied: s3:GetObjectRetention and s3:GetObjectLegalHold";
        }
        return allows(role, OperationAccess.REPLICATE_OBJECT, task.destinationBucket(), task, versionId)
                ? null
                : "AccessDenied: s3:ReplicateObject";
    }

    /** s3:GetObjectVersionTagging on the source: without it the replica has no tags ([P102]). */
    static boolean mayReadTags(ReplicationTask task, RequestAccess role) {
        return allows(
                role,
                OperationAccess.GET_OBJECT_TAGGING,
                task.sourceBucket(),
                task,
                task.versionId().value());
    }

    private static boolean allows(
            RequestAccess role, OperationAccess action, String bucket, ReplicationTask task, String versionId) {
        return role.allows(AccessRequest.object(action, bucket, task.key(), versionId));
    }
}

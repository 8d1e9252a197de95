package dev.objectlock.emulator.domain.model;

import java.time.Instant;

/**
 * One piece of replication work, recorded in the transaction of the write that caused it so that
 * it survives a restart ([R131]): copy a version, a delete marker, or a version's changed tags
 * and lock to one destination bucket.
 *
 * @param id    the order tasks were recorded in; 0 before the task is stored
 * @param role  the configuration's Role when the write happened, which the engine acts as
 */
public record ReplicationTask(
        long id,
        String sourceBucket,
        String key,
        VersionId versionId,
        String destinationBucket,
        Kind kind,
        String role,
        Instant recordedAt) {

    public enum Kind {
        /** A new version: its body, metadata, tags and lock. */
        VERSION,
        /** A delete marker made by a DELETE without a version id. */
        DELETE_MARKER,
        /** Tags, retention or legal hold changed on a version replicated before. */
        METADATA
    }

    /** How a task ended, or that it has not yet. */
    public enum State {
        PENDING,
        COMPLETED,
        FAILED
    }
}

package dev.objectlock.emulator.domain.model;

/**
 * A version's {@code x-amz-replication-status} ([R130]): a source version is PENDING until every
 * destination has its replica, then COMPLETED, or FAILED when one could not be written; a replica
 * is REPLICA. A version no rule took has none.
 */
public enum ReplicationStatus {
    PENDING,
    COMPLETED,
    FAILED,
    REPLICA;

    /** Whether this version was taken by a rule on its own bucket (a replica never is). */
    public boolean isSource() {
        return this != REPLICA;
    }
}

package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ReplicationStatus;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.time.Instant;
import java.util.Collection;

/** What a replica carries and what a source version's replication status says: pure decisions. */
public final class ReplicaRules {

    private ReplicaRules() {}

    /**
     * The lock a new replica gets ([R133]): the source's retention and legal hold, which the
     * destination's default retention does not override; a source without retention takes the
     * destination's default, counted from {@code now}, as any new version there would. A
     * destination without Object Lock holds no lock.
     */
    public static ObjectLock replicaLock(Bucket destination, ObjectLock source, Instant now) {
        ObjectLock lock = source == null ? ObjectLock.NONE : source;
        return NewVersionLockRules.forNewVersion(
                destination, new LockRequestRules.RequestedLock(lock.retention(), lock.legalHold()), now);
    }

    /**
     * Whether a destination cannot take this version: a locked version (retention, or a legal hold
     * ON) needs a destination with Object Lock, else it fails to replicate ([R115]: AWS's failure
     * reason DstBucketObjectLockConfigMissing).
     */
    public static boolean lacksObjectLockFor(Bucket destination, ObjectLock source) {
        boolean locked = source != null && (source.retention() != null || source.legalHoldOn());
        return locked && !destination.objectLockEnabled();
    }

    /**
     * The lock of a replica after its source's retention or legal hold changed ([R134]): the
     * source's legal hold, and its retention where it has one; a replica whose retention came from
     * its bucket's default keeps it while the source has none.
     */
    public static ObjectLock syncedLock(ObjectLock replica, ObjectLock source) {
        ObjectLock current = replica == null ? ObjectLock.NONE : replica;
        ObjectLock wanted = source == null ? ObjectLock.NONE : source;
        return new ObjectLock(
                wanted.retention() != null ? wanted.retention() : current.retention(), wanted.legalHold());
    }

    /**
     * Whether a bucket can take replicas: only a versioning-Enabled bucket keeps the source's
     * version ids ([R131]).
     */
    public static boolean acceptsReplicas(Bucket destination) {
        return destination.versioning() == VersioningStatus.ENABLED;
    }

    /**
     * A source version's status from the latest task towards each destination ([R130]): PENDING
     * while one is pending, then FAILED if one failed, else COMPLETED.
     */
    public static ReplicationStatus sourceStatus(Collection<ReplicationTask.State> latestPerDestination) {
        if (latestPerDestination.contains(ReplicationTask.State.PENDING)) {
            return ReplicationStatus.PENDING;
        }
        return latestPerDestination.contains(ReplicationTask.State.FAILED)
                ? ReplicationStatus.FAILED
                : ReplicationStatus.COMPLETED;
    }
}

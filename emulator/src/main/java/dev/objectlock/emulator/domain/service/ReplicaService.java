package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.ReplicationTasks;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.ReplicaRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Writes replicas: the destination side of one replication task. A replica is an ordinary version
 * of the destination bucket, stored under the bucket's row lock as every write is, so Object Lock
 * protects it as it protects any version there ([R138]); it is never written over and never
 * removed here.
 */
public final class ReplicaService {

    /** How a task ended; {@code detail} says why it failed, for the log. */
    public record Outcome(boolean replicated, String detail) {
        public static Outcome done() {
            return new Outcome(true, null);
        }

        public static Outcome failed(String detail) {
            return new Outcome(false, detail);
        }
    }

    private final Buckets buckets;
    private final ObjectVersionRepository versions;
    private final BlobStore blobs;
    private final Transactions tx;
    private final Clock clock;
    private final ReplicationTasks tasks;

    public ReplicaService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            BlobStore blobs,
            Transactions tx,
            Clock clock,
            ReplicationTasks tasks) {
        this.tasks = tasks;
        this.buckets = new Buckets(buckets);
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Runs one task against its destination, as {@code role} may ([P101]): the session of the
     * configuration's Role in secured mode, {@link RequestAccess#UNRESTRICTED} in open mode.
     */
    public Outcome replicate(ReplicationTask task, RequestAccess role) {
        try {
            return switch (task.kind()) {
                case VERSION, METADATA -> version(task, role);
                case DELETE_MARKER -> deleteMarker(task, role);
            };
        } catch (S3Exception e) {
            return Outcome.failed(e.code().code() + " " + e.getMessage());
        }
    }

    /**
     * Ends a task as its outcome says and, for a version, sets the source's status from the latest
     * task towards each destination ([R130]), under the source bucket's lock as every change to its
     * versions is made.
     */
    public void finish(ReplicationTask task, Outcome outcome) {
        Instant now = clock.instant();
        tx.inTransaction(() -> {
            boolean sourceStands = versionsMayChange(task.sourceBucket());
            tasks.finish(
                    task.id(),
                    outcome.replicated() ? ReplicationTask.State.COMPLETED : ReplicationTask.State.FAILED,
                    now);
            if (sourceStands && task.kind() != ReplicationTask.Kind.DELETE_MARKER) {
                tasks.setStatus(
                        task.sourceBucket(),
                        task.key(),
                        task.versionId(),
                        ReplicaRules.sourceStatus(
                                tasks.latestStates(task.sourceBucket(), task.key(), task.versionId())));
            }
        });
    }

    private boolean versionsMayChange(String bucket) {
        try {
            buckets.requireForUpdate(bucket);
            return true;
        } catch (S3Exception gone) {
            return false;
        }
    }

    private Outcome version(ReplicationTask task, RequestAccess role) {
        Optional<VersionEntry> found = versions.find(task.sourceBucket(), task.key(), task.versionId());
        if (found.isEmpty() || !(found.get() instanceof ObjectVersion first)) {
            return Outcome.failed("the source version is gone");
        }
        String refused = ReplicaPermissions.refusal(task, first.lock(), role);
        if (refused != null) {
            return Outcome.failed(refused);
        }
        // without s3:GetObjectVersionTagging the version is replicated without its tags ([P102])
        boolean withTags = ReplicaPermissions.mayReadTags(task, role);
        // The body is copied before the transaction, as a PutObject stores its body first.
        String blobId = task.kind() == ReplicationTask.Kind.VERSION ? copyBody(first) : null;
        boolean[] stored = {false};
        try {
            Instant now = clock.instant();
            return tx.inTransaction(() -> {
                Bucket destination = destination(task);
                if (!ReplicaRules.acceptsReplicas(destination)) {
                    return Outcome.failed("the destination bucket's versioning is not Enabled");
                }
                // read again under the lock: tags or lock may have changed since the body was copied
                ObjectVersion source = (ObjectVersion) versions.find(task.sourceBucket(), task.key(), task.versionId())
                        .filter(e -> e instanceof ObjectVersion)
                        .orElse(first);
                Optional<VersionEntry> existing = versions.find(destination.name(), task.key(), task.versionId());
                if (existing.isPresent()) {
                    return sync(existing.get(), source, withTags);
                }
                if (blobId == null) {
                    return Outcome.failed("no replica to update");
                }
                if (ReplicaRules.lacksObjectLockFor(destination, source.lock())) {
                    return Outcome.failed("DstBucketObjectLockConfigMissing");
                }
                versions.insert(source.asReplica(
                        destination.name(),
                        blobId,
                        ReplicaRules.replicaLock(destination, source.lock(), now),
                        withTags ? source.tags() : Map.of()));
                stored[0] = true;
                return Outcome.done();
            });
        } finally {
            if (blobId != null && !stored[0]) {
                blobs.delete(blobId);
            }
        }
    }

    /** An existing replica takes its source's tags and lock; anything else under that id stays. */
    private Outcome sync(VersionEntry existing, ObjectVersion source, boolean withTags) {
        if (!(existing instanceof ObjectVersion replica)) {
            return Outcome.failed("a delete marker has the version's id in the destination");
        }
        if (withTags) {
            versions.updateTags(replica.bucket(), replica.key(), replica.versionId(), source.tags());
        }
        versions.updateLock(
                replica.bucket(),
                replica.key(),
                replica.versionId(),
                ReplicaRules.syncedLock(replica.lock(), source.lock()));
        return Outcome.done();
    }

    private Outcome deleteMarker(ReplicationTask task, RequestAccess role) {
        Optional<VersionEntry> found = versions.find(task.sourceBucket(), task.key(), task.versionId());
        if (found.isEmpty() || !(found.get() instanceof DeleteMarker marker)) {
            return Outcome.failed("the source delete marker is gone");
        }
        String refused = ReplicaPermissions.refusal(task, null, role);
        if (refused != null) {
            return Outcome.failed(refused);
        }
        return tx.inTransaction(() -> {
            Bucket destination = destination(task);
            if (!ReplicaRules.acceptsReplicas(destination)) {
                return Outcome.failed("the destination bucket's versioning is not Enabled");
            }
            if (versions.find(destination.name(), task.key(), task.versionId()).isEmpty()) {
                versions.insert(new DeleteMarker(
                        destination.name(),
                        marker.key(),
                        marker.versionId(),
                        marker.sequence(),
                        marker.lastModified()));
            }
            return Outcome.done();
        });
    }

    private Bucket destination(ReplicationTask task) {
        return buckets.requireForUpdate(task.destinationBucket());
    }

    private String copyBody(ObjectVersion source) {
        try (InputStream body = blobs.open(source.blobId(), 0, source.size())) {
            return blobs.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

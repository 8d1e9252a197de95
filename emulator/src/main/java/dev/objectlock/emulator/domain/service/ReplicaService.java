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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes replicas: the destination side of one replication task. A replica is an ordinary version
 * of the destination bucket, stored under the bucket's row lock as every write is, so Object Lock
 * protects it as it protects any version there ([R138]); it is never written over and never
 * removed here.
 */
public final class ReplicaService {

    /** How a task ended; {@code detail} says why it failed, and {@code cause} what broke unexpectedly. */
    public record Outcome(boolean replicated, String detail, RuntimeException cause) {
        public static Outcome done() {
            return new Outcome(true, null, null);
        }

        public static Outcome failed(String detail) {
            return new Outcome(false, detail, null);
        }

        static Outcome broke(RuntimeException cause) {
            return new Outcome(false, cause.toString(), cause);
        }
    }

    /**
     * One task to run, as {@code role} may ([P101]): the session of the configuration's Role in
     * secured mode, {@link RequestAccess#UNRESTRICTED} in open mode; or {@code refused}, already
     * failed by the caller (a destination set to fail, a Role that cannot be assumed).
     */
    public record Job(ReplicationTask task, RequestAccess role, Outcome refused) {}

    /** What one task read and copied before the transaction; {@code outcome} once it has ended. */
    private record Prepared(
            ReplicationTask task, Outcome outcome, VersionEntry first, boolean withTags, String blobId) {
        static Prepared ended(ReplicationTask task, Outcome outcome) {
            return new Prepared(task, outcome, null, false, null);
        }
    }

    private final BucketRepository bucketRepository;
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
        this.bucketRepository = buckets;
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Runs {@code jobs}, oldest first, and ends each task as it went, in one transaction: the
     * bodies are copied before it, as a PutObject stores its body first; in it, every bucket the
     * jobs touch is locked, in name order, as each write locks its bucket, so Object Lock protects
     * a replica as any version there ([R138]) and the source's status is set from the latest task
     * towards each destination ([R130]). Each task runs in a savepoint: one that fails ends FAILED
     * alone, the others still commit.
     *
     * @return the outcome of each job, in order
     */
    public List<Outcome> runAll(List<Job> jobs) {
        List<Prepared> prepared = jobs.stream().map(this::prepare).toList();
        Set<String> kept = new HashSet<>();
        Outcome[] outcomes = new Outcome[prepared.size()];
        try {
            Instant now = clock.instant();
            tx.inTransaction(() -> {
                Map<String, Bucket> locked = lockAll(prepared);
                for (int i = 0; i < outcomes.length; i++) {
                    Prepared p = prepared.get(i);
                    outcomes[i] = p.outcome() != null ? p.outcome() : store(p, locked, now, kept);
                    finish(p.task(), outcomes[i], now, locked);
                }
            });
        } catch (RuntimeException e) {
            kept.clear();
            throw e;
        } finally {
            for (Prepared p : prepared) {
                if (p.blobId() != null && !kept.contains(p.blobId())) {
                    blobs.delete(p.blobId());
                }
            }
        }
        return List.of(outcomes);
    }

    private Prepared prepare(Job job) {
        ReplicationTask task = job.task();
        if (job.refused() != null) {
            return Prepared.ended(task, job.refused());
        }
        try {
            boolean marker = task.kind() == ReplicationTask.Kind.DELETE_MARKER;
            Optional<VersionEntry> found = versions.find(task.sourceBucket(), task.key(), task.versionId());
            if (marker) {
                if (found.isEmpty() || !(found.get() instanceof DeleteMarker source)) {
                    return Prepared.ended(task, Outcome.failed("the source delete marker is gone"));
                }
                String refused = ReplicaPermissions.refusal(task, null, job.role());
                return refused != null
                        ? Prepared.ended(task, Outcome.failed(refused))
                        : new Prepared(task, null, source, false, null);
            }
            if (found.isEmpty() || !(found.get() instanceof ObjectVersion first)) {
                return Prepared.ended(task, Outcome.failed("the source version is gone"));
            }
            String refused = ReplicaPermissions.refusal(task, first.lock(), job.role());
            if (refused != null) {
                return Prepared.ended(task, Outcome.failed(refused));
            }
            // without s3:GetObjectVersionTagging the version is replicated without its tags ([P102])
            boolean withTags = ReplicaPermissions.mayReadTags(task, job.role());
            String blobId = task.kind() == ReplicationTask.Kind.VERSION ? copyBody(first) : null;
            return new Prepared(task, null, first, withTags, blobId);
        } catch (S3Exception e) {
            return Prepared.ended(task, Outcome.failed(e.code().code() + " " + e.getMessage()));
        } catch (RuntimeException e) {
            return Prepared.ended(task, Outcome.broke(e));
        }
    }

    /** Locks each bucket the tasks touch, in name order so that two batches never wait on each other. */
    private Map<String, Bucket> lockAll(List<Prepared> prepared) {
        Set<String> names = new TreeSet<>();
        for (Prepared p : prepared) {
            names.add(p.task().sourceBucket());
            names.add(p.task().destinationBucket());
        }
        Map<String, Bucket> locked = new HashMap<>();
        for (String name : names) {
            bucketRepository.findForUpdate(name).ifPresent(b -> locked.put(name, b));
        }
        return locked;
    }

    private Outcome store(Prepared p, Map<String, Bucket> locked, Instant now, Set<String> kept) {
        try {
            return tx.inSavepoint(() -> {
                Bucket destination = locked.get(p.task().destinationBucket());
                if (destination == null) {
                    throw S3Exception.noSuchBucket(p.task().destinationBucket());
                }
                if (!ReplicaRules.acceptsReplicas(destination)) {
                    return Outcome.failed("the destination bucket's versioning is not Enabled");
                }
                return p.first() instanceof DeleteMarker marker
                        ? deleteMarker(marker, destination)
                        : version(p, destination, now, kept);
            });
        } catch (S3Exception e) {
            return Outcome.failed(e.code().code() + " " + e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.broke(e);
        }
    }

    /** Ends a task; for a version, sets the source's status while the source bucket stands. */
    private void finish(ReplicationTask task, Outcome outcome, Instant now, Map<String, Bucket> locked) {
        tasks.finish(
                task.id(), outcome.replicated() ? ReplicationTask.State.COMPLETED : ReplicationTask.State.FAILED, now);
        if (locked.containsKey(task.sourceBucket()) && task.kind() != ReplicationTask.Kind.DELETE_MARKER) {
            tasks.setStatus(
                    task.sourceBucket(),
                    task.key(),
                    task.versionId(),
                    ReplicaRules.sourceStatus(tasks.latestStates(task.sourceBucket(), task.key(), task.versionId())));
        }
    }

    private Outcome version(Prepared p, Bucket destination, Instant now, Set<String> kept) {
        ReplicationTask task = p.task();
        // read again under the lock: tags or lock may have changed since the body was copied
        ObjectVersion source = (ObjectVersion) versions.find(task.sourceBucket(), task.key(), task.versionId())
                .filter(e -> e instanceof ObjectVersion)
                .orElse((ObjectVersion) p.first());
        Optional<VersionEntry> existing = versions.find(destination.name(), task.key(), task.versionId());
        if (existing.isPresent()) {
            return sync(existing.get(), source, p.withTags());
        }
        if (p.blobId() == null) {
            return Outcome.failed("no replica to update");
        }
        if (ReplicaRules.lacksObjectLockFor(destination, source.lock())) {
            return Outcome.failed("DstBucketObjectLockConfigMissing");
        }
        versions.insert(source.asReplica(
                destination.name(),
                p.blobId(),
                ReplicaRules.replicaLock(destination, source.lock(), now),
                p.withTags() ? source.tags() : Map.of()));
        // the last change in the savepoint: from here only the whole transaction can undo it
        kept.add(p.blobId());
        return Outcome.done();
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

    private Outcome deleteMarker(DeleteMarker marker, Bucket destination) {
        if (versions.find(destination.name(), marker.key(), marker.versionId()).isEmpty()) {
            versions.insert(new DeleteMarker(
                    destination.name(), marker.key(), marker.versionId(), marker.sequence(), marker.lastModified()));
        }
        return Outcome.done();
    }

    private String copyBody(ObjectVersion source) {
        try (InputStream body = blobs.open(source.blobId(), 0, source.size())) {
            return blobs.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.ObjectKeyRules;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import dev.objectlock.emulator.domain.rules.Preconditions;
import dev.objectlock.emulator.domain.rules.VersioningRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DeleteObject and DeleteObjects: remove a version (when Object Lock allows it) or add a delete
 * marker, as the bucket's versioning state says.
 */
public final class ObjectDeletionService {

    /** {@code ifMatch}: the conditional delete's If-Match (an ETag or "*"), null when unconditional. */
    public record DeleteObject(String bucket, String key, String versionId, Boolean bypassGovernance, String ifMatch) {}

    /** {@code versionId} null when the response carries none; {@code deleteMarker} true also for removed markers. */
    public record Deleted(String key, VersionId versionId, boolean deleteMarker) {}

    /**
     * One {@code <Object>} of a DeleteObjects request. {@code etag}: the entry's ETag condition (a
     * conditional delete), null when unconditional.
     */
    public record DeleteObjectsEntry(String key, String versionId, String etag) {}

    /** One key's result: {@code deleted} or {@code error} is set. */
    public record DeleteOutcome(DeleteObjectsEntry entry, Deleted deleted, S3Exception error) {
        static DeleteOutcome success(DeleteObjectsEntry entry, Deleted deleted) {
            return new DeleteOutcome(entry, deleted, null);
        }

        static DeleteOutcome failure(DeleteObjectsEntry entry, S3Exception error) {
            return new DeleteOutcome(entry, null, error);
        }
    }

    private final Buckets buckets;
    private final ObjectVersionRepository versions;
    private final Transactions tx;
    private final Clock clock;
    private final VersionStack stack;
    private final ReplicationRecorder replication;

    public ObjectDeletionService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            BlobStore blobs,
            Transactions tx,
            Clock clock,
            ReplicationRecorder replication) {
        this.replication = replication;
        this.buckets = new Buckets(buckets);
        this.versions = versions;
        this.tx = tx;
        this.clock = clock;
        this.stack = new VersionStack(versions, blobs, tx);
    }

    public Deleted delete(DeleteObject request) {
        Bucket bucket = buckets.require(request.bucket());
        ObjectLockPolicy.Bypass bypass = ObjectLockPolicy.bypassFor(bucket, request.bypassGovernance());
        VersionId versionId = VersioningRules.parseVersionId(
                request.versionId(), bucket.versioning(), id -> stored(request.bucket(), request.key(), id));
        return deleteOne(request.bucket(), request.key(), versionId, bypass, request.ifMatch());
    }

    /** DeleteObjects for a caller not authorised per request. */
    public List<DeleteOutcome> deleteMany(String bucketName, List<DeleteObjectsEntry> entries, Boolean bypass) {
        return deleteMany(bucketName, entries, bypass, RequestAccess.UNRESTRICTED);
    }

    /**
     * DeleteObjects: each key on its own, errors reported per key under an overall success. Each entry
     * is authorised before its version is looked up ([P47], P74): a refused key is reported as
     * AccessDenied "Access Denied" and the others are deleted.
     */
    public List<DeleteOutcome> deleteMany(
            String bucketName, List<DeleteObjectsEntry> entries, Boolean bypass, RequestAccess access) {
        Bucket bucket = buckets.require(bucketName);
        ObjectLockPolicy.Bypass bypassGovernance = ObjectLockPolicy.bypassFor(bucket, bypass);
        List<DeleteOutcome> outcomes = new ArrayList<>(entries.size());
        for (DeleteObjectsEntry entry : entries) {
            if (!access.allows(
                    AccessRequest.object(OperationAccess.DELETE_OBJECTS, bucketName, entry.key(), entry.versionId())
                            .withBypass(bypass))) {
                outcomes.add(DeleteOutcome.failure(entry, S3Exception.of(S3ErrorCode.ACCESS_DENIED)));
                continue;
            }
            try {
                VersionId versionId = entry.versionId() == null ? null : parseListedVersionId(entry, bucket);
                outcomes.add(DeleteOutcome.success(
                        entry, deleteOne(bucketName, entry.key(), versionId, bypassGovernance, entry.etag())));
            } catch (S3Exception e) {
                outcomes.add(DeleteOutcome.failure(entry, e));
            }
        }
        return outcomes;
    }

    /** Whether a version id is stored, for ids written before the check of [R63] (K24). */
    private boolean stored(String bucket, String key, VersionId id) {
        return versions.find(bucket, key, id).isPresent();
    }

    /** In DeleteObjects a version id that cannot exist is reported as NoSuchVersion ([A.6]). */
    private VersionId parseListedVersionId(DeleteObjectsEntry entry, Bucket bucket) {
        try {
            return VersioningRules.parseVersionId(
                    entry.versionId(), bucket.versioning(), id -> stored(bucket.name(), entry.key(), id));
        } catch (S3Exception e) {
            throw S3Exception.noSuchVersion(entry.key(), entry.versionId());
        }
    }

    /**
     * Removes one version, or adds a delete marker. Only a marker may replicate: the removal of a
     * version named by id never does ([R137]). The protection check and the removal happen in
     * one transaction that holds the bucket's row lock, which every write to the bucket's versions
     * (including legal-hold and retention changes) also takes: no racing request can slip a
     * removal past a hold being set.
     */
    private Deleted deleteOne(
            String bucketName, String key, VersionId versionId, ObjectLockPolicy.Bypass bypass, String ifMatch) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Bucket bucket = buckets.requireForUpdate(bucketName);
            if (ifMatch != null) {
                // Conditional deletes are evaluated against the current version only (User Guide,
                // "How to perform conditional deletes").
                Preconditions.checkWrite(
                        new Conditions(ifMatch, null, null, null), key, stack.currentEtag(bucketName, key));
            }
            if (versionId != null) {
                Optional<VersionEntry> removed = stack.remove(bucketName, key, versionId, bypass, now);
                boolean marker = removed.map(VersionEntry::isDeleteMarker).orElse(false);
                return new Deleted(key, versionId, marker);
            }
            if (!VersioningRules.deleteLeavesMarker(bucket.versioning())) {
                stack.removeNullVersion(bucketName, key, bypass, now);
                return new Deleted(key, null, false);
            }
            // A marker is a write: its key is held to the limit every write is held to [R52].
            ObjectKeyRules.checkKey(key);
            long sequence = versions.nextSequence();
            VersionId markerId = VersioningRules.versionIdForWrite(bucket.versioning(), sequence);
            if (markerId.isNull()) {
                stack.removeNullVersion(bucketName, key, bypass, now);
            }
            versions.insert(new DeleteMarker(bucketName, key, markerId, sequence, now));
            replication.deleteMarker(bucketName, key, markerId, now);
            return new Deleted(key, markerId, true);
        });
    }
}

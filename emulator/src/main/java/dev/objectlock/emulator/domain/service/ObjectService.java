package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ByteRange;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.DefaultRetentionCalculator;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.rules.MultipartRules;
import dev.objectlock.emulator.domain.rules.ObjectKeyRules;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import dev.objectlock.emulator.domain.rules.Preconditions;
import dev.objectlock.emulator.domain.rules.TagRules;
import dev.objectlock.emulator.domain.rules.RangeRules;
import dev.objectlock.emulator.domain.rules.VersioningRules;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Object use cases: write, read, delete, copy, tag. */
public final class ObjectService {

    /** What a new version is made of, apart from its body. */
    public record NewObject(ContentHeaders content, Map<String, String> userMetadata, Map<String, String> tags) {

        /** A new object as a request describes it, its tags held to the tag limits. */
        public static NewObject fromRequest(ContentHeaders content, Map<String, String> userMetadata,
                                            List<Tag> tags) {
            ObjectKeyRules.checkUserMetadata(userMetadata);
            return new NewObject(content, userMetadata, TagRules.validate(tags));
        }
    }

    /** {@code conditions}: the write's If-Match / If-None-Match, checked against the current object. */
    public record PutObject(String bucket, String key, NewObject object, LockHeaders lockHeaders, Payload payload,
                            Conditions conditions) {
    }

    /** The outcome of any write that creates a version. {@code versionId} is null when not announced. */
    public record Written(VersionId versionId, String etag, Instant lastModified, Checksum checksum, long size) {
    }

    /**
     * {@code partNumber} (null when absent) asks for one part of a multipart object;
     * {@code bodyWanted} false for HEAD: the body is then never opened.
     */
    public record GetObject(String bucket, String key, String versionId, Conditions conditions, ByteRange range,
                            Integer partNumber, boolean bodyWanted) {
    }

    /** A version ready to be sent; {@code range} null means the whole body. */
    /** {@code body} is open and positioned at the range, or null when none was wanted. */
    public record ObjectRead(ObjectVersion version, boolean announceVersionId, RangeRules.Resolved range,
                             InputStream body) {
    }

    /** {@code ifMatch}: the conditional delete's If-Match (an ETag or "*"), null when unconditional. */
    public record DeleteObject(String bucket, String key, String versionId, Boolean bypassGovernance, String ifMatch) {
    }

    /** {@code versionId} null when the response carries none; {@code deleteMarker} true also for removed markers. */
    public record Deleted(String key, VersionId versionId, boolean deleteMarker) {
    }

    private final BucketRepository buckets;
    private final ObjectVersionRepository versions;
    private final BlobStore blobs;
    private final Transactions tx;
    private final Clock clock;
    private final PayloadWriter payloads;

    public ObjectService(BucketRepository buckets, ObjectVersionRepository versions, BlobStore blobs,
                         Transactions tx, Clock clock) {
        this.buckets = buckets;
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
        this.clock = clock;
        this.payloads = new PayloadWriter(blobs);
    }

    /**
     * PutObject. Lock headers are judged before a byte is stored: their values, then whether the
     * bucket has Object Lock, then whether the request carries an integrity check, which AWS
     * demands whenever the new version will be locked (spec B.5, rule 22).
     */
    public Written put(PutObject request) {
        Instant now = clock.instant();
        Bucket bucket = requireBucket(request.bucket());
        ObjectKeyRules.checkKey(request.key());
        LockRequestRules.RequestedLock lock = request.lockHeaders().validateFor(bucket, now);
        if ((!lock.isEmpty() || bucket.defaultRetention() != null) && !request.payload().integrityDeclared()) {
            throw S3Exception.invalidRequest("Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object "
                    + "requests with Object Lock parameters");
        }
        PayloadWriter.Written body = payloads.write(request.payload());
        var d = body.digests();
        Checksum checksum = new Checksum(d.algorithm(), d.checksumBase64(), Checksum.ChecksumType.FULL_OBJECT);
        return commitNewVersion(request.bucket(), request.key(), request.object(), d.size(), d.md5Hex(), checksum,
                null, body.blobId(), lock, request.conditions(), now);
    }

    /**
     * Makes a stored body the newest version of its key, in one transaction holding the bucket's
     * lock. Used by PutObject, CopyObject and CompleteMultipartUpload alike. The version is locked
     * as the request asked or, for retention it did not name, by the bucket's default rule as it
     * stands now (spec rules 18, 19).
     */
    public Written commitNewVersion(String bucketName, String key, NewObject object, long size, String etag,
                                    Checksum checksum, List<Long> partSizes, String blobId,
                                    LockRequestRules.RequestedLock requestedLock, Conditions conditions, Instant now) {
        try {
            return tx.inTransaction(() -> {
                Bucket bucket = buckets.findForUpdate(bucketName)
                        .orElseThrow(() -> S3Exception.noSuchBucket(bucketName));
                // Checked under the bucket's row lock, so two conditional writers cannot both win.
                Preconditions.checkWrite(conditions, key, currentEtag(bucketName, key));
                long sequence = versions.nextSequence();
                VersionId id = VersioningRules.versionIdForWrite(bucket.versioning(), sequence);
                if (id.isNull()) {
                    removeNullVersion(bucketName, key, ObjectLockPolicy.Bypass.NONE, now);
                }
                ObjectLock lock = lockForNewVersion(bucket, requestedLock, now);
                versions.insert(new ObjectVersion(bucketName, key, id, sequence, now, size, etag, object.content(),
                        object.userMetadata(), checksum, partSizes, object.tags(), blobId, lock));
                return new Written(VersioningRules.announcesWrittenVersion(bucket.versioning()) ? id : null, etag, now,
                        checksum, size);
            });
        } catch (RuntimeException e) {
            // nothing refers to the new body: the version row was never written
            blobs.delete(blobId);
            throw e;
        }
    }

    /** The ETag of the key's current object; null when it has none or its current version is a delete marker. */
    private String currentEtag(String bucket, String key) {
        return versions.findCurrent(bucket, key).filter(e -> e instanceof ObjectVersion)
                .map(e -> ((ObjectVersion) e).etag()).orElse(null);
    }

    private static ObjectLock lockForNewVersion(Bucket bucket, LockRequestRules.RequestedLock requested, Instant now) {
        if (!bucket.objectLockEnabled()) {
            return ObjectLock.NONE;
        }
        Retention retention = requested.retention() != null ? requested.retention()
                : bucket.defaultRetention() == null ? null
                : DefaultRetentionCalculator.retentionFor(bucket.defaultRetention(), now);
        return new ObjectLock(retention, requested.legalHold());
    }

    /**
     * Removes the key's null version, if any, unless Object Lock protects it; its body goes once
     * the removal has committed.
     */
    private void removeNullVersion(String bucket, String key, ObjectLockPolicy.Bypass bypass, Instant now) {
        versions.find(bucket, key, VersionId.NULL).ifPresent(e -> {
            if (e instanceof ObjectVersion v) {
                ObjectLockPolicy.checkRemoval(v.lock(), bypass, now);
                releaseAfterCommit(v.blobId());
            }
            versions.delete(bucket, key, VersionId.NULL);
        });
    }

    /**
     * Deletes the body of a version this transaction removes, but only once the removal has
     * committed: the transaction may be part of a larger one (a batch chunk, CompleteMultipartUpload)
     * that can still roll back and bring the version back.
     */
    private void releaseAfterCommit(String blobId) {
        tx.afterCommit(() -> blobs.delete(blobId));
    }

    /** A version's metadata and whether responses announce its id (HeadObject-like reads). */
    public record VersionRead(ObjectVersion version, boolean announceVersionId) {
    }

    public VersionRead head(String bucketName, String key, String rawVersionId) {
        Bucket bucket = requireBucket(bucketName);
        return new VersionRead(readableVersion(bucket, key, rawVersionId, "GET"), bucket.versioning().everEnabled());
    }

    /**
     * GetObject and HeadObject. The body is opened here, right after the version is read, so a
     * concurrent overwrite that releases the old body cannot pull it away between lookup and
     * send; if it already has, the lookup runs once more and finds the new state.
     */
    public ObjectRead get(GetObject request) {
        return ReleasedBodyRetry.once(() -> read(request));
    }

    private ObjectRead read(GetObject request) {
        VersionRead read = head(request.bucket(), request.key(), request.versionId());
        ObjectVersion version = read.version();
        Preconditions.check(request.conditions(), version.etag(), version.lastModified());
        RangeRules.Resolved range = request.partNumber() != null
                ? MultipartRules.partRange(version.partSizes(), version.size(), request.partNumber(), request.range())
                : RangeRules.resolve(request.range(), version.size());
        long offset = range == null ? 0 : range.first();
        long length = range == null ? version.size() : range.length();
        InputStream body = request.bodyWanted() ? blobs.open(version.blobId(), offset, length) : null;
        return new ObjectRead(version, read.announceVersionId(), range, body);
    }

    /**
     * The object version a read addresses. A current delete marker reads as NoSuchKey, a delete
     * marker addressed by id as MethodNotAllowed, both telling the client it met a marker (rule 6).
     */
    public ObjectVersion readableVersion(Bucket bucket, String key, String rawVersionId, String method) {
        VersionId versionId = VersioningRules.parseVersionId(rawVersionId, bucket.versioning());
        if (versionId == null) {
            VersionEntry current = versions.findCurrent(bucket.name(), key)
                    .orElseThrow(() -> S3Exception.noSuchKey(key));
            if (current instanceof DeleteMarker m) {
                throw S3Exception.noSuchKey(key).onDeleteMarker(m.versionId().value(), m.lastModified(), null);
            }
            return (ObjectVersion) current;
        }
        VersionEntry entry = versions.find(bucket.name(), key, versionId)
                .orElseThrow(() -> S3Exception.noSuchVersion(key, versionId.value()));
        if (entry instanceof DeleteMarker m) {
            throw S3Exception.of(S3ErrorCode.METHOD_NOT_ALLOWED)
                    .with("Method", method).with("ResourceType", "DeleteMarker")
                    .onDeleteMarker(m.versionId().value(), m.lastModified(), "DELETE");
        }
        return (ObjectVersion) entry;
    }

    public Deleted delete(DeleteObject request) {
        Bucket bucket = requireBucket(request.bucket());
        checkBypassHeader(bucket, request.bypassGovernance());
        VersionId versionId = VersioningRules.parseVersionId(request.versionId(), bucket.versioning());
        return deleteOne(request.bucket(), request.key(), versionId,
                ObjectLockPolicy.Bypass.of(request.bypassGovernance()), request.ifMatch());
    }

    /** DeleteObjects: each key on its own, errors reported per key under an overall success. */
    public List<DeleteOutcome> deleteMany(String bucketName, List<DeleteObjectsEntry> entries, Boolean bypass) {
        Bucket bucket = requireBucket(bucketName);
        checkBypassHeader(bucket, bypass);
        ObjectLockPolicy.Bypass bypassGovernance = ObjectLockPolicy.Bypass.of(bypass);
        List<DeleteOutcome> outcomes = new ArrayList<>(entries.size());
        for (DeleteObjectsEntry entry : entries) {
            try {
                VersionId versionId = entry.versionId() == null ? null : parseListedVersionId(entry, bucket);
                outcomes.add(DeleteOutcome.success(entry, deleteOne(bucketName, entry.key(), versionId,
                        bypassGovernance, entry.etag())));
            } catch (S3Exception e) {
                outcomes.add(DeleteOutcome.failure(entry, e));
            }
        }
        return outcomes;
    }

    /** One {@code <Object>} of a DeleteObjects request. */
    /** {@code etag}: the entry's ETag condition (a conditional delete), null when unconditional. */
    public record DeleteObjectsEntry(String key, String versionId, String etag) {
    }

    /** One key's result: {@code deleted} or {@code error} is set. */
    public record DeleteOutcome(DeleteObjectsEntry entry, Deleted deleted, S3Exception error) {
        static DeleteOutcome success(DeleteObjectsEntry entry, Deleted deleted) {
            return new DeleteOutcome(entry, deleted, null);
        }

        static DeleteOutcome failure(DeleteObjectsEntry entry, S3Exception error) {
            return new DeleteOutcome(entry, null, error);
        }
    }

    /** In DeleteObjects a version id that cannot exist is reported as NoSuchVersion (spec A.6). */
    private static VersionId parseListedVersionId(DeleteObjectsEntry entry, Bucket bucket) {
        try {
            return VersioningRules.parseVersionId(entry.versionId(), bucket.versioning());
        } catch (S3Exception e) {
            throw S3Exception.noSuchVersion(entry.key(), entry.versionId());
        }
    }

    /**
     * Removes one version, or adds a delete marker. The protection check and the removal happen in
     * one transaction that holds the bucket's row lock, which every write to the bucket's versions
     * (including legal-hold and retention changes) also takes: no racing request can slip a
     * removal past a hold being set.
     */
    private Deleted deleteOne(String bucketName, String key, VersionId versionId, ObjectLockPolicy.Bypass bypass,
                              String ifMatch) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Bucket bucket = buckets.findForUpdate(bucketName).orElseThrow(() -> S3Exception.noSuchBucket(bucketName));
            if (ifMatch != null) {
                // Conditional deletes are evaluated against the current version only (User Guide,
                // "How to perform conditional deletes").
                Preconditions.checkWrite(new Conditions(ifMatch, null, null, null), key, currentEtag(bucketName, key));
            }
            if (versionId != null) {
                Optional<VersionEntry> entry = versions.find(bucketName, key, versionId);
                entry.ifPresent(e -> {
                    if (e instanceof ObjectVersion v) {
                        ObjectLockPolicy.checkRemoval(v.lock(), bypass, now);
                        releaseAfterCommit(v.blobId());
                    }
                    versions.delete(bucketName, key, versionId);
                });
                boolean marker = entry.map(VersionEntry::isDeleteMarker).orElse(false);
                return new Deleted(key, versionId, marker);
            }
            if (!VersioningRules.deleteLeavesMarker(bucket.versioning())) {
                removeNullVersion(bucketName, key, bypass, now);
                return new Deleted(key, null, false);
            }
            long sequence = versions.nextSequence();
            VersionId markerId = VersioningRules.versionIdForWrite(bucket.versioning(), sequence);
            if (markerId.isNull()) {
                removeNullVersion(bucketName, key, bypass, now);
            }
            versions.insert(new DeleteMarker(bucketName, key, markerId, sequence, now));
            return new Deleted(key, markerId, true);
        });
    }

    /**
     * The bypass header, true or false, is refused on a bucket without Object Lock (spec rule 28).
     */
    private static void checkBypassHeader(Bucket bucket, Boolean bypass) {
        if (bypass != null && !bucket.objectLockEnabled()) {
            throw S3Exception.invalidArgument(
                    "x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.",
                    "x-amz-bypass-governance-retention", bypass.toString());
        }
    }

    /** A version's tags and, when the bucket announces ids, the id of the version read. */
    public record TagSet(Map<String, String> tags, VersionId versionId) {
    }

    public TagSet getTags(String bucketName, String key, String rawVersionId) {
        Bucket bucket = requireBucket(bucketName);
        ObjectVersion version = readableVersion(bucket, key, rawVersionId, "GET");
        return new TagSet(version.tags(), bucket.versioning().everEnabled() ? version.versionId() : null);
    }

    /** Replaces a version's tag set; returns the version id when the bucket announces ids. */
    public VersionId putTags(String bucketName, String key, String rawVersionId, List<Tag> requested) {
        Map<String, String> tags = TagRules.validate(requested);
        return tx.inTransaction(() -> {
            Bucket bucket = buckets.findForUpdate(bucketName).orElseThrow(() -> S3Exception.noSuchBucket(bucketName));
            ObjectVersion version = readableVersion(bucket, key, rawVersionId, "PUT");
            versions.updateTags(bucketName, key, version.versionId(), tags);
            return bucket.versioning().everEnabled() ? version.versionId() : null;
        });
    }

    public Bucket requireBucket(String name) {
        return buckets.find(name).orElseThrow(() -> S3Exception.noSuchBucket(name));
    }
}

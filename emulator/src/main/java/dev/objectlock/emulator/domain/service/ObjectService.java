package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ByteRange;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.rules.MultipartRules;
import dev.objectlock.emulator.domain.rules.NewVersionLockRules;
import dev.objectlock.emulator.domain.rules.ObjectKeyRules;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import dev.objectlock.emulator.domain.rules.Preconditions;
import dev.objectlock.emulator.domain.rules.RangeRules;
import dev.objectlock.emulator.domain.rules.TagRules;
import dev.objectlock.emulator.domain.rules.VersioningRules;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Object use cases: writes (PutObject, and the commit of every new version) and reads (GetObject,
 * HeadObject, and the version any request addresses). Deletes are ObjectDeletionService's, tags
 * ObjectTaggingService's, copies CopyService's.
 */
public final class ObjectService {

    /** What a new version is made of, apart from its body; {@code acl} is what the request asks for. */
    public record NewObject(
            ContentHeaders content, Map<String, String> userMetadata, Map<String, String> tags, AclRequest acl) {

        /** A new object without ACL headers: it gets the owner-only default. */
        public NewObject(ContentHeaders content, Map<String, String> userMetadata, Map<String, String> tags) {
            this(content, userMetadata, tags, AclRequest.NONE);
        }

        /** A new object as a request describes it, its tags held to the tag limits. */
        public static NewObject fromRequest(ContentHeaders content, Map<String, String> userMetadata, List<Tag> tags) {
            return fromRequest(content, userMetadata, tags, AclRequest.NONE);
        }

        public static NewObject fromRequest(
                ContentHeaders content, Map<String, String> userMetadata, List<Tag> tags, AclRequest acl) {
            ObjectKeyRules.checkUserMetadata(userMetadata);
            return new NewObject(content, userMetadata, TagRules.validate(tags), acl);
        }

        /** The same object with another ACL request. */
        public NewObject withAcl(AclRequest other) {
            return new NewObject(content, userMetadata, tags, other);
        }
    }

    /** {@code conditions}: the write's If-Match / If-None-Match, checked against the current object. */
    public record PutObject(
            String bucket,
            String key,
            NewObject object,
            LockHeaders lockHeaders,
            Payload payload,
            Conditions conditions) {}

    /** The outcome of any write that creates a version. {@code versionId} is null when not announced. */
    public record Written(VersionId versionId, String etag, Instant lastModified, Checksum checksum, long size) {}

    /**
     * {@code partNumber} (null when absent) asks for one part of a multipart object;
     * {@code bodyWanted} false for HEAD: the body is then never opened.
     */
    public record GetObject(
            String bucket,
            String key,
            String versionId,
            Conditions conditions,
            ByteRange range,
            Integer partNumber,
            boolean bodyWanted) {}

    /**
     * A version ready to be sent. {@code range} null means the whole body; {@code body} is open and
     * positioned at the range, or null when none was wanted.
     */
    public record ObjectRead(
            ObjectVersion version, boolean announceVersionId, RangeRules.Resolved range, InputStream body) {}

    private final Buckets buckets;
    private final ObjectVersionRepository versions;
    private final BlobStore blobs;
    private final Transactions tx;
    private final Clock clock;
    private final PayloadWriter payloads;
    private final VersionStack stack;
    private final Acls acls;
    private final ReplicationRecorder replication;

    public ObjectService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            BlobStore blobs,
            Transactions tx,
            Clock clock,
            Acls acls,
            ReplicationRecorder replication) {
        this.acls = acls;
        this.replication = replication;
        this.buckets = new Buckets(buckets);
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
        this.clock = clock;
        this.payloads = new PayloadWriter(blobs);
        this.stack = new VersionStack(versions, blobs, tx);
    }

    /**
     * PutObject. Lock headers are judged before a byte is stored: their values, then whether the
     * bucket has Object Lock, then whether the request carries an integrity check, which AWS
     * demands whenever the new version will be locked ([B.5, R22]).
     */
    public Written put(PutObject request) {
        Instant now = clock.instant();
        Bucket bucket = buckets.require(request.bucket());
        ObjectKeyRules.checkKey(request.key());
        LockHeaders headers = request.lockHeaders();
        LockRequestRules.RequestedLock lock = NewVersionLockRules.requested(
                headers.mode(), headers.retainUntilDate(), headers.legalHold(), bucket, now);
        NewVersionLockRules.checkIntegrity(lock, bucket, request.payload().integrityDeclared());
        checkAcl(request.bucket(), request.object().acl());
        PayloadWriter.Written body = payloads.write(request.payload());
        var d = body.digests();
        Checksum checksum = new Checksum(d.algorithm(), d.checksumBase64(), Checksum.ChecksumType.FULL_OBJECT);
        return commitNewVersion(
                request.bucket(),
                request.key(),
                request.object(),
                d.size(),
                d.md5Hex(),
                checksum,
                null,
                body.blobId(),
                lock,
                request.conditions(),
                now);
    }

    /**
     * Makes a stored body the newest version of its key, in one transaction holding the bucket's
     * lock. Used by PutObject, CopyObject and CompleteMultipartUpload alike. The version is locked
     * as the request asked or, for retention it did not name, by the bucket's default rule as it
     * stands now ([R18, R19]); replication it causes is recorded in the same transaction ([R131]).
     */
    public Written commitNewVersion(
            String bucketName,
            String key,
            NewObject object,
            long size,
            String etag,
            Checksum checksum,
            List<Long> partSizes,
            String blobId,
            LockRequestRules.RequestedLock requestedLock,
            Conditions conditions,
            Instant now) {
        try {
            return tx.inTransaction(() -> {
                Bucket bucket = buckets.requireForUpdate(bucketName);
                // Checked under the bucket's row lock, so two conditional writers cannot both win.
                Preconditions.checkWrite(conditions, key, stack.currentEtag(bucketName, key));
                long sequence = versions.nextSequence();
                VersionId id = VersioningRules.versionIdForWrite(bucket.versioning(), sequence);
                if (id.isNull()) {
                    stack.removeNullVersion(bucketName, key, ObjectLockPolicy.Bypass.NONE, now);
                }
                ObjectLock lock = NewVersionLockRules.forNewVersion(bucket, requestedLock, now);
                var replicationStatus = replication.newVersion(bucketName, key, id, object.tags(), now);
                versions.insert(new ObjectVersion(
                        bucketName,
                        key,
                        id,
                        sequence,
                        now,
                        size,
                        etag,
                        object.content(),
                        object.userMetadata(),
                        checksum,
                        partSizes,
                        object.tags(),
                        blobId,
                        lock,
                        replicationStatus));
                acls.attach(bucketName, key, id, object.acl());
                return new Written(
                        VersioningRules.announcesWrittenVersion(bucket.versioning()) ? id : null,
                        etag,
                        now,
                        checksum,
                        size);
            });
        } catch (RuntimeException e) {
            // nothing refers to the new body: the version row was never written
            blobs.delete(blobId);
            throw e;
        }
    }

    /**
     * Refuses, before a byte is stored, an ACL the bucket does not allow ([R82]); commitNewVersion
     * checks again under the bucket's lock.
     */
    public void checkAcl(String bucket, AclRequest acl) {
        acls.requested(bucket, acl);
    }

    /** A version's metadata and whether responses announce its id (HeadObject-like reads). */
    public record VersionRead(ObjectVersion version, boolean announceVersionId) {}

    public VersionRead head(String bucketName, String key, String rawVersionId) {
        Bucket bucket = buckets.require(bucketName);
        return new VersionRead(
                readableVersion(bucket, key, rawVersionId, VersionAccess.READ),
                bucket.versioning().everEnabled());
    }

    /**
     * GetObject and HeadObject. The body is opened here, right after the version is read, so a
     * concurrent overwrite that releases the old body cannot pull it away between lookup and
     * send; if it already has, the lookup runs once more and finds the new state.
     */
    public ObjectRead get(GetObject request) {
        return ReleasedBodyRetry.retrying(() -> read(request));
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
     * The object version a request addresses: the current one, or the one {@code rawVersionId}
     * names. A delete marker there is refused as VersioningRules.deleteMarkerMet says ([R6]).
     */
    public ObjectVersion readableVersion(Bucket bucket, String key, String rawVersionId, VersionAccess access) {
        VersionId versionId = VersioningRules.parseVersionId(
                rawVersionId,
                bucket.versioning(),
                id -> versions.find(bucket.name(), key, id).isPresent());
        VersionEntry entry = versionId == null
                ? versions.findCurrent(bucket.name(), key).orElseThrow(() -> S3Exception.noSuchKey(key))
                : versions.find(bucket.name(), key, versionId)
                        .orElseThrow(() -> S3Exception.noSuchVersion(key, versionId.value()));
        if (entry instanceof DeleteMarker m) {
            throw VersioningRules.deleteMarkerMet(m, versionId != null, access);
        }
        return (ObjectVersion) entry;
    }

    /**
     * The bucket a request names, or NoSuchBucket, for callers outside the domain services (batch
     * checks a job's bucket with it); the services look buckets up through {@link Buckets}.
     */
    public Bucket requireBucket(String name) {
        return buckets.require(name);
    }
}

package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.rules.ChecksumRules;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.rules.NewVersionLockRules;
import dev.objectlock.emulator.domain.rules.ObjectKeyRules;
import dev.objectlock.emulator.domain.rules.Preconditions;
import dev.objectlock.emulator.domain.rules.VersioningRules;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

/** CopyObject: a new version of the target made from a stored version of the source ([A.7]). */
public final class CopyService {

    /**
     * @param replacement the target's metadata when the directive is REPLACE, null to copy the source's
     * @param tags        the target's tags when the tagging directive is REPLACE, null to copy
     */
    public record CopyObject(
            String sourceBucket,
            String sourceKey,
            String sourceVersionId,
            Conditions sourceConditions,
            String bucket,
            String key,
            ObjectService.NewObject replacement,
            java.util.Map<String, String> tags,
            ChecksumAlgorithm checksumAlgorithm,
            LockHeaders lockHeaders,
            Conditions destinationConditions,
            AclRequest acl) {}

    /** {@code sourceVersionId} is null when the source bucket was never versioned or the source is the null version. */
    public record Copied(ObjectService.Written written, VersionId sourceVersionId) {}

    private final Buckets buckets;
    private final ObjectService objects;
    private final BlobStore blobs;
    private final Clock clock;
    private final PayloadWriter payloads;

    public CopyService(BucketRepository buckets, ObjectService objects, BlobStore blobs, Clock clock) {
        this.buckets = new Buckets(buckets);
        this.objects = objects;
        this.blobs = blobs;
        this.clock = clock;
        this.payloads = new PayloadWriter(blobs);
    }

    /**
     * The copy gets its lock only from this request's headers or the target bucket's default; the
     * source's retention and legal hold stay behind ([B.6, R35]).
     */
    public Copied copy(CopyObject request) {
        return ReleasedBodyRetry.retrying(() -> copyOnce(request));
    }

    private Copied copyOnce(CopyObject request) {
        Instant now = clock.instant();
        Bucket sourceBucket = buckets.require(request.sourceBucket());
        Bucket target = buckets.require(request.bucket());
        ObjectKeyRules.checkKey(request.key());
        LockHeaders headers = request.lockHeaders();
        LockRequestRules.RequestedLock lock = NewVersionLockRules.requested(
                headers.mode(), headers.retainUntilDate(), headers.legalHold(), target, now);
        objects.checkAcl(request.bucket(), request.acl());
        ObjectVersion source = sourceVersion(sourceBucket, request);
        checkSourceConditions(request.sourceConditions(), source);
        if (request.sourceBucket().equals(request.bucket())
                && request.sourceKey().equals(request.key())
                && request.replacement() == null
                && request.sourceVersionId() == null) {
            throw S3Exception.invalidRequest("This copy request is illegal because it is trying to copy an object to "
                    + "itself without changing the object's metadata, storage class, website redirect location or "
                    + "encryption attributes.");
        }
        ChecksumAlgorithm algorithm = ChecksumRules.algorithmToStore(
                request.checksumAlgorithm() != null
                        ? request.checksumAlgorithm()
                        : source.checksum() == null ? null : source.checksum().algorithm());
        InputStream body = blobs.open(source.blobId(), 0, source.size());
        PayloadWriter.Written copy = payloads.write(Payload.internal(body, algorithm));
        var d = copy.digests();
        ObjectService.NewObject metadata = request.replacement() != null
                ? request.replacement()
                : new ObjectService.NewObject(source.content(), source.userMetadata(), source.tags());
        metadata = new ObjectService.NewObject(
                metadata.content(),
                metadata.userMetadata(),
                request.tags() != null ? request.tags() : source.tags(),
                request.acl()); // a copy never takes the source's ACL [R81]
        Checksum checksum = new Checksum(algorithm, d.checksumBase64(), Checksum.ChecksumType.FULL_OBJECT);
        ObjectService.Written written = objects.commitNewVersion(
                request.bucket(),
                request.key(),
                metadata,
                d.size(),
                d.md5Hex(),
                checksum,
                null,
                copy.blobId(),
                lock,
                request.destinationConditions(),
                now);
        ObjectService.Written announced = new ObjectService.Written(
                VersioningRules.copiedVersionToAnnounce(target.versioning(), written.versionId()),
                written.etag(),
                written.lastModified(),
                written.checksum(),
                written.size());
        return new Copied(
                announced, VersioningRules.copySourceVersionToAnnounce(sourceBucket.versioning(), source.versionId()));
    }

    private ObjectVersion sourceVersion(Bucket sourceBucket, CopyObject request) {
        try {
            return objects.readableVersion(
                    sourceBucket, request.sourceKey(), request.sourceVersionId(), VersionAccess.READ);
        } catch (S3Exception e) {
            if (e.code() == S3ErrorCode.METHOD_NOT_ALLOWED) {
                throw S3Exception.invalidRequest(
                        "The source of a copy request may not specifically refer to a delete marker by version id.");
            }
            throw e;
        }
    }

    /** A failed copy-source condition is always 412, even where a GET would answer 304. */
    private static void checkSourceConditions(Conditions conditions, ObjectVersion source) {
        try {
            Preconditions.check(conditions, source.etag(), source.lastModified());
        } catch (S3Exception e) {
            if (e.code() == S3ErrorCode.NOT_MODIFIED) {
                throw S3Exception.of(S3ErrorCode.PRECONDITION_FAILED);
            }
            throw e;
        }
    }
}

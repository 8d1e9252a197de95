package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.checksum.DigestingInputStream;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ByteRange;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.UploadedPart;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.rules.MultipartRules;
import dev.objectlock.emulator.domain.rules.NewVersionLockRules;
import dev.objectlock.emulator.domain.rules.ObjectKeyRules;
import dev.objectlock.emulator.domain.rules.Preconditions;
import dev.objectlock.emulator.domain.rules.RangeRules;
import dev.objectlock.emulator.domain.rules.VersioningRules;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Multipart uploads: create, upload (or copy) parts, complete into a version, abort, list. */
public final class MultipartService {

    public record CreateUpload(
            String bucket,
            String key,
            ObjectService.NewObject object,
            ChecksumAlgorithm checksumAlgorithm,
            Checksum.ChecksumType checksumType,
            LockHeaders lockHeaders) {}

    /** A stored part as UploadPart answers it. */
    public record PartWritten(
            String etag,
            Instant lastModified,
            ChecksumAlgorithm algorithm,
            String checksum,
            VersionId sourceVersionId) {}

    public record CopyPart(
            String bucket,
            String key,
            String uploadId,
            int partNumber,
            String sourceBucket,
            String sourceKey,
            String sourceVersionId,
            Conditions sourceConditions,
            ByteRange sourceRange) {}

    /** One {@code <Part>} of a CompleteMultipartUpload request; {@code checksum} may be null. */
    public record CompletedPart(int partNumber, String etag, String checksum) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MultipartRepository uploads;
    private final Buckets buckets;
    private final Uploads lookup;
    private final ObjectService objects;
    private final BlobStore blobs;
    private final Transactions tx;
    private final Clock clock;
    private final PayloadWriter payloads;
    private final Acls acls;

    public MultipartService(
            MultipartRepository uploads,
            BucketRepository buckets,
            ObjectService objects,
            BlobStore blobs,
            Transactions tx,
            Clock clock,
            Acls acls) {
        this.acls = acls;
        this.uploads = uploads;
        this.buckets = new Buckets(buckets);
        this.lookup = new Uploads(buckets, uploads);
        this.objects = objects;
        this.blobs = blobs;
        this.tx = tx;
        this.clock = clock;
        this.payloads = new PayloadWriter(blobs);
    }

    /**
     * CreateMultipartUpload. Lock headers are judged now and kept on the upload; the bucket's
     * default retention is applied when the upload completes ([B.6]).
     */
    public MultipartUpload create(CreateUpload request) {
        Instant now = clock.instant();
        Bucket bucket = buckets.require(request.bucket());
        ObjectKeyRules.checkKey(request.key());
        LockHeaders headers = request.lockHeaders();
        LockRequestRules.RequestedLock lock = NewVersionLockRules.requested(
                headers.mode(), headers.retainUntilDate(), headers.legalHold(), bucket, now);
        Checksum.ChecksumType type = MultipartRules.checksumType(request.checksumAlgorithm(), request.checksumType());
        Optional<AccessControlList> acl =
                acls.requested(request.bucket(), request.object().acl());
        byte[] id = new byte[48];
        RANDOM.nextBytes(id);
        MultipartUpload upload = new MultipartUpload(
                Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                request.bucket(),
                request.key(),
                now,
                request.object().content(),
                request.object().userMetadata(),
                request.object().tags(),
                request.checksumAlgorithm(),
                type,
                new ObjectLock(lock.retention(), lock.legalHold()));
        tx.inTransaction(() -> {
            uploads.insert(upload);
            acl.ifPresent(a -> acls.repository().putUpload(upload.uploadId(), a));
        });
        return upload;
    }

    public PartWritten uploadPart(String bucket, String key, String uploadId, int partNumber, Payload payload) {
        MultipartRules.checkPartNumber(partNumber);
        MultipartUpload upload = requireUpload(bucket, key, uploadId);
        NewVersionLockRules.checkPartIntegrity(upload.lock(), buckets.require(bucket), payload.integrityDeclared());
        ChecksumAlgorithm algorithm = MultipartRules.partAlgorithm(upload.checksumAlgorithm(), payload.algorithm());
        PayloadWriter.Written body =
                payloads.write(new Payload(payload.body(), algorithm, payload.integrityDeclared(), payload.claimed()));
        return storePart(upload, partNumber, body, null);
    }

    public PartWritten uploadPartCopy(CopyPart request) {
        return ReleasedBodyRetry.retrying(() -> uploadPartCopyOnce(request));
    }

    private PartWritten uploadPartCopyOnce(CopyPart request) {
        MultipartRules.checkPartNumber(request.partNumber());
        MultipartUpload upload = requireUpload(request.bucket(), request.key(), request.uploadId());
        Bucket sourceBucket = buckets.require(request.sourceBucket());
        ObjectVersion source = objects.readableVersion(
                sourceBucket, request.sourceKey(), request.sourceVersionId(), VersionAccess.READ);
        Preconditions.check(request.sourceConditions(), source.etag(), source.lastModified());
        RangeRules.Resolved range = MultipartRules.copyRange(request.sourceRange(), source.size());
        long offset = range == null ? 0 : range.first();
        long length = range == null ? source.size() : range.length();
        InputStream body = blobs.open(source.blobId(), offset, length);
        PayloadWriter.Written written = payloads.write(Payload.internal(body, upload.checksumAlgorithm()));
        return storePart(
                upload,
                request.partNumber(),
                written,
                VersioningRules.copySourceVersionToAnnounce(sourceBucket.versioning(), source.versionId()));
    }

    private PartWritten storePart(
            MultipartUpload upload, int partNumber, PayloadWriter.Written body, VersionId sourceVersion) {
        var d = body.digests();
        Instant now = clock.instant();
        UploadedPart part = new UploadedPart(
                upload.uploadId(),
                partNumber,
                d.size(),
                d.md5Hex(),
                now,
                d.algorithm(),
                d.checksumBase64(),
                body.blobId());
        try {
            tx.inTransaction(() -> {
                uploads.findForUpdate(upload.bucket(), upload.key(), upload.uploadId())
                        .orElseThrow(() -> noSuchUpload(upload.uploadId()));
                uploads.putPart(part).ifPresent(this::releaseAfterCommit);
            });
        } catch (RuntimeException e) {
            blobs.delete(body.blobId());
            throw e;
        }
        // A part reports a checksum only when its upload named an algorithm.
        ChecksumAlgorithm shown = upload.checksumAlgorithm();
        return new PartWritten(d.md5Hex(), now, shown, shown == null ? null : d.checksumBase64(), sourceVersion);
    }

    /**
     * Joins the named parts into the object's next version. Parts must be listed in ascending
     * order, exist with the given ETags, and all but the last be at least 5 MiB (CompleteMultipartUpload
     * API reference, Errors).
     */
    public ObjectService.Written complete(String bucket, String key, String uploadId, List<CompletedPart> requested) {
        MultipartUpload upload = requireUpload(bucket, key, uploadId);
        Map<Integer, UploadedPart> stored = uploads.parts(uploadId, 0, MultipartRules.MAX_PARTS + 1).stream()
                .collect(Collectors.toMap(UploadedPart::partNumber, Function.identity()));
        List<UploadedPart> chosen = MultipartRules.choose(
                requested.stream()
                        .map(p -> new MultipartRules.Requested(p.partNumber(), p.etag(), p.checksum()))
                        .toList(),
                stored,
                upload.checksumAlgorithm(),
                upload.checksumType());

        ChecksumAlgorithm wholeAlgorithm = upload.checksumType() == Checksum.ChecksumType.FULL_OBJECT
                ? upload.checksumAlgorithm()
                : upload.checksumAlgorithm() == null ? ChecksumAlgorithm.CRC64NVME : null;
        DigestingInputStream joined = new DigestingInputStream(concatenate(chosen), wholeAlgorithm);
        String blobId = blobs.write(joined);
        var d = joined.result();
        Checksum checksum = wholeAlgorithm != null
                ? new Checksum(wholeAlgorithm, d.checksumBase64(), Checksum.ChecksumType.FULL_OBJECT)
                : new Checksum(
                        upload.checksumAlgorithm(),
                        MultipartRules.compositeChecksum(upload.checksumAlgorithm(), chosen),
                        Checksum.ChecksumType.COMPOSITE);
        String etag = MultipartRules.multipartEtag(chosen);
        return tx.inTransaction(() -> {
            uploads.findForUpdate(bucket, key, uploadId).orElseThrow(() -> noSuchUpload(uploadId));
            ObjectService.Written w = objects.commitNewVersion(
                    bucket,
                    key,
                    new ObjectService.NewObject(
                            upload.content(),
                            upload.userMetadata(),
                            upload.tags(),
                            acls.repository()
                                    .findUpload(uploadId)
                                    .map(a -> AclRequest.of(a, acls.ownerId()))
                                    .orElse(AclRequest.NONE)),
                    d.size(),
                    etag,
                    checksum,
                    chosen.stream().map(UploadedPart::size).toList(),
                    blobId,
                    new LockRequestRules.RequestedLock(
                            upload.lock().retention(), upload.lock().legalHold()),
                    Conditions.none(),
                    clock.instant());
            uploads.delete(uploadId).forEach(this::releaseAfterCommit);
            return w;
        });
    }

    private InputStream concatenate(List<UploadedPart> parts) {
        Iterator<UploadedPart> it = parts.iterator();
        return new SequenceInputStream(new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public InputStream nextElement() {
                UploadedPart p = it.next();
                return blobs.open(p.blobId(), 0, p.size());
            }
        });
    }

    public void abort(String bucket, String key, String uploadId) {
        buckets.require(bucket);
        tx.inTransaction(() -> {
            uploads.findForUpdate(bucket, key, uploadId).orElseThrow(() -> noSuchUpload(uploadId));
            uploads.delete(uploadId).forEach(this::releaseAfterCommit);
        });
    }

    /** Deletes a part's body once the transaction that dropped the part has committed. */
    private void releaseAfterCommit(String blobId) {
        tx.afterCommit(() -> blobs.delete(blobId));
    }

    private MultipartUpload requireUpload(String bucket, String key, String uploadId) {
        return lookup.require(bucket, key, uploadId);
    }

    private static S3Exception noSuchUpload(String uploadId) {
        return Uploads.noSuchUpload(uploadId);
    }
}

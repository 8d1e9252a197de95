package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;

/** The multipart upload a request names, or NoSuchUpload: the one lookup of the multipart services. */
final class Uploads {

    private final Buckets buckets;
    private final MultipartRepository repository;

    Uploads(BucketRepository buckets, MultipartRepository repository) {
        this.buckets = new Buckets(buckets);
        this.repository = repository;
    }

    /** The bucket must exist first: a missing bucket is NoSuchBucket, not NoSuchUpload. */
    MultipartUpload require(String bucket, String key, String uploadId) {
        buckets.require(bucket);
        return repository.find(bucket, key, uploadId).orElseThrow(() -> noSuchUpload(uploadId));
    }

    static S3Exception noSuchUpload(String uploadId) {
        return S3Exception.of(S3ErrorCode.NO_SUCH_UPLOAD).with("UploadId", uploadId);
    }
}

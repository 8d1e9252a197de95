package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.port.BucketRepository;

/**
 * The bucket a request names, or NoSuchBucket: the one lookup every service makes. A port cannot
 * hold it, since ports know the model only and never raise S3 errors.
 */
final class Buckets {

    private final BucketRepository repository;

    Buckets(BucketRepository repository) {
        this.repository = repository;
    }

    /** The bucket as it stands, for a request that changes none of its versions. */
    Bucket require(String name) {
        return repository.find(name).orElseThrow(() -> S3Exception.noSuchBucket(name));
    }

    /**
     * The bucket with its row locked until the transaction ends: every change to a bucket's
     * versions (writes, removals, retention, legal hold, tags) takes this lock first.
     */
    Bucket requireForUpdate(String name) {
        return repository.findForUpdate(name).orElseThrow(() -> S3Exception.noSuchBucket(name));
    }
}

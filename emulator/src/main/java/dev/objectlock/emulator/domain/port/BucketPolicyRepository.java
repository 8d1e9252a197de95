package dev.objectlock.emulator.domain.port;

import java.util.Optional;

/**
 * Bucket policies, one per bucket, kept as the text PutBucketPolicy received: the bucket policy API
 * returns it as stored, and authorisation reads it to evaluate requests. A bucket's policy goes with
 * the bucket (DeleteBucket, reset).
 */
public interface BucketPolicyRepository {

    /** The policy text as stored (as PUT, verbatim); empty when the bucket has none. */
    Optional<String> find(String bucket);

    /** Stores {@code policyText} as the bucket's policy, replacing any earlier one. */
    void put(String bucket, String policyText);

    /** Removes the bucket's policy; true when one existed. */
    boolean delete(String bucket);
}

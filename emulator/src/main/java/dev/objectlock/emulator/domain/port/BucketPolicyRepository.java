package dev.objectlock.emulator.domain.port;

import java.util.Optional;

/** Bucket policies as PutBucketPolicy stored them: the text verbatim, one per bucket. */
public interface BucketPolicyRepository {
    Optional<String> find(String bucket);
    void put(String bucket, String policyText);
    boolean delete(String bucket);
}

package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket policies in memory, until they are stored in H2 beside their buckets with the bucket policy
 * API (issue 12). Authorisation reads them through the port, so swapping this class for the stored
 * one changes nothing else. A reset empties it, as it empties the buckets; deleting a bucket does not
 * remove its policy yet.
 */
public final class MemoryBucketPolicyRepository implements BucketPolicyRepository {

    private final Map<String, String> policies = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(String bucket) {
        return Optional.ofNullable(policies.get(bucket));
    }

    @Override
    public void put(String bucket, String policyText) {
        policies.put(bucket, policyText);
    }

    @Override
    public boolean delete(String bucket) {
        return policies.remove(bucket) != null;
    }

    /** Removes every policy: the emulator's reset. */
    public void clear() {
        policies.clear();
    }
}

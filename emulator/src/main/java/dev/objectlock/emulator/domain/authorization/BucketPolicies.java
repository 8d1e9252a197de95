package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.MalformedPolicyException;
import dev.objectlock.emulator.domain.access.Policy;
import dev.objectlock.emulator.domain.access.PolicyJson;
import dev.objectlock.emulator.domain.access.PolicyKind;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket policies as the evaluator needs them: read through the port on every request, so a new
 * policy applies at once ([P65]), and parsed once per distinct text. The cache is keyed by the text
 * itself, so it can never serve a stale policy, and it is emptied when it grows past a bound.
 */
final class BucketPolicies {

    private static final int MAX_CACHED = 512;

    private final BucketPolicyRepository repository;
    private final Map<String, Policy> parsed = new ConcurrentHashMap<>();

    BucketPolicies(BucketPolicyRepository repository) {
        this.repository = repository;
    }

    /** The bucket's policy, or null when it has none. */
    Policy find(String bucket) {
        String text = repository.find(bucket).orElse(null);
        if (text == null) {
            return null;
        }
        Policy policy = parsed.get(text);
        if (policy == null) {
            if (parsed.size() >= MAX_CACHED) {
                parsed.clear();
            }
            policy = parse(text, bucket);
            parsed.put(text, policy);
        }
        return policy;
    }

    private static Policy parse(String text, String bucket) {
        try {
            return PolicyJson.parse(text, PolicyKind.BUCKET);
        } catch (MalformedPolicyException e) {
            // PutBucketPolicy validates what it stores: an unreadable stored policy is the emulator's fault.
            throw S3Exception.of(
                    S3ErrorCode.INTERNAL_ERROR,
                    "The stored policy of bucket " + bucket + " cannot be read: " + e.getMessage());
        }
    }
}

package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleExpiry;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.LifecycleRepository;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.LifecycleEligibility;
import dev.objectlock.emulator.domain.rules.LifecycleRules;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Put/Get/DeleteBucketLifecycleConfiguration ([R90], [E90]-[E94]). */
public final class LifecycleConfigurationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Buckets lookup;
    private final LifecycleRepository configurations;
    private final ObjectVersionRepository versions;
    private final MultipartRepository uploads;
    private final Transactions tx;

    public LifecycleConfigurationService(
            BucketRepository buckets,
            LifecycleRepository configurations,
            ObjectVersionRepository versions,
            MultipartRepository uploads,
            Transactions tx) {
        this.lookup = new Buckets(buckets);
        this.configurations = configurations;
        this.versions = versions;
        this.uploads = uploads;
        this.tx = tx;
    }

    /**
     * Validates, gives every rule without an ID one of its own ([R98]), then replaces the bucket's
     * configuration as a whole [R90]; returns what was stored.
     */
    public LifecycleConfiguration put(String bucket, LifecycleConfiguration configuration) {
        lookup.require(bucket);
        LifecycleRules.validate(configuration);
        LifecycleConfiguration stored = configuration.withRuleIds(LifecycleConfigurationService::generatedId);
        tx.inTransaction(() -> {
            // DeleteBucket takes this row lock too: the configuration is stored before it or not at all.
            lookup.requireForUpdate(bucket);
            configurations.put(bucket, stored);
        });
        return stored;
    }

    /** UNCERTAIN [R98]: AWS's generated IDs are opaque; this shape (48 letters and digits) is ours. */
    private static String generatedId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder id = new StringBuilder(48);
        for (int i = 0; i < 48; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /**
     * {@code x-amz-expiration} of the key's current object right after a write that made it
     * (CopyObject, CompleteMultipartUpload) [R97]: read back, so its size and tags are the stored ones.
     */
    public Optional<LifecycleExpiry> expiryOfCurrent(String bucket, String key) {
        return versions.findCurrent(bucket, key)
                .filter(v -> v instanceof ObjectVersion)
                .map(v -> (ObjectVersion) v)
                .flatMap(v -> expiry(bucket, key, v.size(), v.tags(), v.lastModified()));
    }

    /**
     * {@code x-amz-abort-date} and {@code x-amz-abort-rule-id} of an upload (CreateMultipartUpload,
     * ListParts): when an AbortIncompleteMultipartUpload rule will abort it [R97].
     */
    public Optional<LifecycleExpiry> abortOf(String bucket, String key, String uploadId) {
        Optional<LifecycleConfiguration> configuration = configurations.find(bucket);
        if (configuration.isEmpty()) {
            return Optional.empty();
        }
        return uploads.find(bucket, key, uploadId)
                .flatMap(u -> LifecycleEligibility.abort(configuration.get().rules(), key, u.initiated()));
    }

    /** The configuration, or 404 NoSuchLifecycleConfiguration naming the bucket [E94]. */
    public LifecycleConfiguration get(String bucket) {
        lookup.require(bucket);
        return configurations
                .find(bucket)
                .orElseThrow(() -> S3Exception.of(S3ErrorCode.NO_SUCH_LIFECYCLE_CONFIGURATION)
                        .with("BucketName", bucket));
    }

    /**
     * The fate lifecycle has in store for a current object of this key, size and tags, created at
     * {@code created}: the earliest Expiration that applies, for {@code x-amz-expiration} [R96].
     */
    public Optional<LifecycleExpiry> expiry(
            String bucket, String key, long size, Map<String, String> tags, Instant created) {
        return configurations
                .find(bucket)
                .flatMap(c -> LifecycleEligibility.expiry(c.rules(), key, size, tags, created));
    }

    /** Succeeds whether or not there is a configuration [R90]. */
    public void delete(String bucket) {
        lookup.require(bucket);
        configurations.delete(bucket);
    }
}

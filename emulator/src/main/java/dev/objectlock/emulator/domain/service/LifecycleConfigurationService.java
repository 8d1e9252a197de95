package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleExpiry;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.LifecycleRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.LifecycleEligibility;
import dev.objectlock.emulator.domain.rules.LifecycleRules;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Put/Get/DeleteBucketLifecycleConfiguration ([R90], [E90]-[E94]). */
public final class LifecycleConfigurationService {

    private final Buckets lookup;
    private final LifecycleRepository configurations;
    private final Transactions tx;

    public LifecycleConfigurationService(
            BucketRepository buckets, LifecycleRepository configurations, Transactions tx) {
        this.lookup = new Buckets(buckets);
        this.configurations = configurations;
        this.tx = tx;
    }

    /** Validates, then replaces the bucket's configuration as a whole [R90]. */
    public void put(String bucket, LifecycleConfiguration configuration) {
        lookup.require(bucket);
        LifecycleRules.validate(configuration);
        tx.inTransaction(() -> {
            // DeleteBucket takes this row lock too: the configuration is stored before it or not at all.
            lookup.requireForUpdate(bucket);
            configurations.put(bucket, configuration);
        });
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

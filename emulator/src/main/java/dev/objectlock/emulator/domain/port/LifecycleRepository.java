package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import java.util.Map;
import java.util.Optional;

/** Lifecycle configurations, one per bucket; a bucket's goes with the bucket (DeleteBucket, reset). */
public interface LifecycleRepository {

    Optional<LifecycleConfiguration> find(String bucket);

    /** Every bucket's configuration, by bucket name, for a lifecycle run. */
    Map<String, LifecycleConfiguration> all();

    /** Stores the configuration, replacing the bucket's earlier one [R90]. */
    void put(String bucket, LifecycleConfiguration configuration);

    boolean delete(String bucket);
}

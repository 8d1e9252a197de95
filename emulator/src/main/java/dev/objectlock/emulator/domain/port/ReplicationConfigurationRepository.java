package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import java.util.Optional;

/** Replication configurations, one per bucket; a bucket's goes with the bucket (DeleteBucket, reset). */
public interface ReplicationConfigurationRepository {

    Optional<ReplicationConfiguration> find(String bucket);

    /** Stores the configuration, replacing the bucket's earlier one [R110]. */
    void put(String bucket, ReplicationConfiguration configuration);

    boolean delete(String bucket);
}

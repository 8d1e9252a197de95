package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationDestination;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ReplicationConfigurationRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.ReplicationRules;
import java.util.Optional;
import java.util.function.Supplier;

/** Put/Get/DeleteBucketReplication ([R110]-[R116], [E105]-[E114]). */
public final class ReplicationConfigurationService {

    private final BucketRepository bucketRepository;
    private final Buckets lookup;
    private final ReplicationConfigurationRepository configurations;
    private final Transactions tx;
    private final Supplier<String> newRuleId;

    public ReplicationConfigurationService(
            BucketRepository buckets, ReplicationConfigurationRepository configurations, Transactions tx) {
        this(buckets, configurations, tx, ReplicationRules::randomId);
    }

    ReplicationConfigurationService(
            BucketRepository buckets,
            ReplicationConfigurationRepository configurations,
            Transactions tx,
            Supplier<String> newRuleId) {
        this.bucketRepository = buckets;
        this.lookup = new Buckets(buckets);
        this.configurations = configurations;
        this.tx = tx;
        this.newRuleId = newRuleId;
    }

    /**
     * Validates, then replaces the bucket's configuration as a whole [R110]. The source's versioning
     * is judged under its row lock, which PutBucketVersioning takes too, so a configuration is never
     * stored on a bucket whose versioning is being suspended meanwhile [R116].
     */
    public void put(String bucket, ReplicationConfiguration configuration) {
        lookup.require(bucket);
        tx.inTransaction(() -> {
            Bucket source = lookup.requireForUpdate(bucket);
            if (source.versioning() != VersioningStatus.ENABLED) {
                throw S3Exception.invalidRequest(
                        "Versioning must be 'Enabled' on the bucket to apply a replication configuration");
            }
            ReplicationConfiguration stored = ReplicationRules.validate(configuration, newRuleId);
            for (ReplicationRule rule : stored.rules()) {
                checkDestination(bucket, rule.destination());
            }
            configurations.put(bucket, stored);
        });
    }

    /** The configuration, or 404 ReplicationConfigurationNotFoundError naming the bucket [E105]. */
    public ReplicationConfiguration get(String bucket) {
        lookup.require(bucket);
        return configurations
                .find(bucket)
                .orElseThrow(() -> S3Exception.of(S3ErrorCode.REPLICATION_CONFIGURATION_NOT_FOUND)
                        .with("BucketName", bucket));
    }

    /** The configuration, if the bucket has one: what the replication engine reads for each write. */
    public Optional<ReplicationConfiguration> find(String bucket) {
        return configurations.find(bucket);
    }

    /** Succeeds whether or not there is a configuration [R110]. */
    public void delete(String bucket) {
        lookup.require(bucket);
        configurations.delete(bucket);
    }

    /**
     * A destination that does not exist and one without versioning Enabled get the same answer, as
     * AWS gives ([E107]). A destination without Object Lock behind a source with it is accepted
     * here: AWS fails those versions' replication instead ([R115]).
     */
    private void checkDestination(String source, ReplicationDestination destination) {
        if (!destination.bucketArn().startsWith(ReplicationDestination.ARN_PREFIX)) {
            throw destinationNotVersioned();
        }
        String name = destination.bucket();
        if (name.equals(source)) {
            // [E114] UNCERTAIN: the message
            throw S3Exception.invalidRequest("Destination bucket cannot be the same as the source bucket.");
        }
        Optional<Bucket> target = bucketRepository.find(name);
        if (target.isEmpty() || target.get().versioning() != VersioningStatus.ENABLED) {
            throw destinationNotVersioned();
        }
    }

    private static S3Exception destinationNotVersioned() {
        return S3Exception.invalidRequest("Destination bucket must have versioning enabled.");
    }
}

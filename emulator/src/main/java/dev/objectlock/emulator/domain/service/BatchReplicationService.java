package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.ReplicaRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Batch Replication of one existing version (a {@code S3ReplicateObject} task, [R141]): the checks
 * AWS reports by failure reason in the completion report ([R142]), then the same replication work a
 * new version records, run by the replication engine ([R131]). The task's outcome is the
 * initiation; the replica follows as a live one does, so tests wait for it with the replication
 * wait ([R140]).
 */
public final class BatchReplicationService {

    /** Why a version could not be replicated: an AWS replication failure reason and a status for the report. */
    public record Refusal(int httpStatus, String reason, String message) {}

    private final Buckets buckets;
    private final ObjectVersionRepository versions;
    private final Function<String, Optional<ReplicationConfiguration>> configurations;
    private final ReplicationRecorder recorder;
    private final Transactions tx;
    private final Clock clock;

    public BatchReplicationService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            Function<String, Optional<ReplicationConfiguration>> configurations,
            ReplicationRecorder recorder,
            Transactions tx,
            Clock clock) {
        this.buckets = new Buckets(buckets);
        this.versions = versions;
        this.configurations = configurations;
        this.recorder = recorder;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Initiates the replication of {@code key} at {@code rawVersionId} (null: the current version)
     * as {@code role}; null when the work is recorded, else the refusal.
     */
    public Refusal initiate(String bucket, String key, String rawVersionId, RequestAccess role) {
        if (!role.allows(AccessRequest.object(OperationAccess.INITIATE_REPLICATION, bucket, key, rawVersionId))) {
            return new Refusal(403, "InitiateReplicationNotPermitted", "s3:InitiateReplication is not allowed");
        }
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Bucket source;
            try {
                source = buckets.requireForUpdate(bucket);
            } catch (S3Exception e) {
                return new Refusal(404, "SrcBucketNotFound", "The source bucket does not exist");
            }
            Optional<ReplicationConfiguration> config = configurations.apply(source.name());
            if (config.isEmpty()) {
                return new Refusal(
                        400, "SrcBucketReplicationConfigMissing", "The source bucket has no replication configuration");
            }
            Optional<VersionEntry> entry = rawVersionId == null
                    ? versions.findCurrent(bucket, key)
                    : parsed(rawVersionId).flatMap(id -> versions.find(bucket, key, id));
            if (entry.isEmpty()) {
                return rawVersionId == null
                        ? new Refusal(404, "SrcKeyNotFound", "The source object does not exist")
                        : new Refusal(404, "SrcVersionNotFound", "The source object version does not exist");
            }
            List<ReplicationRule> rules = eligibleRules(config.get(), entry.get());
            if (rules.isEmpty()) {
                return new Refusal(
                        400, "SrcObjectNotEligible", "No enabled rule of the replication configuration takes it");
            }
            Refusal destination = destinationRefusal(rules, entry.get());
            if (destination != null) {
                return destination;
            }
            recorder.existingVersion(entry.get(), rules, config.get(), now);
            return null;
        });
    }

    /**
     * The rules that take a version, as they take a new one ([R135]); delete markers only where
     * delete markers are replicated ([R136]). A version without an id of its own (the null
     * version) cannot be replicated.
     */
    public static List<ReplicationRule> eligibleRules(ReplicationConfiguration config, VersionEntry entry) {
        if (entry.versionId().isNull()) {
            return List.of();
        }
        if (entry instanceof DeleteMarker marker) {
            return config.deleteMarkerRulesFor(marker.key());
        }
        ObjectVersion version = (ObjectVersion) entry;
        return config.destinationRulesFor(version.key(), version.tags());
    }

    /** What a destination lacks, checked before the work is recorded, in AWS's failure reasons ([R142]). */
    private Refusal destinationRefusal(List<ReplicationRule> rules, VersionEntry entry) {
        for (ReplicationRule rule : rules) {
            String name = rule.destination().bucket();
            Optional<Bucket> destination;
            try {
                destination = Optional.of(buckets.require(name));
            } catch (S3Exception e) {
                destination = Optional.empty();
            }
            if (destination.isEmpty()) {
                return new Refusal(404, "DstBucketNotFound", "The destination bucket " + name + " does not exist");
            }
            if (!ReplicaRules.acceptsReplicas(destination.get())) {
                return new Refusal(
                        400, "DstBucketUnversioned", "Versioning is not enabled on the destination bucket " + name);
            }
            if (entry instanceof ObjectVersion v && ReplicaRules.lacksObjectLockFor(destination.get(), v.lock())) {
                return new Refusal(
                        400,
                        "DstBucketObjectLockConfigMissing",
                        "The destination bucket " + name + " has no Object Lock configuration");
            }
        }
        return null;
    }

    private static Optional<VersionId> parsed(String raw) {
        if ("null".equals(raw)) {
            return Optional.of(VersionId.NULL);
        }
        return VersionId.hasIdShape(raw) ? Optional.of(new VersionId(raw)) : Optional.empty();
    }
}

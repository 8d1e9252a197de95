package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.ReplicationStatus;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.model.replication.ReplicationRule;
import dev.objectlock.emulator.domain.port.ReplicationTasks;
import dev.objectlock.emulator.domain.port.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records the replication a write causes, inside the writer's own transaction, so that work is
 * never lost between a committed write and the engine ([R131]). The writer's response never waits
 * for a replica: the engine is only woken once the transaction has committed.
 */
public final class ReplicationRecorder {

    private final Function<String, Optional<ReplicationConfiguration>> configurations;
    private final ReplicationTasks tasks;
    private final Transactions tx;
    private volatile Runnable onRecorded = () -> {};

    /** @param configurations a bucket's replication configuration, read on the caller's transaction */
    public ReplicationRecorder(
            Function<String, Optional<ReplicationConfiguration>> configurations,
            ReplicationTasks tasks,
            Transactions tx) {
        this.configurations = configurations;
        this.tasks = tasks;
        this.tx = tx;
    }

    /** What runs after a transaction that recorded work commits: the engine's wake-up. */
    public void onRecorded(Runnable wake) {
        this.onRecorded = wake;
    }

    /**
     * A new version is about to be stored (PutObject, CopyObject, CompleteMultipartUpload): one
     * task per destination whose deciding rule takes its key and tags ([R135]). Returns PENDING,
     * the status the version is stored with, or null when no rule takes it. A version without an
     * id of its own (versioning not Enabled) cannot be replicated.
     */
    public ReplicationStatus newVersion(
            String bucket, String key, VersionId versionId, Map<String, String> tags, Instant now) {
        if (versionId.isNull()) {
            return null;
        }
        Optional<ReplicationConfiguration> config = configurations.apply(bucket);
        if (config.isEmpty()) {
            return null;
        }
        List<ReplicationRule> rules = config.get().destinationRulesFor(key, tags);
        record(bucket, key, versionId, rules, ReplicationTask.Kind.VERSION, config.get(), now);
        return rules.isEmpty() ? null : ReplicationStatus.PENDING;
    }

    /**
     * A DELETE without a version id added a delete marker: it goes where a rule replicates delete
     * markers ([R136]). A DELETE with a version id is never replicated ([R137]), nor is a marker
     * lifecycle adds, so their paths do not call this.
     */
    public void deleteMarker(String bucket, String key, VersionId markerId, Instant now) {
        if (markerId.isNull()) {
            return;
        }
        configurations
                .apply(bucket)
                .ifPresent(config -> record(
                        bucket,
                        key,
                        markerId,
                        config.deleteMarkerRulesFor(key),
                        ReplicationTask.Kind.DELETE_MARKER,
                        config,
                        now));
    }

    /**
     * Tags, retention or legal hold of a version changed: each replica made of it follows, and the
     * source is PENDING again until they have ([R134]). A replica's own changes stay its own.
     */
    public void metadataChanged(ObjectVersion version, Instant now) {
        ReplicationStatus status = version.replicationStatus();
        if (status == null || !status.isSource()) {
            return;
        }
        Optional<ReplicationConfiguration> config = configurations.apply(version.bucket());
        List<String> destinations = tasks.destinationsOf(version.bucket(), version.key(), version.versionId());
        if (config.isEmpty() || destinations.isEmpty()) {
            return;
        }
        for (String destination : destinations) {
            tasks.add(new ReplicationTask(
                    0,
                    version.bucket(),
                    version.key(),
                    version.versionId(),
                    destination,
                    ReplicationTask.Kind.METADATA,
                    config.get().role(),
                    now));
        }
        tasks.setStatus(version.bucket(), version.key(), version.versionId(), ReplicationStatus.PENDING);
        tx.afterCommit(() -> onRecorded.run());
    }

    /**
     * Batch Replication initiated on a version that already exists ([R141]): the same tasks a new
     * version (or, for a delete marker, a DELETE) records, run by the same engine; a version is
     * PENDING again until they end, whatever it was before ([R143]).
     */
    public void existingVersion(
            VersionEntry entry, List<ReplicationRule> rules, ReplicationConfiguration config, Instant now) {
        boolean marker = entry instanceof DeleteMarker;
        record(
                entry.bucket(),
                entry.key(),
                entry.versionId(),
                rules,
                marker ? ReplicationTask.Kind.DELETE_MARKER : ReplicationTask.Kind.VERSION,
                config,
                now);
        if (!marker && !rules.isEmpty()) {
            tasks.setStatus(entry.bucket(), entry.key(), entry.versionId(), ReplicationStatus.PENDING);
        }
    }

    private void record(
            String bucket,
            String key,
            VersionId versionId,
            List<ReplicationRule> rules,
            ReplicationTask.Kind kind,
            ReplicationConfiguration config,
            Instant now) {
        for (ReplicationRule rule : rules) {
            tasks.add(new ReplicationTask(
                    0, bucket, key, versionId, rule.destination().bucket(), kind, config.role(), now));
        }
        if (!rules.isEmpty()) {
            tx.afterCommit(() -> onRecorded.run());
        }
    }
}

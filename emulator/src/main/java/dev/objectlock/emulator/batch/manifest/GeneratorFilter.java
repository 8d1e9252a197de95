package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.rules.Timestamps;
import dev.objectlock.emulator.domain.service.BatchReplicationService;
import java.time.Instant;
import java.util.List;

/**
 * {@code JobManifestGeneratorFilter} (API reference) as a predicate over the current versions of
 * the source bucket. Each given criterion must hold; within a list any one value suffices
 * ("MatchAny..."). An absent or empty list constrains nothing.
 *
 * <p>What the emulator does not model, decided here:
 * <ul>
 *   <li>Storage class: every object is STANDARD ({@link ObjectVersion#STORAGE_CLASS}), so
 *       MatchAnyStorageClass matches all objects when it lists STANDARD and none otherwise.</li>
 *   <li>Encryption: AWS encrypts every new object with SSE-S3 since January 2023 (UG
 *       "default-encryption-faq"), and the emulator answers copies with that header too, so every
 *       object counts as SSE-S3: MatchAnyObjectEncryption matches all when it lists SSE-S3, none
 *       otherwise (SSE-KMS, DSSE-KMS, SSE-C, NOT-SSE).</li>
 *   <li>Replication: EligibleForReplication=true keeps the versions an enabled rule of the source
 *       bucket's replication configuration takes, as it would take them if written now ([R144]);
 *       without a configuration none is eligible. ObjectReplicationStatuses compares with each
 *       version's status, NONE for a version no rule took.</li>
 * </ul>
 * CreatedAfter and CreatedBefore compare with the version's creation time (Last-Modified), both
 * exclusive; the size bounds are strict too ("greater than", "less than").
 */
public record GeneratorFilter(
        Instant createdAfter,
        Instant createdBefore,
        Boolean eligibleForReplication,
        List<String> replicationStatuses,
        List<String> prefixes,
        List<String> suffixes,
        List<String> substrings,
        Long sizeGreaterThan,
        Long sizeLessThan,
        List<String> storageClasses,
        List<String> encryptions) {

    /** Every object counts as encrypted with this (see the class comment). */
    static final String ENCRYPTION = "SSE-S3";
    /** The replication status of a version no rule took ([R144]). */
    static final String REPLICATION_STATUS = "NONE";

    public static final GeneratorFilter NONE =
            new GeneratorFilter(null, null, null, null, null, null, null, null, null, null, null);

    /** The filter of a CreateJob request; Manifests.validate has checked the timestamps. */
    public static GeneratorFilter of(JobManifestGenerator.Filter f) {
        if (f == null) {
            return NONE;
        }
        return new GeneratorFilter(
                Timestamps.parseIso8601(f.createdAfter()).orElse(null),
                Timestamps.parseIso8601(f.createdBefore()).orElse(null),
                f.eligibleForReplication(),
                f.objectReplicationStatuses(),
                f.matchAnyPrefix(),
                f.matchAnySuffix(),
                f.matchAnySubstring(),
                f.objectSizeGreaterThanBytes(),
                f.objectSizeLessThanBytes(),
                f.matchAnyStorageClass(),
                f.matchAnyObjectEncryption());
    }

    /** Whether the generator lists every version, not only current ones: Batch Replication's "all eligible versions" ([R144]). */
    public boolean allVersions() {
        return Boolean.TRUE.equals(eligibleForReplication);
    }

    /** {@code replication}: the source bucket's configuration, or null when it has none. */
    public boolean matches(ObjectVersion v, ReplicationConfiguration replication) {
        return (createdAfter == null || v.lastModified().isAfter(createdAfter))
                && (createdBefore == null || v.lastModified().isBefore(createdBefore))
                && (!Boolean.TRUE.equals(eligibleForReplication)
                        || (replication != null
                                && !BatchReplicationService.eligibleRules(replication, v)
                                        .isEmpty()))
                && anyOrUnset(replicationStatuses, statusOf(v)::equals)
                && anyOrUnset(prefixes, v.key()::startsWith)
                && anyOrUnset(suffixes, v.key()::endsWith)
                && anyOrUnset(substrings, v.key()::contains)
                && (sizeGreaterThan == null || v.size() > sizeGreaterThan)
                && (sizeLessThan == null || v.size() < sizeLessThan)
                && anyOrUnset(storageClasses, ObjectVersion.STORAGE_CLASS::equals)
                && anyOrUnset(encryptions, ENCRYPTION::equals);
    }

    private static String statusOf(ObjectVersion v) {
        return v.replicationStatus() == null
                ? REPLICATION_STATUS
                : v.replicationStatus().name();
    }

    private static boolean anyOrUnset(List<String> values, java.util.function.Predicate<String> test) {
        return values == null || values.isEmpty() || values.stream().anyMatch(test);
    }
}

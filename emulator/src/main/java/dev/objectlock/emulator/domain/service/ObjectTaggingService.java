package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.TagRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GetObjectTagging, PutObjectTagging and DeleteObjectTagging (an empty tag set) on one version. */
public final class ObjectTaggingService {

    /** A version's tags and, when the bucket announces ids, the id of the version read. */
    public record TagSet(Map<String, String> tags, VersionId versionId) {}

    private final Buckets buckets;
    private final ObjectVersionRepository versions;
    private final ObjectService objects;
    private final Transactions tx;
    private final Clock clock;
    private final ReplicationRecorder replication;

    public ObjectTaggingService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            ObjectService objects,
            Transactions tx,
            Clock clock,
            ReplicationRecorder replication) {
        this.clock = clock;
        this.replication = replication;
        this.buckets = new Buckets(buckets);
        this.versions = versions;
        this.objects = objects;
        this.tx = tx;
    }

    public TagSet getTags(String bucketName, String key, String rawVersionId) {
        Bucket bucket = buckets.require(bucketName);
        ObjectVersion version = objects.readableVersion(bucket, key, rawVersionId, VersionAccess.TAGGING_READ);
        return new TagSet(version.tags(), bucket.versioning().everEnabled() ? version.versionId() : null);
    }

    /** Replaces a version's tag set; returns the version id when the bucket announces ids. */
    public VersionId putTags(String bucketName, String key, String rawVersionId, List<Tag> requested) {
        return replaceTags(bucketName, key, rawVersionId, TagRules.validate(requested), VersionAccess.TAGGING_CHANGE);
    }

    /** DeleteObjectTagging: empties a version's tag set; returns the id as {@link #putTags} does. */
    public VersionId deleteTags(String bucketName, String key, String rawVersionId) {
        return replaceTags(bucketName, key, rawVersionId, Map.of(), VersionAccess.TAGGING_DELETE);
    }

    private VersionId replaceTags(
            String bucketName, String key, String rawVersionId, Map<String, String> tags, VersionAccess access) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Bucket bucket = buckets.requireForUpdate(bucketName);
            ObjectVersion version = objects.readableVersion(bucket, key, rawVersionId, access);
            versions.updateTags(bucketName, key, version.versionId(), tags);
            // tag changes reach the replicas too ([R134])
            replication.metadataChanged(version, now);
            return bucket.versioning().everEnabled() ? version.versionId() : null;
        });
    }
}

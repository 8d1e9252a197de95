package dev.objectlock.emulator.domain.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored version of an object: its metadata and a reference to its bytes in the blob store.
 *
 * @param etag       the entity tag without quotes: hex MD5, or {@code <hex>-<parts>} for multipart
 * @param checksum   the checksum the writer asked for, or null
 * @param partSizes  the sizes of a multipart object's parts in part order, otherwise null
 * @param replicationStatus what {@code x-amz-replication-status} says of it, or null when no
 *     replication rule took it ([R130])
 */
public record ObjectVersion(
        String bucket,
        String key,
        VersionId versionId,
        long sequence,
        Instant lastModified,
        long size,
        String etag,
        ContentHeaders content,
        Map<String, String> userMetadata,
        Checksum checksum,
        List<Long> partSizes,
        Map<String, String> tags,
        String blobId,
        ObjectLock lock,
        ReplicationStatus replicationStatus)
        implements VersionEntry {

    public static final String STORAGE_CLASS = "STANDARD";

    public ObjectVersion {
        // Ordered copies: S3 returns metadata and tags in the order they were written.
        userMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(userMetadata));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        partSizes = partSizes == null ? null : List.copyOf(partSizes);
    }

    /** A version no replication rule took. */
    public ObjectVersion(
            String bucket,
            String key,
            VersionId versionId,
            long sequence,
            Instant lastModified,
            long size,
            String etag,
            ContentHeaders content,
            Map<String, String> userMetadata,
            Checksum checksum,
            List<Long> partSizes,
            Map<String, String> tags,
            String blobId,
            ObjectLock lock) {
        this(
                bucket,
                key,
                versionId,
                sequence,
                lastModified,
                size,
                etag,
                content,
                userMetadata,
                checksum,
                partSizes,
                tags,
                blobId,
                lock,
                null);
    }

    /**
     * This version as a replica in {@code destination}: the same id, sequence, ETag, checksum,
     * Last-Modified and metadata, its own body, and the lock and tags given ([R132]).
     */
    public ObjectVersion asReplica(
            String destination, String replicaBlobId, ObjectLock replicaLock, Map<String, String> replicaTags) {
        return new ObjectVersion(
                destination,
                key,
                versionId,
                sequence,
                lastModified,
                size,
                etag,
                content,
                userMetadata,
                checksum,
                partSizes,
                replicaTags,
                replicaBlobId,
                replicaLock,
                ReplicationStatus.REPLICA);
    }

    /** The {@code x-amz-replication-status} value, or null when there is none ([R130]). */
    public String replicationStatusHeader() {
        return replicationStatus == null ? null : replicationStatus.name();
    }

    /** The number of parts of a multipart object; null for one written in a single request. */
    public Integer partsCount() {
        return partSizes == null ? null : partSizes.size();
    }
}

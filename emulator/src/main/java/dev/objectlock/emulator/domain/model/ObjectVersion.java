package dev.objectlock.emulator.domain.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored version of an object: its metadata and a reference to its bytes in the blob store.
 *
 * @param etag       the entity tag without quotes: hex MD5, or {@code <hex>-<parts>} for multipart
 * @param checksum   the checksum the writer asked for, or null
 * @param partsCount the number of parts for a multipart object, otherwise null
 */
public record ObjectVersion(String bucket, String key, VersionId versionId, long sequence, Instant lastModified,
                            long size, String etag, ContentHeaders content, Map<String, String> userMetadata,
                            Checksum checksum, Integer partsCount, Map<String, String> tags, String blobId,
                            ObjectLock lock)
        implements VersionEntry {

    public static final String STORAGE_CLASS = "STANDARD";

    public ObjectVersion {
        // Ordered copies: S3 returns metadata and tags in the order they were written.
        userMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(userMetadata));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}

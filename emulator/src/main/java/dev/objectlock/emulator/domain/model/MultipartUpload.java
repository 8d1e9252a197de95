package dev.objectlock.emulator.domain.model;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A multipart upload in progress: what CreateMultipartUpload said the final object will be.
 *
 * @param checksumAlgorithm null when the upload was created without one
 * @param checksumType      null when the upload was created without an algorithm
 */
public record MultipartUpload(
        String uploadId,
        String bucket,
        String key,
        Instant initiated,
        ContentHeaders content,
        Map<String, String> userMetadata,
        Map<String, String> tags,
        ChecksumAlgorithm checksumAlgorithm,
        Checksum.ChecksumType checksumType,
        ObjectLock lock) {

    public MultipartUpload {
        userMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(userMetadata));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}

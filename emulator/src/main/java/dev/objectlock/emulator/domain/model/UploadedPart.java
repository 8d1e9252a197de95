package dev.objectlock.emulator.domain.model;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import java.time.Instant;

/** One part of a multipart upload; {@code etag} is the hex MD5 of the part, unquoted. */
public record UploadedPart(
        String uploadId,
        int partNumber,
        long size,
        String etag,
        Instant lastModified,
        ChecksumAlgorithm checksumAlgorithm,
        String checksumValue,
        String blobId) {}

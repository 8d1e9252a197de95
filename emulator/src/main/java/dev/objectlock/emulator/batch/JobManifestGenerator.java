package dev.objectlock.emulator.batch;

import java.util.List;

/** CreateJob {@code ManifestGenerator/S3JobManifestGenerator}: list the source bucket instead of reading a manifest. */
public record JobManifestGenerator(
        String expectedBucketOwner,
        String sourceBucket,
        OutputLocation manifestOutputLocation,
        Filter filter,
        Boolean enableManifestOutput) {

    /** {@code ManifestOutputLocation}; {@code encryption} is the chosen child of ManifestEncryption (SSE-S3, SSE-KMS). */
    public record OutputLocation(
            String expectedManifestBucketOwner,
            String bucket,
            String manifestPrefix,
            String encryption,
            String kmsKeyId,
            String manifestFormat) {}

    /** {@code Filter}, with {@code KeyNameConstraint}'s three lists flattened in. */
    public record Filter(
            Boolean eligibleForReplication,
            String createdAfter,
            String createdBefore,
            List<String> objectReplicationStatuses,
            List<String> matchAnyPrefix,
            List<String> matchAnySuffix,
            List<String> matchAnySubstring,
            Long objectSizeGreaterThanBytes,
            Long objectSizeLessThanBytes,
            List<String> matchAnyStorageClass,
            List<String> matchAnyObjectEncryption) {}
}

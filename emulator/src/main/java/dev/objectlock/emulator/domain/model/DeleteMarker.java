package dev.objectlock.emulator.domain.model;

import java.time.Instant;

/** A placeholder version that makes a key look deleted while its older versions remain. */
public record DeleteMarker(String bucket, String key, VersionId versionId, long sequence, Instant lastModified)
        implements VersionEntry {}

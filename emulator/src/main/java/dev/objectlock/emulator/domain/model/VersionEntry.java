package dev.objectlock.emulator.domain.model;

import java.time.Instant;

/**
 * One entry in a key's version stack: an object version or a delete marker. Entries of a key are
 * ordered by {@link #sequence()}, newest highest, which stays strict even when two writes share a
 * millisecond.
 */
public sealed interface VersionEntry permits ObjectVersion, DeleteMarker {

    String bucket();

    String key();

    VersionId versionId();

    long sequence();

    Instant lastModified();

    default boolean isDeleteMarker() {
        return this instanceof DeleteMarker;
    }
}

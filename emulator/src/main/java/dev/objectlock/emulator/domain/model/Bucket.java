package dev.objectlock.emulator.domain.model;

import java.time.Instant;

/** A bucket and the settings that decide how writes to it behave. */
public record Bucket(
        String name,
        String region,
        Instant creationDate,
        VersioningStatus versioning,
        boolean mfaDeleteConfigured,
        boolean objectLockEnabled,
        DefaultRetention defaultRetention) {}

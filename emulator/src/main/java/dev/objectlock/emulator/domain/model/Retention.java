package dev.objectlock.emulator.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A version's retention: its mode and the instant until which it is retained (millisecond precision). */
public record Retention(RetentionMode mode, Instant retainUntil) {

    public Retention {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(retainUntil, "retainUntil");
    }

    /** Retention protects only while the clock has not reached the retain-until date ([B.7]). */
    public boolean isActiveAt(Instant now) {
        return retainUntil.isAfter(now);
    }
}

package dev.objectlock.emulator.domain.model;

import java.time.Instant;

/** Request preconditions (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since). */
public record Conditions(String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {

    public static Conditions none() {
        return new Conditions(null, null, null, null);
    }
}

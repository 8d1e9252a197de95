package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.rules.LockRequestRules;
import java.time.Instant;

/** The raw {@code x-amz-object-lock-*} values of a write request; each null when absent. */
public record LockHeaders(String mode, String retainUntilDate, String legalHold) {

    public static final LockHeaders NONE = new LockHeaders(null, null, null);

    LockRequestRules.RequestedLock validate(Instant now) {
        return LockRequestRules.fromHeaders(mode, retainUntilDate, legalHold, now);
    }
}

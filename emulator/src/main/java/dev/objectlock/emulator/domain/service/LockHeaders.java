package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import java.time.Instant;

/** The raw {@code x-amz-object-lock-*} values of a write request; each null when absent. */
public record LockHeaders(String mode, String retainUntilDate, String legalHold) {

    public static final LockHeaders NONE = new LockHeaders(null, null, null);

    /**
     * The lock a write to {@code target} asks for: the header values judged first, then whether
     * the bucket has Object Lock at all (spec B.5, rule 23).
     */
    LockRequestRules.RequestedLock validateFor(Bucket target, Instant now) {
        LockRequestRules.RequestedLock lock = LockRequestRules.fromHeaders(mode, retainUntilDate, legalHold, now);
        if (!lock.isEmpty() && !target.objectLockEnabled()) {
            throw LockRequestRules.missingLockConfigurationOnWrite();
        }
        return lock;
    }
}

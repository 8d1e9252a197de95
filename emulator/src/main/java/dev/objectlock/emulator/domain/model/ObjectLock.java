package dev.objectlock.emulator.domain.model;

/**
 * The Object Lock state of one version. Either part may be absent: a version whose retention or
 * legal hold was never set answers NoSuchObjectLockConfiguration for that part ([R32]).
 *
 * @param retention null when none was ever set or it was removed
 * @param legalHold null when never set; OFF once lifted
 */
public record ObjectLock(Retention retention, LegalHoldStatus legalHold) {

    public static final ObjectLock NONE = new ObjectLock(null, null);

    public ObjectLock withRetention(Retention newRetention) {
        return new ObjectLock(newRetention, legalHold);
    }

    public ObjectLock withLegalHold(LegalHoldStatus status) {
        return new ObjectLock(retention, status);
    }

    public boolean legalHoldOn() {
        return legalHold == LegalHoldStatus.ON;
    }
}

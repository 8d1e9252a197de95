package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import java.time.Instant;

/**
 * The WORM engine: the one place that decides whether a version may be removed or its retention
 * weakened. Every removal path (DeleteObject, DeleteObjects, batch tasks, ...) asks it, inside the
 * transaction that removes.
 */
public final class ObjectLockPolicy {

    static final String PROTECTED = "Access Denied because object protected by object lock.";

    private ObjectLockPolicy() {}

    /** How a request asks to get past GOVERNANCE retention. */
    public enum Bypass {
        /** {@code x-amz-bypass-governance-retention: true} was sent. */
        GOVERNANCE,
        NONE;

        public static Bypass of(Boolean header) {
            return Boolean.TRUE.equals(header) ? GOVERNANCE : NONE;
        }
    }

    /**
     * The bypass a request to {@code bucket} asks for with {@code x-amz-bypass-governance-retention}
     * (null when it sent none). The header, true or false, is refused on a bucket without Object
     * Lock ([R28]).
     */
    public static Bypass bypassFor(Bucket bucket, Boolean header) {
        if (header != null && !bucket.objectLockEnabled()) {
            throw S3Exception.invalidArgument(
                    ObjectLockArgumentNames.BYPASS_GOVERNANCE_RETENTION
                            + " is only applicable to Object Lock enabled buckets.",
                    ObjectLockArgumentNames.BYPASS_GOVERNANCE_RETENTION,
                    header.toString());
        }
        return Bypass.of(header);
    }

    /**
     * A version may be removed unless a legal hold is ON, or its retention is still active and is
     * COMPLIANCE or GOVERNANCE without bypass. Bypass never overrides a legal hold or COMPLIANCE
     * ([B.7, R24, R27, R31]).
     */
    public static void checkRemoval(ObjectLock lock, Bypass bypass, Instant now) {
        if (isProtected(lock, bypass, now)) {
            throw accessDenied();
        }
    }

    public static boolean isProtected(ObjectLock lock, Bypass bypass, Instant now) {
        if (lock == null) {
            return false;
        }
        if (lock.legalHoldOn()) {
            return true;
        }
        Retention r = lock.retention();
        if (r == null || !r.isActiveAt(now)) {
            return false;
        }
        return r.mode() == RetentionMode.COMPLIANCE || bypass != Bypass.GOVERNANCE;
    }

    /**
     * Whether {@code requested} (null = remove retention) may replace {@code current} ([B.8]):
     * anything goes when there is no active retention; active COMPLIANCE may only be kept or
     * extended in the same mode, whatever the bypass; active GOVERNANCE may be extended in the
     * same mode freely, and shortened, removed or switched to COMPLIANCE only with bypass.
     * A legal hold does not matter here ([B.8.7]).
     */
    public static void checkRetentionChange(Retention current, Retention requested, Bypass bypass, Instant now) {
        if (current == null || !current.isActiveAt(now)) {
            return;
        }
        boolean keepsOrExtends = requested != null
                && requested.mode() == current.mode()
                && !requested.retainUntil().isBefore(current.retainUntil());
        if (keepsOrExtends) {
            return;
        }
        if (current.mode() == RetentionMode.COMPLIANCE || bypass != Bypass.GOVERNANCE) {
            throw accessDenied();
        }
    }

    private static S3Exception accessDenied() {
        return S3Exception.of(S3ErrorCode.ACCESS_DENIED, PROTECTED);
    }
}

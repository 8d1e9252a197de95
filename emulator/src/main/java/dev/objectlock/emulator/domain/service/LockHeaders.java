package dev.objectlock.emulator.domain.service;

/**
 * The raw {@code x-amz-object-lock-*} values of a write request; each null when absent.
 * NewVersionLockRules judges them.
 */
public record LockHeaders(String mode, String retainUntilDate, String legalHold) {

    public static final LockHeaders NONE = new LockHeaders(null, null, null);
}

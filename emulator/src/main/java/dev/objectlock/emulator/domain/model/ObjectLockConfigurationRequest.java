package dev.objectlock.emulator.domain.model;

/**
 * A PutObjectLockConfiguration body as sent, before validation. {@code hasRule} and
 * {@code hasDefaultRetention} tell an empty element from an absent one, which AWS treats
 * differently ([R16]).
 */
public record ObjectLockConfigurationRequest(
        String objectLockEnabled,
        boolean hasRule,
        boolean hasDefaultRetention,
        String mode,
        Integer days,
        Integer years) {}

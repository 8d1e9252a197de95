package dev.objectlock.emulator.domain.model;

/**
 * A bucket's default retention rule: exactly one of {@code days} or {@code years}, positive.
 * Applied to each new version when it is written, never retroactively ([R18]).
 */
public record DefaultRetention(RetentionMode mode, Integer days, Integer years) {}

package dev.objectlock.emulator.domain.model;

import java.time.Instant;

/** When an object is to expire under its bucket's lifecycle rules, and by which rule ([R96]); {@code ruleId} may be null. */
public record LifecycleExpiry(Instant date, String ruleId) {}

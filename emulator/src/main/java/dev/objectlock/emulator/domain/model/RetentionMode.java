package dev.objectlock.emulator.domain.model;

import java.util.Optional;

/** Object Lock retention modes. Names are the exact wire values; anything else is invalid. */
public enum RetentionMode {
    GOVERNANCE,
    COMPLIANCE;

    /** Case-sensitive: AWS rejects {@code governance} ([B.4, B.8]). */
    public static Optional<RetentionMode> fromWire(String value) {
        for (RetentionMode m : values()) {
            if (m.name().equals(value)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

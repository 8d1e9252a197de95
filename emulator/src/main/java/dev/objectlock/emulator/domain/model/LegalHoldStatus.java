package dev.objectlock.emulator.domain.model;

import java.util.Optional;

/** A version's legal hold: ON protects it from removal regardless of retention. */
public enum LegalHoldStatus {
    ON,
    OFF;

    public static Optional<LegalHoldStatus> fromWire(String value) {
        for (LegalHoldStatus s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

package dev.objectlock.emulator.domain.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Timestamps as requests write them ([0.4]). */
public final class Timestamps {

    private Timestamps() {}

    /**
     * Any ISO-8601 / RFC 3339 instant, with or without fractions, {@code Z} or an offset, surrounding
     * blanks ignored; empty when {@code value} is null or no such timestamp. Kept at full precision:
     * a caller that stores it truncates it itself.
     */
    public static Optional<Instant> parseIso8601(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        // RFC 3339 (the model's iso8601) has four-digit years only; java.time would also take
        // "+292278994-08-17T..." and turn a malformed retain-until date into a valid one [R56].
        if (text.length() < 5 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.Retention;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Retain-until = the version's creation time plus the default period, exactly ([B.6, R18]).
 * Days and years are calendar arithmetic in UTC, so a year from 29 February lands on 28 February,
 * not 365 days later (the house rules in CONTRIBUTING.md).
 */
public final class DefaultRetentionCalculator {

    private DefaultRetentionCalculator() {}

    public static Retention retentionFor(DefaultRetention rule, Instant createdAt) {
        ZonedDateTime start = createdAt.atZone(ZoneOffset.UTC);
        ZonedDateTime until = rule.days() != null ? start.plusDays(rule.days()) : start.plusYears(rule.years());
        return new Retention(rule.mode(), until.toInstant());
    }
}

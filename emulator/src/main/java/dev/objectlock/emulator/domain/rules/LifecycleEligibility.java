package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Filter;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.LifecycleExpiry;
import dev.objectlock.emulator.domain.model.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a lifecycle action becomes due and which objects a rule's filter takes ([R91], [R92]). Time
 * arrives as an argument; nothing here reads a clock.
 */
public final class LifecycleEligibility {

    private LifecycleEligibility() {}

    /**
     * The instant an action of {@code days} days becomes due for something that started at
     * {@code start} (creation, or becoming noncurrent): start plus the days, moved on to the next
     * midnight UTC [R91]. UNCERTAIN: a sum that falls exactly on midnight also moves a full day on.
     */
    public static Instant dueAt(Instant start, int days) {
        return start.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    }

    /** Whether {@code days} have passed since {@code start} as of {@code now}, counted as {@link #dueAt}. */
    public static boolean isDue(Instant start, int days, Instant now) {
        return !now.isBefore(dueAt(start, days));
    }

    /**
     * Whether an object version of this key, size and tags is in the filter's scope [R92]: every
     * condition given must hold (an {@code <And>} the same way); sizes are strict bounds.
     */
    public static boolean matches(Filter filter, String key, long size, Map<String, String> tags) {
        if (filter.prefix() != null && !key.startsWith(filter.prefix())) {
            return false;
        }
        for (Tag tag : filter.tags()) {
            if (!tag.value().equals(tags.get(tag.key()))) {
                return false;
            }
        }
        if (filter.sizeGreaterThan() != null && size <= filter.sizeGreaterThan()) {
            return false;
        }
        return filter.sizeLessThan() == null || size < filter.sizeLessThan();
    }

    /**
     * The earliest Expiration (Days or Date) among the enabled rules whose filter takes an object of
     * this key, size and tags, created at {@code created}; empty when none does [R96].
     */
    public static Optional<LifecycleExpiry> expiry(
            List<Rule> rules, String key, long size, Map<String, String> tags, Instant created) {
        LifecycleExpiry best = null;
        for (var rule : rules) {
            var e = rule.expiration();
            if (!rule.enabled() || e == null || (e.days() == null && e.date() == null)) {
                continue;
            }
            if (!matches(rule.filter(), key, size, tags)) {
                continue;
            }
            Instant date = e.days() != null ? dueAt(created, e.days()) : e.date();
            if (best == null || date.isBefore(best.date())) {
                best = new LifecycleExpiry(date, rule.id());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The earliest AbortIncompleteMultipartUpload among the enabled rules whose filter takes an
     * upload of this key initiated at {@code initiated}; empty when none does [R97].
     */
    public static Optional<LifecycleExpiry> abort(List<Rule> rules, String key, Instant initiated) {
        LifecycleExpiry best = null;
        for (var rule : rules) {
            if (!rule.enabled() || rule.abortAfterDays() == null || !matchesKeyOnly(rule.filter(), key)) {
                continue;
            }
            Instant date = dueAt(initiated, rule.abortAfterDays());
            if (best == null || date.isBefore(best.date())) {
                best = new LifecycleExpiry(date, rule.id());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Delete markers and uploads have no size or tags: only a prefix-only filter takes them. */
    public static boolean matchesKeyOnly(Filter filter, String key) {
        return filter.tags().isEmpty()
                && filter.sizeGreaterThan() == null
                && filter.sizeLessThan() == null
                && (filter.prefix() == null || key.startsWith(filter.prefix()));
    }
}

package dev.objectlock.emulator.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * A bucket's lifecycle configuration as PutBucketLifecycleConfiguration received it, after the
 * wire shape was read and before the rules judged it ([R90]). Transitions are kept so GET returns
 * them; the emulator has one storage class, so they never change anything.
 */
public record LifecycleConfiguration(List<Rule> rules) {

    public LifecycleConfiguration {
        rules = List.copyOf(rules);
    }

    /**
     * One rule. {@code status} as sent ("Enabled" or "Disabled" once validated); a null action field
     * means the action is absent.
     */
    public record Rule(
            String id,
            String status,
            Filter filter,
            Expiration expiration,
            NoncurrentExpiration noncurrentExpiration,
            Integer abortAfterDays,
            List<Transition> transitions,
            List<Transition> noncurrentTransitions) {

        public Rule {
            transitions = List.copyOf(transitions);
            noncurrentTransitions = List.copyOf(noncurrentTransitions);
        }

        public boolean enabled() {
            return "Enabled".equals(status);
        }
    }

    /**
     * Which objects a rule applies to. {@code legacyPrefix}: the rule named its prefix outside a
     * Filter (the older form); {@code and}: the conditions came in an {@code <And>}; an empty filter
     * matches every object.
     */
    public record Filter(
            boolean legacyPrefix, boolean and, String prefix, List<Tag> tags, Long sizeGreaterThan, Long sizeLessThan) {

        public Filter {
            tags = List.copyOf(tags);
        }

        public static Filter everything() {
            return new Filter(false, false, null, List.of(), null, null);
        }
    }

    /** Expiration: exactly one of days, date or expiredObjectDeleteMarker once validated. */
    public record Expiration(Integer days, Instant date, Boolean expiredObjectDeleteMarker) {}

    public record NoncurrentExpiration(Integer noncurrentDays, Integer newerNoncurrentVersions) {}

    /** A Transition or NoncurrentVersionTransition: days (or noncurrent days), a date, a storage class. */
    public record Transition(Integer days, Instant date, String storageClass, Integer newerNoncurrentVersions) {}
}

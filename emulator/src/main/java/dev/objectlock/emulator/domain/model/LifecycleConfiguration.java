package dev.objectlock.emulator.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A bucket's lifecycle configuration as PutBucketLifecycleConfiguration received it, after the
 * wire shape was read and before the rules judged it ([R90]). Transitions are kept so GET returns
 * them; the emulator has one storage class, so they never change anything.
 */
public record LifecycleConfiguration(List<Rule> rules, String transitionDefaultMinimumObjectSize) {

    /** What a configuration put without {@code x-amz-transition-default-minimum-object-size} gets [R99]. */
    public static final String DEFAULT_TRANSITION_MINIMUM = "all_storage_classes_128K";

    /** A null size (the header was absent, or a configuration stored before it was kept) is the default. */
    public LifecycleConfiguration {
        rules = List.copyOf(rules);
        transitionDefaultMinimumObjectSize = transitionDefaultMinimumObjectSize == null
                ? DEFAULT_TRANSITION_MINIMUM
                : transitionDefaultMinimumObjectSize;
    }

    public LifecycleConfiguration(List<Rule> rules) {
        this(rules, null);
    }

    /** The same configuration, every rule without an ID given one from {@code ids} [R98]. */
    public LifecycleConfiguration withRuleIds(Supplier<String> ids) {
        return new LifecycleConfiguration(
                rules.stream()
                        .map(r -> r.id() != null
                                ? r
                                : new Rule(
                                        ids.get(),
                                        r.status(),
                                        r.filter(),
                                        r.expiration(),
                                        r.noncurrentExpiration(),
                                        r.abortAfterDays(),
                                        r.transitions(),
                                        r.noncurrentTransitions()))
                        .toList(),
                transitionDefaultMinimumObjectSize);
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

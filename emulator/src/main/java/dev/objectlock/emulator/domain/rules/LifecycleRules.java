package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Expiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Transition;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * What PutBucketLifecycleConfiguration accepts ([R90], [E90]-[E93]): checked rule by rule in
 * document order, the first fault answered.
 */
public final class LifecycleRules {

    /** At most this many rules in one configuration [R90]. */
    public static final int MAX_RULES = 1000;

    /** A rule ID is at most this long [R90]. */
    public static final int MAX_ID_LENGTH = 255;

    private LifecycleRules() {}

    /** The values {@code x-amz-transition-default-minimum-object-size} takes [R99]. */
    private static final Set<String> TRANSITION_MINIMUMS =
            Set.of("varies_by_storage_class", "all_storage_classes_128K");

    public static void validate(LifecycleConfiguration configuration) {
        String minimum = configuration.transitionDefaultMinimumObjectSize();
        if (!TRANSITION_MINIMUMS.contains(minimum)) {
            // [E95]
            throw S3Exception.invalidRequest("Invalid TransitionDefaultMinimumObjectSize found: " + minimum);
        }
        if (configuration.rules().isEmpty()) {
            throw S3Exception.malformedXml();
        }
        if (configuration.rules().size() > MAX_RULES) {
            // [E92] UNCERTAIN: the message AWS gives; the code and the limit are documented
            throw S3Exception.invalidRequest(
                    "The number of lifecycle rules must not exceed the allowed limit of " + MAX_RULES + " rules");
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : configuration.rules()) {
            validate(rule);
            if (rule.id() != null && !ids.add(rule.id())) {
                throw S3Exception.invalidArgument(
                        "Rule ID must be unique. Found same ID for more than one rule", "ID", rule.id());
            }
        }
    }

    private static void validate(Rule rule) {
        if (!"Enabled".equals(rule.status()) && !"Disabled".equals(rule.status())) {
            throw S3Exception.malformedXml();
        }
        if (rule.filter() == null) {
            // neither <Filter> nor <Prefix> [E91]
            throw S3Exception.malformedXml();
        }
        if (rule.id() != null && rule.id().length() > MAX_ID_LENGTH) {
            throw S3Exception.invalidArgument("ID length should not exceed allowed limit of 255", "ID", rule.id());
        }
        if (rule.expiration() == null
                && rule.noncurrentExpiration() == null
                && rule.abortAfterDays() == null
                && rule.transitions().isEmpty()
                && rule.noncurrentTransitions().isEmpty()) {
            throw S3Exception.invalidRequest("At least one action needs to be specified in a rule");
        }
        checkExpiration(rule);
        if (rule.noncurrentExpiration() != null) {
            Integer days = rule.noncurrentExpiration().noncurrentDays();
            positive(
                    days,
                    "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer",
                    "NoncurrentDays");
            Integer newer = rule.noncurrentExpiration().newerNoncurrentVersions();
            if (newer != null && (newer < 1 || newer > 100)) {
                throw S3Exception.invalidArgument(
                        "NewerNoncurrentVersions must be a positive integer and not exceed 100",
                        "NewerNoncurrentVersions",
                        newer.toString());
            }
        }
        if (rule.abortAfterDays() != null) {
            if (!rule.filter().tags().isEmpty()) {
                throw S3Exception.invalidRequest("AbortIncompleteMultipartUpload cannot be specified with Tags.");
            }
            positive(
                    rule.abortAfterDays(),
                    "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer",
                    "DaysAfterInitiation");
        }
        for (Transition t : rule.transitions()) {
            checkTransition(t);
        }
        for (Transition t : rule.noncurrentTransitions()) {
            if (t.storageClass() == null || t.days() == null) {
                throw S3Exception.malformedXml();
            }
            nonNegative(
                    t.days(),
                    "'NoncurrentDays' in NoncurrentVersionTransition action must be nonnegative",
                    "NoncurrentDays");
        }
    }

    private static void checkExpiration(Rule rule) {
        Expiration e = rule.expiration();
        if (e == null) {
            return;
        }
        int given = (e.days() == null ? 0 : 1)
                + (e.date() == null ? 0 : 1)
                + (e.expiredObjectDeleteMarker() == null ? 0 : 1);
        if (given == 0) {
            throw S3Exception.malformedXml();
        }
        if (e.expiredObjectDeleteMarker() != null && given > 1) {
            // [E96]: AWS answers this conflict as a schema fault, not as InvalidRequest
            throw S3Exception.malformedXml();
        }
        if (e.days() != null && e.date() != null) {
            throw S3Exception.malformedXml();
        }
        if (e.expiredObjectDeleteMarker() != null && !rule.filter().tags().isEmpty()) {
            throw S3Exception.invalidRequest("Tag based filter cannot be used with ExpiredObjectDeleteMarker.");
        }
        positive(e.days(), "'Days' for Expiration action must be a positive integer", "Days");
        midnight(e.date());
    }

    private static void checkTransition(Transition t) {
        if (t.storageClass() == null || (t.days() == null) == (t.date() == null)) {
            throw S3Exception.malformedXml();
        }
        nonNegative(t.days(), "'Days' in Transition action must be nonnegative", "Days");
        midnight(t.date());
    }

    /** [E90]: dates name a day, so they must be at 00:00:00 UTC. */
    private static void midnight(Instant date) {
        if (date != null && !date.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw S3Exception.invalidArgument("'Date' must be at midnight GMT", "Date", date.toString());
        }
    }

    private static void positive(Integer value, String message, String argument) {
        if (value != null && value < 1) {
            throw S3Exception.invalidArgument(message, argument, value.toString());
        }
    }

    private static void nonNegative(Integer value, String message, String argument) {
        if (value != null && value < 0) {
            throw S3Exception.invalidArgument(message, argument, value.toString());
        }
    }
}

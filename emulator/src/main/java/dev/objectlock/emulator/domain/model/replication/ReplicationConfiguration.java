package dev.objectlock.emulator.domain.model.replication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bucket's replication configuration as PutBucketReplication stored it ([R110]): the IAM role S3
 * would assume, and the rules. The matching methods answer what the replication engine asks of a
 * new version or delete marker; they are pure and read nothing else.
 */
public record ReplicationConfiguration(String role, List<ReplicationRule> rules) {

    /** Higher priority first; rules without one (the V1 form) keep their order after them. */
    private static final Comparator<ReplicationRule> BY_PRIORITY = Comparator.comparingInt(
                    (ReplicationRule r) -> r.priority() == null ? Integer.MIN_VALUE : r.priority())
            .reversed();

    public ReplicationConfiguration {
        rules = List.copyOf(rules);
    }

    /**
     * The enabled rules whose filter takes a version of this key and tags, highest priority first
     * ([R113]). Several may name the same destination; {@link #destinationRulesFor} keeps one each.
     */
    public List<ReplicationRule> rulesFor(String key, Map<String, String> tags) {
        List<ReplicationRule> out = new ArrayList<>();
        for (ReplicationRule rule : rules) {
            if (rule.enabled() && rule.filter().matches(key, tags)) {
                out.add(rule);
            }
        }
        out.sort(BY_PRIORITY);
        return out;
    }

    /**
     * The rule that decides for each destination bucket: of the matching enabled rules that name
     * it, the one with the highest priority ([R113]). Highest priority first.
     */
    public List<ReplicationRule> destinationRulesFor(String key, Map<String, String> tags) {
        return firstPerDestination(rulesFor(key, tags));
    }

    /**
     * The rules under which a delete marker on this key goes to their destination ([R114]): per
     * destination, the deciding rule among the enabled ones whose filter takes the key without
     * tags (a delete marker has none), kept when it replicates delete markers.
     */
    public List<ReplicationRule> deleteMarkerRulesFor(String key) {
        List<ReplicationRule> out = new ArrayList<>();
        for (ReplicationRule rule : firstPerDestination(rulesFor(key, Map.of()))) {
            if (rule.replicatesDeleteMarkers()) {
                out.add(rule);
            }
        }
        return out;
    }

    /** Whether a delete marker on this key replicates to at least one destination ([R114]). */
    public boolean replicatesDeleteMarkers(String key) {
        return !deleteMarkerRulesFor(key).isEmpty();
    }

    private static List<ReplicationRule> firstPerDestination(List<ReplicationRule> byPriority) {
        Set<String> seen = new HashSet<>();
        List<ReplicationRule> out = new ArrayList<>();
        for (ReplicationRule rule : byPriority) {
            if (seen.add(rule.destination().bucket())) {
                out.add(rule);
            }
        }
        return out;
    }
}

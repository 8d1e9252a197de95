package dev.objectlock.emulator.domain.model.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rules take a version or a delete marker ([R112]-[R114]), as decision tables. */
class ReplicationConfigurationTest {

    /** Rules: a "logs/" to dr-1 at 1, tagged keep=yes to dr-1 at 5, everything to dr-2 at 2 (disabled: off). */
    private static final ReplicationConfiguration THREE = new ReplicationConfiguration(
            "arn:aws:iam::123456789012:role/replication",
            List.of(
                    rule("logs", 1, prefix("logs/"), "Enabled", "Enabled", "dr-1"),
                    rule("kept", 5, tagged("keep", "yes"), "Enabled", "Disabled", "dr-1"),
                    rule("all", 2, ReplicationFilter.everything(), "Enabled", "Disabled", "dr-2"),
                    rule("off", 9, ReplicationFilter.everything(), "Disabled", "Enabled", "dr-3")));

    @ParameterizedTest(name = "{0} with tags [{1}]: rules {2}, per destination {3}")
    @CsvSource({
        "logs/a, '',       'all,logs',      'all,logs'",
        "logs/a, keep=yes, 'kept,all,logs', 'kept,all'",
        "data/a, keep=yes, 'kept,all',      'kept,all'",
        "data/a, keep=no,  'all',           'all'",
        "data/a, '',       'all',           'all'",
    })
    void enabledMatchingRulesComeHighestPriorityFirst(String key, String tags, String rules, String perDestination) {
        assertThat(ids(THREE.rulesFor(key, tags(tags)))).isEqualTo(list(rules));
        assertThat(ids(THREE.destinationRulesFor(key, tags(tags)))).isEqualTo(list(perDestination));
    }

    @ParameterizedTest(name = "delete marker on {0}: rules [{1}]")
    @CsvSource({
        // the tagged rule cannot take a marker (no tags); logs decides for dr-1 and replicates markers
        "logs/a, 'logs'",
        // dr-2's rule takes every key but leaves markers; dr-3's rule is disabled
        "data/a, ''",
    })
    void deleteMarkersFollowTheDecidingRuleOfEachDestination(String key, String rules) {
        assertThat(ids(THREE.deleteMarkerRulesFor(key))).isEqualTo(list(rules));
        assertThat(THREE.replicatesDeleteMarkers(key)).isEqualTo(!rules.isEmpty());
    }

    @Test
    void aHigherPriorityRuleThatLeavesMarkersDecidesForItsDestination() {
        var config = new ReplicationConfiguration(
                "role",
                List.of(
                        rule("low", 1, ReplicationFilter.everything(), "Enabled", "Enabled", "dr"),
                        rule("high", 2, prefix("a"), "Enabled", "Disabled", "dr")));

        assertThat(config.replicatesDeleteMarkers("a/1")).isFalse();
        assertThat(config.replicatesDeleteMarkers("b/1")).isTrue();
    }

    @Test
    void theV1FormReplicatesDeleteMarkersUnderItsPrefix() {
        var v1 = new ReplicationRule(
                "v1",
                null,
                ReplicationFilter.legacy("docs/"),
                "Enabled",
                null,
                ReplicationDestination.of("dr"),
                null,
                null);
        var config = new ReplicationConfiguration("role", List.of(v1));

        assertThat(v1.v2()).isFalse();
        assertThat(config.replicatesDeleteMarkers("docs/a")).isTrue();
        assertThat(config.replicatesDeleteMarkers("other")).isFalse();
        assertThat(ids(config.rulesFor("docs/a", Map.of()))).containsExactly("v1");
    }

    @Test
    void theDestinationBucketIsTheArnWithoutItsPrefix() {
        assertThat(ReplicationDestination.of("ledger-dr").bucketArn()).isEqualTo("arn:aws:s3:::ledger-dr");
        assertThat(ReplicationDestination.of("ledger-dr").bucket()).isEqualTo("ledger-dr");
    }

    @Test
    void anAndFilterNeedsThePrefixAndEveryTag() {
        var filter = new ReplicationFilter(false, true, "a/", List.of(new Tag("k", "1"), new Tag("j", "2")));

        assertThat(filter.matches("a/x", Map.of("k", "1", "j", "2", "other", "3")))
                .isTrue();
        assertThat(filter.matches("a/x", Map.of("k", "1"))).isFalse();
        assertThat(filter.matches("b/x", Map.of("k", "1", "j", "2"))).isFalse();
    }

    static ReplicationRule rule(
            String id, Integer priority, ReplicationFilter filter, String status, String markers, String bucket) {
        return new ReplicationRule(
                id, priority, filter, status, markers, ReplicationDestination.of(bucket), null, null);
    }

    static ReplicationFilter prefix(String prefix) {
        return new ReplicationFilter(false, false, prefix, List.of());
    }

    static ReplicationFilter tagged(String key, String value) {
        return new ReplicationFilter(false, false, null, List.of(new Tag(key, value)));
    }

    private static List<String> ids(List<ReplicationRule> rules) {
        return rules.stream().map(ReplicationRule::id).toList();
    }

    private static List<String> list(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private static Map<String, String> tags(String csv) {
        if (csv.isEmpty()) {
            return Map.of();
        }
        String[] kv = csv.split("=");
        return Map.of(kv[0], kv[1]);
    }
}

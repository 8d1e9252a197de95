package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Expiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Filter;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.NoncurrentExpiration;
import dev.objectlock.emulator.domain.model.LifecycleConfiguration.Rule;
import dev.objectlock.emulator.domain.model.LifecycleExpiry;
import dev.objectlock.emulator.domain.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When lifecycle actions fall due ([R91]) and what a filter takes ([R92]). */
class LifecycleEligibilityTest {

    @ParameterizedTest(name = "{0} + {1} days is due at {2}")
    @CsvSource({
        // the User Guide's example: created mid-morning, 3 days: due at the midnight after the sum
        "2014-01-01T10:30:00Z, 3, 2014-01-05T00:00:00Z",
        "2030-01-01T00:00:00.001Z, 1, 2030-01-03T00:00:00Z",
        "2030-01-01T23:59:59.999Z, 1, 2030-01-03T00:00:00Z",
        // UNCERTAIN: a sum exactly at midnight still moves on a full day
        "2030-01-01T00:00:00Z, 1, 2030-01-03T00:00:00Z",
        "2030-12-31T12:00:00Z, 30, 2031-01-31T00:00:00Z",
        "2030-02-28T12:00:00Z, 1, 2030-03-02T00:00:00Z",
    })
    void dueAtTheNextMidnightUtcAfterTheDays(Instant start, int days, Instant due) {
        assertThat(LifecycleEligibility.dueAt(start, days)).isEqualTo(due);
        assertThat(LifecycleEligibility.isDue(start, days, due)).isTrue();
        assertThat(LifecycleEligibility.isDue(start, days, due.minusMillis(1))).isFalse();
    }

    @ParameterizedTest(name = "{0} size {1} tags {2}: {3}")
    @CsvSource({
        "logs/a, 10, t=x, true",
        "logs/a, 5,  t=x, false",
        "logs/a, 100, t=x, false",
        "logs/a, 10, t=y, false",
        "logs/a, 10, '', false",
        "data/a, 10, t=x, false",
    })
    void andFilterNeedsEveryCondition(String key, long size, String tag, boolean matches) {
        Filter filter = new Filter(false, true, "logs/", List.of(new Tag("t", "x")), 5L, 100L);
        Map<String, String> tags = tag.isEmpty() ? Map.of() : Map.of(tag.split("=")[0], tag.split("=")[1]);
        assertThat(LifecycleEligibility.matches(filter, key, size, tags)).isEqualTo(matches);
    }

    // [R96]: the earliest applicable Expiration; disabled rules, other prefixes and non-date actions count not
    @ParameterizedTest(name = "key {0}: {1} by {2}")
    @CsvSource({
        "logs/a, 2030-01-03T00:00:00Z, soon",
        "data/a, 2030-02-01T00:00:00Z, later",
        "tmp/a,  2030-02-01T00:00:00Z, later",
    })
    void expiryIsTheEarliestApplicableExpiration(String key, Instant date, String rule) {
        Filter logs = new Filter(false, false, "logs/", List.of(), null, null);
        Filter tmp = new Filter(false, false, "tmp/", List.of(), null, null);
        List<Rule> rules = List.of(
                rule("later", "Enabled", Filter.everything(), new Expiration(30, null, null), null),
                rule("soon", "Enabled", logs, new Expiration(1, null, null), null),
                rule(
                        "off",
                        "Disabled",
                        Filter.everything(),
                        new Expiration(null, Instant.parse("2030-01-02T00:00:00Z"), null),
                        null),
                rule("marker", "Enabled", tmp, new Expiration(null, null, true), null),
                rule("noncurrent", "Enabled", tmp, null, new NoncurrentExpiration(1, null)));
        Instant created = Instant.parse("2030-01-01T10:00:00Z");

        assertThat(LifecycleEligibility.expiry(rules, key, 1, Map.of(), created))
                .contains(new LifecycleExpiry(date, rule));
    }

    private static Rule rule(String id, String status, Filter filter, Expiration e, NoncurrentExpiration n) {
        return new Rule(id, status, filter, e, n, null, List.of(), List.of());
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "'', any, true",
        "logs/, logs/x, true",
        "logs/, data/x, false",
    })
    void prefixOnlyFiltersTakeMarkersAndUploads(String prefix, String key, boolean matches) {
        Filter filter = new Filter(false, false, prefix, List.of(), null, null);
        assertThat(LifecycleEligibility.matchesKeyOnly(filter, key)).isEqualTo(matches);
        Filter tagged = new Filter(false, false, prefix, List.of(new Tag("t", "x")), null, null);
        assertThat(LifecycleEligibility.matchesKeyOnly(tagged, key)).isFalse();
    }
}

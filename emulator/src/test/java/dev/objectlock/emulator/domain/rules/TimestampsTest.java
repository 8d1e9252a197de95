package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ISO-8601 timestamps of requests ([0.4]): Z or an offset, any fraction, kept at full precision. */
class TimestampsTest {

    @Test
    void readsZuluOffsetsAndFractions() {
        assertThat(Timestamps.parseIso8601("2030-01-01T00:00:00Z")).contains(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(Timestamps.parseIso8601(" 2030-01-01T02:00:00.5+02:00 "))
                .contains(Instant.parse("2030-01-01T00:00:00.500Z"));
        assertThat(Timestamps.parseIso8601("2030-01-01T00:00:00.123456789Z"))
                .contains(Instant.parse("2030-01-01T00:00:00.123456789Z"));
    }

    @Test
    void nullAndNonTimestampsAreEmpty() {
        assertThat(Timestamps.parseIso8601(null)).isEmpty();
        assertThat(Timestamps.parseIso8601("yesterday")).isEmpty();
        assertThat(Timestamps.parseIso8601("2030-01-01T00:00:00"))
                .as("no offset")
                .isEmpty();
        assertThat(Timestamps.parseIso8601("2030-01-01")).isEmpty();
    }
}

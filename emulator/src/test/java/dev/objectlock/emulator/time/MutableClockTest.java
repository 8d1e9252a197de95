package dev.objectlock.emulator.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The emulator's clock (ARCHITECTURE.md "time"): system time until a test sets or advances it. */
class MutableClockTest {

    private static final Instant BASE = Instant.parse("2024-05-01T10:00:00.123456789Z");

    private final SettableBase base = new SettableBase(BASE);
    private final MutableClock clock = new MutableClock(base);

    @Test
    void readsTheBaseClockTruncatedToMilliseconds() {
        // S3 stores and returns Last-Modified and retain-until with millisecond precision ([0.4]).
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
        assertThat(clock.isSystemTime()).isTrue();
    }

    @Test
    void setMovesTheClockAndKeepsItTicking() {
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(clock.isSystemTime()).isFalse();

        base.now = BASE.plusSeconds(5);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:05Z"));
    }

    @Test
    void setCanGoBackInTime() {
        clock.set(Instant.parse("2001-02-03T04:05:06.007Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2001-02-03T04:05:06.007Z"));
    }

    @Test
    void advanceAddsUpAndMayGoBackwards() {
        clock.advance(Duration.ofDays(365));
        clock.advance(Duration.ofMillis(1));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-05-01T10:00:00.124Z"));

        clock.advance(Duration.ofDays(-365));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-01T10:00:00.124Z"));
    }

    @Test
    void advanceAfterSetStartsFromTheSetTime() {
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        clock.advance(Duration.ofHours(1));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T01:00:00Z"));
    }

    @Test
    void useSystemTimeReturnsToTheBaseClock() {
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        clock.useSystemTime();

        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
        assertThat(clock.isSystemTime()).isTrue();
    }

    @Test
    void isAlwaysUtc() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.millis())
                .isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z").toEpochMilli());
        assertThatThrownBy(() -> clock.withZone(ZoneId.of("Europe/Berlin")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void followsTheSystemClockByDefault() {
        Instant before = Instant.now().minusMillis(1);
        Instant read = new MutableClock().instant();
        Instant after = Instant.now().plusMillis(1);

        assertThat(read).isBetween(before, after);
    }

    /** A base clock the test moves by hand. */
    private static final class SettableBase extends Clock {
        private Instant now;

        SettableBase(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

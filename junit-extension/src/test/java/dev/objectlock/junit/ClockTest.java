package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.time.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The injected clock moves the emulator's time; each test starts on system time again. */
@ObjectLockEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockTest {

    @Test
    @Order(1)
    void aYearOfRetentionExpiresWhenTheTestAdvancesTheClock(MutableClock clock, S3Client s3) {
        s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
        String v1 = s3.putObject(
                        b -> b.bucket("ledger")
                                .key("trade.csv")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(clock.instant().plus(365, ChronoUnit.DAYS)),
                        RequestBody.fromString("locked"))
                .versionId();
        assertThatThrownBy(() ->
                        s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1)))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));

        clock.advance(Duration.ofDays(366));
        s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1));
    }

    @Test
    @Order(2)
    void setMovesItToAnInstant(MutableClock clock, Clock sameClock) {
        assertThat(clock.isSystemTime()).as("reset before this test").isTrue();
        clock.set(Instant.parse("2040-06-01T00:00:00Z"));
        assertThat(sameClock.instant())
                .isBetween(Instant.parse("2040-06-01T00:00:00Z"), Instant.parse("2040-06-01T00:01:00Z"));
    }

    @Test
    @Order(3)
    void eachTestStartsOnSystemTime(MutableClock clock) {
        assertThat(clock.isSystemTime()).isTrue();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}

package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/** Settings in code: region, account id and a start time, applied to the emulator, the clients and the fixtures. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EmulatorBucket(name = "fixture", objectLock = true)
class ProgrammaticSettingsTest {

    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @RegisterExtension
    static ObjectLockEmulatorExtension emulator = ObjectLockEmulatorExtension.builder()
            .region("eu-west-1")
            .accountId("111122223333")
            .startTime(START)
            .build();

    @Test
    @Order(1)
    void theEmulatorAndTheClientsUseTheConfiguredRegionAndAccount(
            ObjectLockEmulator emulator, S3Client s3, S3ControlClient s3Control) {
        assertThat(emulator.region()).isEqualTo("eu-west-1");
        assertThat(emulator.accountId()).isEqualTo("111122223333");
        assertThat(s3.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
        assertThat(s3Control.serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");

        s3.createBucket(b -> b.bucket("ledger"));
        assertThat(s3.getBucketLocation(b -> b.bucket("ledger")).locationConstraintAsString())
                .isEqualTo("eu-west-1");
        assertThat(s3.getBucketLocation(b -> b.bucket("fixture")).locationConstraintAsString())
                .isEqualTo("eu-west-1");
    }

    @Test
    @Order(2)
    void theClockStartsAtTheStartTimeAndTicksOn(MutableClock clock) {
        assertThat(Duration.between(START, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        clock.advance(Duration.ofDays(400));
        assertThat(clock.instant()).isAfter(START.plus(Duration.ofDays(399)));
    }

    @Test
    @Order(3)
    void theNextTestStartsAtTheStartTimeAgain(MutableClock clock, S3Client s3) {
        assertThat(Duration.between(START, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("fixture");
    }
}

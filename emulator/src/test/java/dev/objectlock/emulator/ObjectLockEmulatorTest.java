package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobStatus;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The embeddable handle's lifecycle: what needs a started emulator says so, and what does not works at once. */
class ObjectLockEmulatorTest {

    private static final String NOT_STARTED = "not started; call start() first";

    @Test
    void whatNeedsAStartedEmulatorSaysToStartItFirst() {
        ObjectLockEmulator emulator = ObjectLockEmulator.builder().build();

        notStarted(emulator::reset);
        notStarted(emulator::endpoint);
        notStarted(emulator::port);
        notStarted(() -> emulator.awaitJob("any-job"));
        notStarted(() -> emulator.awaitJob("any-job", Duration.ZERO, JobStatus.Active));
        notStarted(() -> EmulatorInternals.batchJobs(emulator));
    }

    @Test
    void aStoppedEmulatorSaysTheSame() {
        ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
        emulator.reset();
        emulator.stop();

        notStarted(emulator::reset);
        notStarted(emulator::endpoint);
        notStarted(() -> emulator.awaitJob("any-job"));
    }

    @Test
    void theClockAndTheSettingsNeedNoStart() {
        ObjectLockEmulator emulator = ObjectLockEmulator.builder()
                .region("eu-west-1")
                .accountId("111122223333")
                .build();
        Instant then = Instant.parse("2030-01-01T00:00:00Z");

        emulator.clock().set(then);

        assertThat(emulator.clock().instant()).isBetween(then, then.plusSeconds(5));
        assertThat(emulator.region()).isEqualTo("eu-west-1");
        assertThat(emulator.accountId()).isEqualTo("111122223333");
        emulator.stop();
    }

    @Test
    void anEmulatorStartsAgainAfterAStop() {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build()) {
            emulator.start().stop();

            assertThat(emulator.start().endpoint().getPort()).isPositive();
        }
    }

    private static void notStarted(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage(NOT_STARTED);
    }
}

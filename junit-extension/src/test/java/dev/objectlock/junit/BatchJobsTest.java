package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.batch.JobStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The injected {@link BatchJobs} waits on the test's own emulator. (An end-to-end job through the
 * injected S3ControlClient needs the S3 Control routes and manifest readers, which are not on this
 * branch yet; until then this checks that the handle answers exactly as the emulator does.)
 */
@ObjectLockEmulatorTest
class BatchJobsTest {

    @Test
    void awaitAsksTheTestsEmulator(BatchJobs jobs, ObjectLockEmulator emulator) {
        Throwable viaHandle = catchThrowable(() -> jobs.await("no-such-job"));
        Throwable viaEmulator = catchThrowable(() -> emulator.awaitJob("no-such-job"));

        assertThat(viaHandle).isNotNull().hasSameClassAs(viaEmulator).hasMessage(viaEmulator.getMessage());
    }

    @Test
    void awaitWithATimeoutAndStatusesAsksTheTestsEmulator(BatchJobs jobs, ObjectLockEmulator emulator) {
        Throwable viaHandle = catchThrowable(() -> jobs.await("no-such-job", Duration.ofMillis(10), JobStatus.Active));
        Throwable viaEmulator = catchThrowable(() -> emulator.awaitJob("no-such-job", Duration.ofMillis(10),
                JobStatus.Active));

        assertThat(viaHandle).isNotNull().hasSameClassAs(viaEmulator).hasMessage(viaEmulator.getMessage());
    }
}

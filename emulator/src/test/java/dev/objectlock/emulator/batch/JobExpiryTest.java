package dev.objectlock.emulator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.port.JobRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two time rules of [C.5, C.6] at their edges: 30 days Suspended fails, 90 days after the end it is gone. */
class JobExpiryTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Duration MS = Duration.ofMillis(1);
    private static final Duration DAYS_30 = Duration.ofDays(30);
    private static final Duration DAYS_90 = Duration.ofDays(90);

    private static JobRecord created() {
        return new JobRecord(
                new JobRecord.Submitted(
                        "00000000-0000-0000-0000-000000000001",
                        "arn",
                        JobRequests.legalHold("ON"),
                        T0.minus(Duration.ofHours(1))),
                JobRecord.Lifecycle.created(),
                JobRecord.Progress.none().withTasks(2, null),
                new JobRecord.Settings(10, List.of()));
    }

    private static JobRecord suspendedAt(Instant at) {
        JobRecord suspended =
                created().movedTo(JobStatus.Preparing, at, null).movedTo(JobStatus.Suspended, at, "waits");
        return suspended.with(suspended.lifecycle().withStatusUpdateReason("set before"));
    }

    @Test
    void aJobSuspendedForExactlyThirtyDaysIsStillSuspended() {
        JobRecord job = suspendedAt(T0);

        assertThat(JobExpiry.at(job, T0.plus(DAYS_30))).containsSame(job);
        assertThat(JobExpiry.isDue(job, T0.plus(DAYS_30))).isFalse();
    }

    @Test
    void aJobSuspendedForMoreThanThirtyDaysFailedWhenTheThirtyDaysRanOut() {
        JobRecord job = suspendedAt(T0);

        JobRecord failed = JobExpiry.at(job, T0.plus(DAYS_30).plus(MS)).orElseThrow();

        assertThat(JobExpiry.isDue(job, T0.plus(DAYS_30).plus(MS))).isTrue();
        assertThat(failed.status()).isEqualTo(JobStatus.Failed);
        assertThat(failed.lifecycle().terminationDate()).isEqualTo(T0.plus(DAYS_30));
        assertThat(failed.lifecycle().failureReasons()).containsExactly(JobExpiry.SUSPENDED_TOO_LONG);
        assertThat(failed.lifecycle().statusUpdateReason()).isEqualTo("set before");
        assertThat(failed.lifecycle().suspendedDate()).isEqualTo(T0);
        assertThat(failed.lifecycle().suspendedCause()).isEqualTo("waits");
        assertThat(failed.progress().elapsedActiveSeconds(T0.plus(DAYS_90))).isZero();
    }

    @Test
    void aJobLeftSuspendedForOverAHundredAndTwentyDaysIsGone() {
        JobRecord job = suspendedAt(T0);

        assertThat(JobExpiry.at(job, T0.plus(DAYS_30).plus(DAYS_90)))
                .get()
                .extracting(JobRecord::status)
                .isEqualTo(JobStatus.Failed);
        assertThat(JobExpiry.at(job, T0.plus(DAYS_30).plus(DAYS_90).plus(MS))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = JobStatus.class,
            names = {"Complete", "Failed", "Cancelled"})
    void anEndedJobIsKeptForNinetyDaysThenGone(JobStatus terminal) {
        JobRecord ended = created().movedTo(terminal, T0, null);

        assertThat(JobExpiry.at(ended, T0.plus(DAYS_90))).containsSame(ended);
        assertThat(JobExpiry.at(ended, T0.plus(DAYS_90).plus(MS))).isEmpty();
        assertThat(JobExpiry.isDue(ended, T0.plus(DAYS_90).plus(MS))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = JobStatus.class,
            names = {"Complete", "Failed", "Cancelled", "Suspended"},
            mode = EnumSource.Mode.EXCLUDE)
    void anUnfinishedJobThatIsNotSuspendedIsLeftAloneHoweverOld(JobStatus status) {
        JobRecord job = created().movedTo(status, T0, null);

        assertThat(JobExpiry.at(job, T0.plus(Duration.ofDays(3650)))).containsSame(job);
        assertThat(JobExpiry.isDue(job, T0.plus(Duration.ofDays(3650)))).isFalse();
    }
}

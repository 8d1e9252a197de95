package dev.objectlock.emulator.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Spec C.6 and rule 40, row by row. */
class JobStateMachineTest {

    @ParameterizedTest(name = "{0} + requested {1} -> {2}")
    @CsvSource({
            "Suspended, Ready, Ready",
            "New, Cancelled, Cancelled",
            "Preparing, Cancelled, Cancelled",
            "Suspended, Cancelled, Cancelled",
            "Ready, Cancelled, Cancelled",
            "Paused, Cancelled, Cancelled",
            "Active, Cancelled, Cancelling",
            "Pausing, Cancelled, Cancelling",
    })
    void allowedRequests(JobStatus current, JobStatus requested, JobStatus next) {
        assertThat(JobStateMachine.onRequest(current, requested)).isEqualTo(next);
    }

    @ParameterizedTest(name = "{0} + requested {1} is refused")
    @CsvSource({
            "New, Ready", "Preparing, Ready", "Ready, Ready", "Active, Ready", "Paused, Ready",
            "Complete, Ready", "Failed, Ready", "Cancelled, Ready",
            "Complete, Cancelled", "Failed, Cancelled", "Cancelled, Cancelled",
            "Cancelling, Cancelled", "Failing, Cancelled", "Completing, Cancelled",
    })
    void refusedRequests(JobStatus current, JobStatus requested) {
        assertThatThrownBy(() -> JobStateMachine.onRequest(current, requested))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.JOB_STATUS_EXCEPTION);
                    assertThat(e.getMessage()).isEqualTo("Unable to transition job from " + current + " to " + requested);
                });
    }

    @ParameterizedTest(name = "the engine moves {0} -> {1}")
    @CsvSource({
            "New, Preparing", "Preparing, Suspended", "Preparing, Ready", "Preparing, Failing",
            "Suspended, Ready", "Ready, Active", "Active, Completing", "Completing, Complete",
            "Active, Failing", "Failing, Failed", "Active, Cancelling", "Cancelling, Cancelled",
            "Completing, Failing", "Cancelling, Failing", "Suspended, Failed",
    })
    void engineMoves(JobStatus from, JobStatus to) {
        assertThat(JobStateMachine.canMove(from, to)).isTrue();
    }

    @ParameterizedTest(name = "the engine never moves {0} -> {1}")
    @CsvSource({
            "New, Active", "Preparing, Active", "Suspended, Active", "Active, Complete", "Active, Failed",
            "Active, Ready", "Failing, Complete", "Cancelling, Complete", "Ready, Complete",
    })
    void impossibleMoves(JobStatus from, JobStatus to) {
        assertThat(JobStateMachine.canMove(from, to)).isFalse();
        assertThatThrownBy(() -> JobStateMachine.checkMove(from, to)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = JobStatus.class, names = {"Complete", "Failed", "Cancelled"})
    void terminalStatusesGoNowhere(JobStatus terminal) {
        for (JobStatus to : EnumSet.allOf(JobStatus.class)) {
            assertThat(JobStateMachine.canMove(terminal, to)).as(terminal + " -> " + to).isFalse();
        }
    }
}

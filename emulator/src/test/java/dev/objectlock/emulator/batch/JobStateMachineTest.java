package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.JobStatus.Active;
import static dev.objectlock.emulator.batch.JobStatus.Cancelled;
import static dev.objectlock.emulator.batch.JobStatus.Cancelling;
import static dev.objectlock.emulator.batch.JobStatus.Complete;
import static dev.objectlock.emulator.batch.JobStatus.Completing;
import static dev.objectlock.emulator.batch.JobStatus.Failed;
import static dev.objectlock.emulator.batch.JobStatus.Failing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** [C.6, R40, R41], row by row. */
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
        "New, Ready",
        "Preparing, Ready",
        "Ready, Ready",
        "Active, Ready",
        "Paused, Ready",
        "Complete, Ready",
        "Failed, Ready",
        "Cancelled, Ready",
        "Complete, Cancelled",
        "Failed, Cancelled",
        "Cancelled, Cancelled",
        "Cancelling, Cancelled",
        "Failing, Cancelled",
        "Completing, Cancelled",
    })
    void refusedRequests(JobStatus current, JobStatus requested) {
        assertThatThrownBy(() -> JobStateMachine.onRequest(current, requested))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.JOB_STATUS_EXCEPTION);
                    assertThat(e.getMessage())
                            .isEqualTo("Unable to transition job from " + current + " to " + requested);
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
        "New, Active",
        "Preparing, Active",
        "Suspended, Active",
        "Active, Complete",
        "Active, Failed",
        "Active, Ready",
        "Failing, Complete",
        "Cancelling, Complete",
        "Ready, Complete",
    })
    void impossibleMoves(JobStatus from, JobStatus to) {
        assertThat(JobStateMachine.canMove(from, to)).isFalse();
        assertThatThrownBy(() -> JobStateMachine.checkMove(from, to)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = JobStatus.class,
            names = {"Complete", "Failed", "Cancelled"})
    void terminalStatusesGoNowhere(JobStatus terminal) {
        for (JobStatus to : EnumSet.allOf(JobStatus.class)) {
            assertThat(JobStateMachine.canMove(terminal, to))
                    .as(terminal + " -> " + to)
                    .isFalse();
        }
    }

    static Stream<Arguments> tasksStopped() {
        return Stream.of(
                // status when the tasks stopped, threshold exceeded?, next  -- why
                Arguments.of("every task ran", Active, false, Completing),
                Arguments.of("more than half of at least 1,000 failed ([R41])", Active, true, Failing),
                Arguments.of("a client cancelled between two tasks", Cancelling, false, Cancelling),
                Arguments.of("the threshold was reached before the cancel was seen", Cancelling, true, Failing),
                Arguments.of("failed meanwhile by the engine: left alone", Failing, false, Failing),
                Arguments.of("an ended job is left alone", Cancelled, true, Cancelled));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("tasksStopped")
    void whenTheTasksStop(String why, JobStatus current, boolean thresholdExceeded, JobStatus next) {
        assertThat(JobStateMachine.onTasksStopped(current, thresholdExceeded)).isEqualTo(next);
        if (next != current) {
            assertThat(JobStateMachine.canMove(current, next))
                    .as("a move the engine may make")
                    .isTrue();
        }
    }

    static Stream<Arguments> reportWritten() {
        return Stream.of(
                // ending status, report refused?, the moves that end the job  -- why
                Arguments.of("completed, report written (or none asked for)", Completing, false, List.of(Complete)),
                Arguments.of("completed, report refused: the job fails", Completing, true, List.of(Failing, Failed)),
                Arguments.of("cancelled, report written", Cancelling, false, List.of(Cancelled)),
                Arguments.of("cancelled, report refused: the job fails", Cancelling, true, List.of(Failing, Failed)),
                Arguments.of("failing past the threshold, report written", Failing, false, List.of(Failed)),
                Arguments.of("failing, report refused too", Failing, true, List.of(Failed)));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("reportWritten")
    void whenTheReportIsWritten(String why, JobStatus ending, boolean refused, List<JobStatus> moves) {
        assertThat(JobStateMachine.onReportWritten(ending, refused)).isEqualTo(moves);
        JobStatus from = ending;
        for (JobStatus to : moves) {
            assertThat(JobStateMachine.canMove(from, to)).as(from + " -> " + to).isTrue();
            from = to;
        }
        assertThat(from.isTerminal()).isTrue();
    }

    static Stream<Arguments> finalStatuses() {
        return Stream.of(
                // tasks run, of which failed, cancelled meanwhile?, report refused?, final status  -- why
                Arguments.of("every task succeeded", 3, 0, false, false, Complete),
                Arguments.of(
                        "every one of 999 tasks failed: below the threshold ([R41])", 999, 999, false, false, Complete),
                Arguments.of("500 of 1,000 failed: not more than half", 1000, 500, false, false, Complete),
                Arguments.of("501 of 1,000 failed", 1000, 501, false, false, Failed),
                Arguments.of("cancelled after two tasks", 2, 0, true, false, Cancelled),
                Arguments.of("cancelled once 501 of 1,000 had failed", 1000, 501, true, false, Failed),
                Arguments.of(
                        "every task succeeded but the report bucket refused the report", 3, 0, false, true, Failed),
                Arguments.of("cancelled and the report refused", 2, 0, true, true, Failed));
    }

    @ParameterizedTest(name = "{0} -> {5}")
    @MethodSource("finalStatuses")
    void howARunEnds(String why, long run, long failed, boolean cancelled, boolean reportRefused, JobStatus end) {
        JobStatus stopped = cancelled ? JobStateMachine.onRequest(Active, Cancelled) : Active;
        JobStatus ending = JobStateMachine.onTasksStopped(stopped, TaskFailureThreshold.exceeded(run, failed));
        List<JobStatus> moves = JobStateMachine.onReportWritten(ending, reportRefused);

        assertThat(moves.get(moves.size() - 1)).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} ends in {1}")
    @CsvSource({"Completing, Complete", "Cancelling, Cancelled", "Failing, Failed"})
    void eachEndingStatusHasItsTerminalOne(JobStatus ending, JobStatus terminal) {
        assertThat(JobStateMachine.terminalOf(ending)).isEqualTo(terminal);
        assertThat(JobStateMachine.canMove(ending, terminal)).isTrue();
    }

    @ParameterizedTest(name = "{0} is no ending status")
    @EnumSource(
            value = JobStatus.class,
            names = {"Completing", "Cancelling", "Failing"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyEndingStatusesHaveATerminalOne(JobStatus status) {
        assertThatThrownBy(() -> JobStateMachine.terminalOf(status)).isInstanceOf(IllegalStateException.class);
    }
}

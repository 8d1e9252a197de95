package dev.objectlock.emulator.http.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobPage;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query values of ListJobs, UpdateJobStatus and UpdateJobPriority ([C.5, R39]), value by value. */
class JobQueriesTest {

    static Stream<Arguments> acceptedStatuses() {
        return Stream.of(
                Arguments.of("none sent: any status", List.of(), Set.of()),
                Arguments.of("one", List.of("Suspended"), Set.of(JobStatus.Suspended)),
                Arguments.of(
                        "repeated", List.of("Cancelled", "Complete"), Set.of(JobStatus.Cancelled, JobStatus.Complete)),
                Arguments.of("the same twice", List.of("Active", "Active"), Set.of(JobStatus.Active)));
    }

    @ParameterizedTest(name = "jobStatuses {0}")
    @MethodSource("acceptedStatuses")
    void jobStatuses(String description, List<String> sent, Set<JobStatus> parsed) {
        assertThat(JobQueries.jobStatuses(sent)).isEqualTo(parsed);
    }

    @ParameterizedTest(name = "jobStatuses {0} is InvalidRequest")
    @ValueSource(strings = {"Running", "active", ""})
    void jobStatusesNameAStatusExactly(String sent) {
        refused(() -> JobQueries.jobStatuses(List.of("Suspended", sent)), S3ErrorCode.INVALID_REQUEST_EXCEPTION);
    }

    @Test
    void maxResultsIsAThousandWhenAbsentAndFromZeroToAThousand() {
        assertThat(JobQueries.maxResults(null)).isEqualTo(1000);
        assertThat(JobQueries.maxResults("0")).isZero();
        assertThat(JobQueries.maxResults("1000")).isEqualTo(1000);
    }

    @ParameterizedTest(name = "maxResults {0} is InvalidRequest")
    @ValueSource(strings = {"-1", "1001", "many", "", "2147483648"})
    void maxResultsOutOfRange(String sent) {
        refused(() -> JobQueries.maxResults(sent), S3ErrorCode.INVALID_REQUEST_EXCEPTION);
    }

    @Test
    void aNextTokenComesBackAsThePositionItWasMadeFrom() {
        JobPage.Position end =
                new JobPage.Position(Instant.parse("2030-01-01T00:00:00.123Z"), "00e123a4-c0d8-41f4-a0eb-b46f9ba5b07c");

        String token = JobQueries.nextToken(end);

        assertThat(token).doesNotContain(end.jobId()).matches("[A-Za-z0-9_-]+");
        assertThat(JobQueries.nextToken(token)).isEqualTo(end);
        assertThat(JobQueries.nextToken((String) null))
                .as("absent: the first page")
                .isNull();
        assertThat(JobQueries.nextToken((JobPage.Position) null))
                .as("the last page has none")
                .isNull();
    }

    @ParameterizedTest(name = "nextToken ''{0}'' is InvalidNextToken")
    @ValueSource(strings = {"garbage!", "bm90LWEtcG9zaXRpb24", ""})
    void aNextTokenTheEmulatorDidNotMake(String sent) {
        refused(() -> JobQueries.nextToken(sent), S3ErrorCode.INVALID_NEXT_TOKEN_EXCEPTION);
    }

    @Test
    void requestedJobStatusIsReadyOrCancelled() {
        assertThat(JobQueries.requestedJobStatus("Ready")).isEqualTo(JobStatus.Ready);
        assertThat(JobQueries.requestedJobStatus("Cancelled")).isEqualTo(JobStatus.Cancelled);
    }

    @ParameterizedTest(name = "requestedJobStatus ''{0}'' is BadRequest")
    @NullAndEmptySource
    @ValueSource(strings = {"Active", "ready", "Complete"})
    void anyOtherRequestedJobStatus(String sent) {
        refused(() -> JobQueries.requestedJobStatus(sent), S3ErrorCode.BAD_REQUEST_EXCEPTION);
    }

    @Test
    void priorityIsAnIntegerFromZero() {
        assertThat(JobQueries.priority("0")).isZero();
        assertThat(JobQueries.priority("2147483647")).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "priority ''{0}'' is BadRequest")
    @NullAndEmptySource
    @ValueSource(strings = {"-1", "2147483648", "ten"})
    void anyOtherPriority(String sent) {
        refused(() -> JobQueries.priority(sent), S3ErrorCode.BAD_REQUEST_EXCEPTION);
    }

    private static void refused(ThrowingCallable call, S3ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}

package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.ACCOUNT;
import static dev.objectlock.emulator.batch.BatchSupport.jobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CreateJob idempotency, DescribeJob, ListJobs and job tagging ([C.2]–[C.5], [C.8]). */
class JobApiTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String OTHER_ACCOUNT = "210987654321";
    /** ListJobs' largest page; the bad values of its query parameters are JobQueriesTest's. */
    private static final int ALL = 1000;

    private BatchJobService jobs;

    @BeforeEach
    void service() {
        jobs = jobs(s3);
        // the manifest JobRequests.legalHold names, empty: the jobs here never touch an object
        BatchSupport.stubManifests(s3).manifest("m", List.of());
    }

    /** Jobs that stay Suspended, so their status holds still while they are listed. */
    private String suspendedJob(String token, int priority) {
        return jobs.createJob(JobRequests.with(
                JobRequests.legalHold("ON"),
                b -> b.token(token).priority(priority).confirmationRequired(true)));
    }

    @Test
    void createJobAnswersALowercaseUuidAndAnArnInTheRegion() {
        String id = jobs.createJob(JobRequests.legalHold("ON"));

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        BatchJob job = jobs.describeJob(ACCOUNT, id);
        assertThat(job.jobArn()).isEqualTo("arn:aws:s3:us-east-1:" + ACCOUNT + ":job/" + id);
        assertThat(job.operation()).isEqualTo(new JobOperation.PutObjectLegalHold("ON"));
        assertThat(job.description()).isEqualTo("Apply legal hold");
        assertThat(job.roleArn()).isEqualTo(JobRequests.ROLE);
        assertThat(job.creationTime()).isNotNull();
    }

    @Test
    void aRepeatedTokenWithTheSameRequestReturnsTheSameJob() {
        String first = jobs.createJob(JobRequests.legalHold("ON"));
        String again = jobs.createJob(JobRequests.legalHold("ON"));

        assertThat(again).isEqualTo(first);
        assertThat(jobs.listJobs(ACCOUNT, Set.of(), null, ALL).jobs()).hasSize(1);
    }

    @Test
    void aRepeatedTokenWithOtherParametersIsAnIdempotencyException() {
        jobs.createJob(JobRequests.legalHold("ON"));

        assertThatThrownBy(() -> jobs.createJob(JobRequests.with(JobRequests.legalHold("ON"), b -> b.priority(11))))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.IDEMPOTENCY_EXCEPTION));
        assertThat(jobs.createJob(JobRequests.with(JobRequests.legalHold("ON"), b -> b.accountId(OTHER_ACCOUNT))))
                .as("tokens are per account")
                .isNotNull();
    }

    @Test
    void anotherAccountsJobOrAnUnknownIdIsNotFound() {
        String id = jobs.createJob(JobRequests.legalHold("ON"));

        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> jobs.describeJob(OTHER_ACCOUNT, id),
                () -> jobs.describeJob(ACCOUNT, "00000000-0000-0000-0000-000000000000"),
                () -> jobs.updateJobStatus(OTHER_ACCOUNT, id, JobStatus.Cancelled, null),
                () -> jobs.updateJobPriority(OTHER_ACCOUNT, id, 1),
                () -> jobs.getJobTagging(OTHER_ACCOUNT, id),
                () -> jobs.putJobTagging(OTHER_ACCOUNT, id, List.of()),
                () -> jobs.deleteJobTagging(OTHER_ACCOUNT, id))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
                assertThat(e.code()).isEqualTo(S3ErrorCode.NOT_FOUND_EXCEPTION);
                assertThat(e.getMessage()).isEqualTo("The specified job does not exist.");
            });
        }
        assertThatThrownBy(() -> jobs.describeJob(null, id))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION));
    }

    @Test
    void listsNewestFirstInPagesWithAnOpaqueToken() {
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            s3.emulator().clock().set(t0.plus(Duration.ofMinutes(i)));
            created.add(suspendedJob("t" + i, i));
        }
        jobs.createJob(JobRequests.with(
                JobRequests.legalHold("ON"), b -> b.token("other").accountId(OTHER_ACCOUNT)));

        JobPage first = jobs.listJobs(ACCOUNT, Set.of(), null, 2);
        assertThat(first.jobs()).extracting(BatchJob::jobId).containsExactly(created.get(2), created.get(1));
        // The emulator's clock keeps ticking after set(), so the job was created at or just after t0 + 1 min.
        assertThat(first.next().jobId()).isEqualTo(created.get(1));
        assertThat(first.next().creationTime())
                .isBetween(
                        t0.plus(Duration.ofMinutes(1)),
                        t0.plus(Duration.ofMinutes(2)).minusMillis(1));
        JobPage second = jobs.listJobs(ACCOUNT, Set.of(), first.next(), 2);
        assertThat(second.jobs()).extracting(BatchJob::jobId).containsExactly(created.get(0));
        assertThat(second.next()).isNull();
        assertThat(jobs.listJobs(ACCOUNT, Set.of(), null, 0).jobs()).isEmpty();
    }

    @Test
    void filtersByStatus() {
        String waiting = suspendedJob("waiting", 1);
        s3.emulator().awaitJob(waiting, Duration.ofSeconds(30), JobStatus.Suspended);
        String cancelled = suspendedJob("cancelled", 1);
        s3.emulator().awaitJob(cancelled, Duration.ofSeconds(30), JobStatus.Suspended);
        jobs.updateJobStatus(ACCOUNT, cancelled, JobStatus.Cancelled, null);

        assertThat(jobs.listJobs(ACCOUNT, Set.of(JobStatus.Suspended), null, ALL)
                        .jobs())
                .extracting(BatchJob::jobId)
                .containsExactly(waiting);
        assertThat(jobs.listJobs(ACCOUNT, Set.of(JobStatus.Cancelled, JobStatus.Complete), null, ALL)
                        .jobs())
                .extracting(BatchJob::jobId)
                .containsExactly(cancelled);
    }

    @Test
    void tagsStartAsCreatedAndAreReplacedWholeOrDeleted() {
        String id = jobs.createJob(JobRequests.legalHold("ON"));
        assertThat(jobs.getJobTagging(ACCOUNT, id)).containsExactly(new Tag("team", "records"));

        jobs.putJobTagging(ACCOUNT, id, List.of(new Tag("a", "1"), new Tag("b", "")));
        assertThat(jobs.getJobTagging(ACCOUNT, id)).containsExactly(new Tag("a", "1"), new Tag("b", ""));

        jobs.putJobTagging(ACCOUNT, id, List.of());
        assertThat(jobs.getJobTagging(ACCOUNT, id)).isEmpty();

        jobs.putJobTagging(ACCOUNT, id, List.of(new Tag("c", "3")));
        jobs.deleteJobTagging(ACCOUNT, id);
        assertThat(jobs.getJobTagging(ACCOUNT, id)).isEmpty();
    }

    @Test
    void refusesMoreThanFiftyTagsAndDuplicateKeys() {
        String id = jobs.createJob(JobRequests.legalHold("ON"));
        List<Tag> fiftyOne =
                IntStream.range(0, 51).mapToObj(i -> new Tag("k" + i, "v")).toList();

        listError(() -> jobs.putJobTagging(ACCOUNT, id, fiftyOne), S3ErrorCode.TOO_MANY_TAGS_EXCEPTION);
        listError(
                () -> jobs.putJobTagging(ACCOUNT, id, List.of(new Tag("k", "1"), new Tag("k", "2"))),
                S3ErrorCode.BAD_REQUEST_EXCEPTION);
        assertThat(jobs.getJobTagging(ACCOUNT, id)).containsExactly(new Tag("team", "records"));
    }

    private static void listError(ThrowingCallable call, S3ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.BatchJobSupport.ROLE_ARN;
import static dev.objectlock.emulator.it.BatchJobSupport.awaitJob;
import static dev.objectlock.emulator.it.BatchJobSupport.legalHoldJob;
import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.BadRequestException;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.IdempotencyException;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobListDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobStatusException;
import software.amazon.awssdk.services.s3control.model.ListJobsResponse;
import software.amazon.awssdk.services.s3control.model.OperationName;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.S3Tag;
import software.amazon.awssdk.services.s3control.model.TooManyTagsException;

/**
 * The S3 Batch Operations jobs API through the real {@link S3ControlClient} ([C.2]–[C.8]): what
 * a job answers whatever state it is in.
 */
class BatchJobsApiTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3ControlClient control = s3.controlClient();

    private static CreateJobRequest.Builder job() {
        return legalHoldJob("manifests", "m.csv", "60e460c9d1046e73f7dde5043ac3ae85");
    }

    // [C.3, C.4]: CreateJob answers a lowercase UUID; DescribeJob echoes what was asked for.
    @Test
    void describeJobEchoesTheRequest() {
        Instant before = Instant.now().minusSeconds(1);
        String jobId = control.createJob(job().confirmationRequired(true)
                        .description("Apply legal hold")
                        .tags(S3Tag.builder().key("team").value("records").build())
                        .build())
                .jobId();

        JobDescriptor job =
                control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId)).job();

        assertThat(jobId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(job.jobId()).isEqualTo(jobId);
        assertThat(job.jobArn()).isEqualTo("arn:aws:s3:us-east-1:" + ACCOUNT_ID + ":job/" + jobId);
        assertThat(job.confirmationRequired()).isTrue();
        assertThat(job.description()).isEqualTo("Apply legal hold");
        assertThat(job.priority()).isEqualTo(10);
        assertThat(job.roleArn()).isEqualTo(ROLE_ARN);
        assertThat(job.operation().s3PutObjectLegalHold().legalHold().status())
                .isEqualTo(S3ObjectLockLegalHoldStatus.ON);
        assertThat(job.manifest().spec().fields())
                .containsExactly(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY);
        assertThat(job.manifest().location().objectArn()).isEqualTo("arn:aws:s3:::manifests/m.csv");
        assertThat(job.manifest().location().eTag()).isEqualTo("60e460c9d1046e73f7dde5043ac3ae85");
        assertThat(job.report().enabled()).isFalse();
        assertThat(job.creationTime()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(job.status()).isNotNull();
        assertThat(job.progressSummary().timers().elapsedTimeInActiveSeconds()).isNotNull();
    }

    // [R46]: ListJobs names the operation; [C.5]: newest first, NextToken while more remain.
    @Test
    void listJobsPagesThroughEveryJobNewestFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(
                    0, control.createJob(job().description("job " + i).build()).jobId());
        }

        ListJobsResponse first = control.listJobs(b -> b.accountId(ACCOUNT_ID).maxResults(2));
        List<JobListDescriptor> all = control
                .listJobsPaginator(b -> b.accountId(ACCOUNT_ID).maxResults(2))
                .stream()
                .flatMap(page -> page.jobs().stream())
                .toList();

        assertThat(first.jobs()).hasSize(2);
        assertThat(first.nextToken()).isNotBlank();
        assertThat(all).extracting(JobListDescriptor::jobId).containsExactlyElementsOf(created);
        JobListDescriptor newest = all.get(0);
        assertThat(newest.operation()).isEqualTo(OperationName.S3_PUT_OBJECT_LEGAL_HOLD);
        assertThat(newest.description()).isEqualTo("job 2");
        assertThat(newest.priority()).isEqualTo(10);
        assertThat(newest.creationTime()).isNotNull();
        assertThat(newest.progressSummary()).isNotNull();
    }

    // [C.5]: jobStatuses (repeated) keeps the jobs in any of those statuses.
    @Test
    void listJobsFiltersByStatus() {
        String jobId = control.createJob(job().build()).jobId();

        List<String> everyStatus = List.of(
                "Active",
                "Cancelled",
                "Cancelling",
                "Complete",
                "Completing",
                "Failed",
                "Failing",
                "New",
                "Paused",
                "Pausing",
                "Preparing",
                "Ready",
                "Suspended");
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID).jobStatusesWithStrings(everyStatus))
                        .jobs())
                .extracting(JobListDescriptor::jobId)
                .containsExactly(jobId);
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID).jobStatusesWithStrings("Paused", "Pausing"))
                        .jobs())
                .isEmpty();
    }

    // [C.6]: UpdateJobPriority answers {JobId, Priority} and DescribeJob shows the new priority.
    @Test
    void updateJobPriority() {
        String jobId = control.createJob(job().build()).jobId();

        var updated = control.updateJobPriority(
                b -> b.accountId(ACCOUNT_ID).jobId(jobId).priority(42));

        assertThat(updated.jobId()).isEqualTo(jobId);
        assertThat(updated.priority()).isEqualTo(42);
        assertThat(control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId))
                        .job()
                        .priority())
                .isEqualTo(42);
    }

    // [C.8]: CreateJob's tags are the initial set; PutJobTagging replaces it, an empty set or
    // DeleteJobTagging removes every tag; more than 50 is TooManyTagsException.
    @Test
    void jobTagging() {
        String jobId = control.createJob(
                        job().tags(S3Tag.builder().key("team").value("records").build())
                                .build())
                .jobId();
        assertThat(tags(jobId)).containsExactly(tag("team", "records"));

        control.putJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(jobId).tags(tag("a", "1"), tag("b", "")));
        assertThat(tags(jobId)).containsExactly(tag("a", "1"), tag("b", ""));

        control.putJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(jobId).tags(List.of()));
        assertThat(tags(jobId)).isEmpty();

        control.putJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(jobId).tags(tag("c", "3")));
        control.deleteJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(jobId));
        assertThat(tags(jobId)).isEmpty();

        List<S3Tag> tooMany =
                IntStream.range(0, 51).mapToObj(i -> tag("k" + i, "v")).toList();
        TooManyTagsException e = catchThrowableOfType(
                TooManyTagsException.class,
                () -> control.putJobTagging(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).tags(tooMany)));
        assertThat(e.statusCode()).isEqualTo(400);
    }

    // [C.3] idempotency: the same token and request give the same job; the same token with
    // another request is IdempotencyException (409, [C.2]).
    @Test
    void clientRequestTokenMakesCreateJobIdempotent() {
        CreateJobRequest request = job().clientRequestToken("token-1").build();
        String jobId = control.createJob(request).jobId();

        assertThat(control.createJob(request).jobId()).isEqualTo(jobId);
        IdempotencyException e = catchThrowableOfType(
                IdempotencyException.class,
                () -> control.createJob(request.toBuilder().priority(11).build()));
        assertThat(e.statusCode()).isEqualTo(409);
    }

    // [C.3]: a job needs exactly one of Manifest and ManifestGenerator: BadRequestException.
    @Test
    void aJobWithoutManifestIsABadRequest() {
        BadRequestException e = catchThrowableOfType(
                BadRequestException.class,
                () -> control.createJob(
                        job().manifest((software.amazon.awssdk.services.s3control.model.JobManifest) null)
                                .build()));

        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage()).contains("Manifest");
    }

    // [R40]: nothing changes a job that has ended: JobStatusException. A manifest object that
    // does not exist fails the job while Preparing ([C.7.1]).
    @Test
    void anEndedJobRefusesEveryStatusChange() {
        String jobId = control.createJob(legalHoldJob("manifests", "missing.csv", "0123456789abcdef")
                        .confirmationRequired(false)
                        .build())
                .jobId();
        assertThat(awaitJob(s3, jobId, null).getValue().get("status").asText()).isEqualTo("Failed");

        JobStatusException ready = catchThrowableOfType(
                JobStatusException.class,
                () -> control.updateJobStatus(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY)));
        JobStatusException cancel = catchThrowableOfType(
                JobStatusException.class,
                () -> control.updateJobStatus(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus(RequestedJobStatus.CANCELLED)));

        assertThat(ready.statusCode()).isEqualTo(400);
        assertThat(cancel.awsErrorDetails().errorCode()).isEqualTo("JobStatusException");
        JobDescriptor failed =
                control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId)).job();
        assertThat(failed.failureReasons()).isNotEmpty();
        assertThat(failed.terminationDate()).isNotNull();
    }

    // Jobs belong to the account that created them: another account's DescribeJob is NotFoundException.
    @Test
    void anotherAccountDoesNotSeeTheJob() {
        String jobId = control.createJob(job().build()).jobId();

        var e = catchThrowableOfType(
                software.amazon.awssdk.services.s3control.model.NotFoundException.class,
                () -> control.describeJob(b -> b.accountId("210987654321").jobId(jobId)));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(control.listJobs(b -> b.accountId("210987654321")).jobs()).isEmpty();
    }

    private List<S3Tag> tags(String jobId) {
        return control.getJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(jobId)).tags();
    }

    private static S3Tag tag(String key, String value) {
        return S3Tag.builder().key(key).value(value).build();
    }
}

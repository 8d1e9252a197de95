package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobListDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobReportFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.JobStatusException;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.UpdateJobStatusResponse;

/**
 * A job's whole life through the real {@link S3ControlClient} ([C.6]): created with
 * ConfirmationRequired it waits in Suspended, UpdateJobStatus Ready runs it to Complete, and its
 * legal hold and completion report are there afterwards ([C.7]). The manifest's rows come from
 * the batch tests' stub resolver, so this test is about the API, not manifest parsing; waits go
 * through POST /_emulator/jobs/{id}/wait, as users' tests would.
 */
class S3ControlJobLifecycleTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3ControlClient control = s3.controlClient();
    private final S3Client client = s3.client();
    private StubManifests manifests;

    @BeforeEach
    void stubManifests() {
        manifests = BatchSupport.stubManifests(s3);
        BatchSupport.createLockBucket(client, "data");
        s3.createBucket("reports");
    }

    @Test
    void confirmRunAndInspectAJob() {
        s3.put("data", "a.txt", "record");
        String jobId = control.createJob(
                        legalHold(manifests.manifest("m", List.of(StubManifests.target("data", "a.txt", null))))
                                .confirmationRequired(true)
                                .build())
                .jobId();

        // [C.6]: ConfirmationRequired parks the job in Suspended once it is prepared.
        assertThat(await(jobId, "{\"status\":[\"Suspended\"]}").get("status").asText())
                .isEqualTo("Suspended");
        JsonNode stillSuspended = awaitExpecting(jobId, "{\"status\":[\"Complete\"],\"timeout\":\"PT0.2S\"}", 408);
        assertThat(stillSuspended.get("status").asText()).isEqualTo("Suspended");
        JobDescriptor suspended = describe(jobId);
        assertThat(suspended.status()).isEqualTo(JobStatus.SUSPENDED);
        assertThat(suspended.suspendedDate()).isNotNull();
        assertThat(suspended.suspendedCause()).isNotBlank();
        assertThat(suspended.progressSummary().totalNumberOfTasks()).isEqualTo(1);
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID).jobStatuses(JobStatus.SUSPENDED))
                        .jobs())
                .extracting(JobListDescriptor::jobId)
                .containsExactly(jobId);

        // [R39]: the requested status and reason travel in the query; the answer is the status now.
        UpdateJobStatusResponse ready = control.updateJobStatus(b -> b.accountId(ACCOUNT_ID)
                .jobId(jobId)
                .requestedJobStatus(RequestedJobStatus.READY)
                .statusUpdateReason("confirmed by records team"));
        assertThat(ready.jobId()).isEqualTo(jobId);
        assertThat(ready.status()).isEqualTo(JobStatus.READY);
        assertThat(ready.statusUpdateReason()).isEqualTo("confirmed by records team");

        JsonNode complete = await(jobId, null);
        assertThat(complete.get("status").asText()).isEqualTo("Complete");
        assertThat(complete.get("totalNumberOfTasks").asLong()).isEqualTo(1);
        assertThat(complete.get("numberOfTasksSucceeded").asLong()).isEqualTo(1);
        assertThat(complete.get("numberOfTasksFailed").asLong()).isZero();
        JobDescriptor done = describe(jobId);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(done.statusUpdateReason()).isEqualTo("confirmed by records team");
        assertThat(done.terminationDate()).isAfterOrEqualTo(done.creationTime());
        assertThat(done.progressSummary().numberOfTasksSucceeded()).isEqualTo(1);

        // [C.7]: the task went through PutObjectLegalHold; the report is under {prefix}/job-{id}/.
        assertThat(client.getObjectLegalHold(b -> b.bucket("data").key("a.txt"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(client.listObjectsV2(b -> b.bucket("reports").prefix("batch/job-" + jobId + "/"))
                        .contents())
                .extracting(S3Object::key)
                .contains("batch/job-" + jobId + "/manifest.json");

        // [R40]: a Complete job refuses every status change.
        JobStatusException e = catchThrowableOfType(
                JobStatusException.class,
                () -> control.updateJobStatus(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus(RequestedJobStatus.CANCELLED)));
        assertThat(e.statusCode()).isEqualTo(400);
    }

    // [C.6]: a job that has not started can be cancelled; Ready is only for a Suspended job.
    @Test
    void cancelASuspendedJob() {
        String jobId = control.createJob(
                        legalHold(manifests.manifest("c", List.of(StubManifests.target("data", "b", null))))
                                .confirmationRequired(true)
                                .build())
                .jobId();
        await(jobId, "{\"status\":[\"Suspended\"]}");

        UpdateJobStatusResponse cancelled = control.updateJobStatus(
                b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus(RequestedJobStatus.CANCELLED));

        assertThat(cancelled.status()).isIn(JobStatus.CANCELLING, JobStatus.CANCELLED);
        assertThat(await(jobId, null).get("status").asText()).isEqualTo("Cancelled");
        assertThat(describe(jobId).terminationDate()).isNotNull();
        JobStatusException e = catchThrowableOfType(
                JobStatusException.class,
                () -> control.updateJobStatus(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY)));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("JobStatusException");
    }

    private static CreateJobRequest.Builder legalHold(String manifestArn) {
        return CreateJobRequest.builder()
                .accountId(ACCOUNT_ID)
                .clientRequestToken(UUID.randomUUID().toString())
                .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.ON))))
                .manifest(m -> m.spec(s -> s.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                        .location(l -> l.objectArn(manifestArn).eTag("60e460c9d1046e73f7dde5043ac3ae85")))
                .report(r -> r.enabled(true)
                        .bucket("arn:aws:s3:::reports")
                        .prefix("batch")
                        .format(JobReportFormat.REPORT_CSV_20180820)
                        .reportScope(JobReportScope.ALL_TASKS))
                .priority(10)
                .roleArn("arn:aws:iam::" + ACCOUNT_ID + ":role/batch-ops");
    }

    private JobDescriptor describe(String jobId) {
        return control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId)).job();
    }

    private static JsonNode await(String jobId, String body) {
        return awaitExpecting(jobId, body, 200);
    }

    private static JsonNode awaitExpecting(String jobId, String body, int status) {
        HttpResponse<String> r = s3.raw(
                "POST",
                "/_emulator/jobs/" + jobId + "/wait",
                Map.of(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

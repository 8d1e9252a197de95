package dev.objectlock.conformance.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3ControlException;

/**
 * Batch Operations jobs for one scenario: creates them with the target's account and role, waits
 * for them and, when the scenario ends, cancels any it left unfinished so nothing keeps running
 * against buckets {@link BucketFixture} is about to remove. On an emulator a wait is one blocking
 * call to its admin API ({@code POST /_emulator/jobs/{id}/wait}); real AWS is polled with
 * DescribeJob, since jobs there take minutes.
 */
public final class BatchJobs implements AutoCloseable {

    private static final Set<JobStatus> TERMINAL =
            EnumSet.of(JobStatus.COMPLETE, JobStatus.FAILED, JobStatus.CANCELLED);
    private static final Duration EMULATOR_WAIT = Duration.ofSeconds(60);
    private static final Duration AWS_WAIT = Duration.ofMinutes(20);
    private static final Duration AWS_POLL = Duration.ofSeconds(5);

    private final S3ControlClient control;
    private final S3Client s3;
    private final String accountId;
    private final String roleArn;
    private final Optional<URI> emulator;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> created = new ArrayList<>();

    BatchJobs(Target target) {
        this.control = target.control();
        this.s3 = target.s3();
        this.accountId = target.accountId()
                .orElseThrow(() -> new TestAbortedException(
                        "Batch Operations scenarios on aws need -D" + Target.ACCOUNT_ID_PROPERTY + "=<12 digits>"));
        this.roleArn = target.roleArn()
                .orElseThrow(() ->
                        new TestAbortedException("Batch Operations scenarios on aws need -D" + Target.ROLE_ARN_PROPERTY
                                + "=arn:aws:iam::<account>:role/<role S3 Batch Operations may assume>"));
        this.emulator = target.emulatorEndpoint();
    }

    public String accountId() {
        return accountId;
    }

    public String roleArn() {
        return roleArn;
    }

    public S3ControlClient control() {
        return control;
    }

    /**
     * A CreateJob request with this run's account, role, a fresh token, priority 10, no
     * confirmation and no report; {@code details} sets the operation and manifest and may
     * override any of the rest.
     */
    public CreateJobRequest request(Consumer<CreateJobRequest.Builder> details) {
        CreateJobRequest.Builder builder = CreateJobRequest.builder()
                .accountId(accountId)
                .roleArn(roleArn)
                .clientRequestToken(UUID.randomUUID().toString())
                .priority(10)
                .confirmationRequired(false)
                .report(r -> r.enabled(false));
        details.accept(builder);
        return builder.build();
    }

    /** CreateJob with {@link #request}; remembers the job so it is cancelled if left unfinished. */
    public String create(Consumer<CreateJobRequest.Builder> details) {
        return create(request(details));
    }

    public String create(CreateJobRequest request) {
        String jobId = control.createJob(request).jobId();
        created.add(jobId);
        return jobId;
    }

    public JobDescriptor describe(String jobId) {
        return control.describeJob(b -> b.accountId(accountId).jobId(jobId)).job();
    }

    /** Waits until the job is Complete, Failed or Cancelled; returns DescribeJob's view then. */
    public JobDescriptor awaitFinished(String jobId) {
        return await(jobId, TERMINAL);
    }

    /** Waits until the job is in one of {@code statuses}; fails on a terminal status not among them. */
    public JobDescriptor await(String jobId, JobStatus... statuses) {
        return await(jobId, EnumSet.copyOf(Arrays.asList(statuses)));
    }

    private JobDescriptor await(String jobId, Set<JobStatus> statuses) {
        if (emulator.isPresent()) {
            emulatorWait(emulator.get(), jobId, statuses);
            return describe(jobId);
        }
        Instant deadline = Instant.now().plus(AWS_WAIT);
        while (true) {
            JobDescriptor job = describe(jobId);
            if (statuses.contains(job.status())) {
                return job;
            }
            if (TERMINAL.contains(job.status()) || Instant.now().isAfter(deadline)) {
                throw new AssertionError("job " + jobId + " is " + job.status() + ", waited for " + statuses
                        + (job.hasFailureReasons() ? "; failure reasons " + job.failureReasons() : ""));
            }
            try {
                Thread.sleep(AWS_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for job " + jobId, e);
            }
        }
    }

    private void emulatorWait(URI endpoint, String jobId, Set<JobStatus> statuses) {
        String base = endpoint.toString().endsWith("/") ? endpoint.toString() : endpoint + "/";
        String body =
                "{\"status\":[" + statuses.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))
                        + "],\"timeout\":\"" + EMULATOR_WAIT + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "_emulator/jobs/" + jobId + "/wait"))
                .timeout(EMULATOR_WAIT.plusSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("waiting for job " + jobId + " to be " + statuses + ": "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for job " + jobId, e);
        }
    }

    /**
     * Puts a CSV manifest ({@code S3BatchOperations_CSV_20180820}, no header row) and returns the
     * CreateJob {@code Manifest} that points at it by ARN and ETag.
     */
    public JobManifest csvManifest(String bucket, String key, String csv, JobManifestFieldName... fields) {
        String etag = s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(csv, StandardCharsets.UTF_8))
                .eTag();
        return JobManifest.builder()
                .spec(s -> s.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                        .fields(fields))
                .location(l -> l.objectArn("arn:aws:s3:::" + bucket + "/" + key).eTag(etag))
                .build();
    }

    /** Cancels every job of this scenario that has not finished, so none outlives its buckets. */
    @Override
    public void close() {
        for (String jobId : created) {
            try {
                if (!TERMINAL.contains(describe(jobId).status())) {
                    control.updateJobStatus(b -> b.accountId(accountId)
                            .jobId(jobId)
                            .requestedJobStatus(RequestedJobStatus.CANCELLED)
                            .statusUpdateReason("conformance scenario ended"));
                    await(jobId, TERMINAL);
                }
            } catch (S3ControlException | AssertionError e) {
                // a job that finished meanwhile cannot be cancelled; nothing is left running
            }
        }
        created.clear();
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.DescribeJobResponse;
import software.amazon.awssdk.services.s3control.model.JobFailure;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3control.model.S3Tag;

/**
 * The other steps a job takes as its role ([P95]–[P97]): the bypass a retention job needs, the version
 * action of a tagging task, a generator's listing, and the failure threshold reached by refused tasks.
 * The role {@code batch-ops} is allowed all of S3 but what each test denies it.
 */
class BatchJobRoleStepsTest {

    private static final String ROOT_KEY = "AKIAROOT00000000000";

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(identities("s3:PutBucketTagging")));

    private static S3Client root;
    private static S3ControlClient control;

    /** The root, and the role batch-ops allowed s3:* but {@code denied}. */
    static String identities(String denied) {
        return """
                {"root": {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
                 "roles": [{"name": "batch-ops", "policies": [{"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                   {"Effect": "Deny", "Action": "%s", "Resource": "*"}]}]}]}
                """.formatted(denied);
    }

    @BeforeAll
    static void clients() {
        StaticCredentialsProvider rootKey =
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ROOT_KEY, "root-secret"));
        root = s3.client(b -> b.credentialsProvider(rootKey));
        control = EmulatorFixture.controlClientFor(s3.endpoint(), b -> b.credentialsProvider(rootKey));
    }

    @AfterAll
    static void close() {
        control.close();
    }

    @BeforeEach
    void buckets() {
        root.createBucket(b -> b.bucket("data").objectLockEnabledForBucket(true));
        root.createBucket(b -> b.bucket("reports"));
    }

    @Test
    void aRetentionJobThatBypassesNeedsTheBypassPermission() {
        deny("s3:BypassGovernanceRetention");
        Instant far = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String version = root.putObject(
                        b -> b.bucket("data")
                                .key("a")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(far),
                        RequestBody.fromString("a"))
                .versionId();
        String etag = manifest("data,a\n");

        DescribeJobResponse job = run(
                etag,
                b -> b.operation(o -> o.s3PutObjectRetention(r -> r.bypassGovernanceRetention(true)
                        .retention(t -> t.mode(S3ObjectLockRetentionMode.GOVERNANCE)
                                .retainUntilDate(far.minus(10, ChronoUnit.DAYS))))));

        assertThat(job.job().progressSummary().numberOfTasksFailed()).isEqualTo(1);
        assertThat(failedRows(job.job().jobId()))
                .contains("data,a,,failed,403,AccessDenied,")
                .contains("s3:BypassGovernanceRetention on resource: \"\"arn:aws:s3:::data/a\"\" with an explicit "
                        + "deny in an identity-based policy");
        assertThat(root.getObjectRetention(b -> b.bucket("data").key("a").versionId(version))
                        .retention()
                        .retainUntilDate())
                .isEqualTo(far);
    }

    @Test
    void aTaggingTaskOnANamedVersionNeedsTheVersionAction() {
        deny("s3:PutObjectVersionTagging");
        String version = root.putObject(b -> b.bucket("data").key("a"), RequestBody.fromString("a"))
                .versionId();
        String etag = manifest("data,a," + version + "\n");

        DescribeJobResponse job = run(
                etag,
                b -> b.operation(o -> o.s3PutObjectTagging(t -> t.tagSet(
                                S3Tag.builder().key("class").value("record").build())))
                        .manifest(m -> m.spec(sp -> sp.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                        .fields(
                                                JobManifestFieldName.BUCKET,
                                                JobManifestFieldName.KEY,
                                                JobManifestFieldName.VERSION_ID))
                                .location(l -> l.objectArn("arn:aws:s3:::data/manifest.csv")
                                        .eTag(etag))));

        assertThat(job.job().progressSummary().numberOfTasksFailed()).isEqualTo(1);
        assertThat(failedRows(job.job().jobId()))
                .contains("data,a," + version + ",failed,403,AccessDenied,")
                .contains("s3:PutObjectVersionTagging on resource: \"\"arn:aws:s3:::data/a\"\"");
        assertThat(root.getObjectTagging(b -> b.bucket("data").key("a")).tagSet())
                .isEmpty();
    }

    @Test
    void aGeneratorWhoseRoleMayNotListFailsTheJobWhilePreparing() {
        deny("s3:ListBucket");
        root.putObject(b -> b.bucket("data").key("records/a"), RequestBody.fromString("a"));

        String jobId = control.createJob(request(null)
                        .manifest((software.amazon.awssdk.services.s3control.model.JobManifest) null)
                        .manifestGenerator(g -> g.s3JobManifestGenerator(
                                sg -> sg.sourceBucket("arn:aws:s3:::data").enableManifestOutput(false)))
                        .build())
                .jobId();
        DescribeJobResponse job = describe(jobId);

        assertThat(job.job().statusAsString()).isEqualTo("Failed");
        assertThat(job.job().failureReasons())
                .extracting(JobFailure::failureCode, JobFailure::failureReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "AccessDenied", "Listing the manifest generator's source bucket failed: AccessDenied"));
    }

    @Test
    void refusedTasksReachTheFailureThresholdAfterAThousand() {
        deny("s3:PutObjectLegalHold");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            // no objects needed: permission is checked before the version is looked up ([P47])
            rows.append("data,k").append(i).append('\n');
        }

        DescribeJobResponse job = run(manifest(rows.toString()), b -> {});

        assertThat(job.job().statusAsString()).isEqualTo("Failed");
        assertThat(job.job().progressSummary().numberOfTasksFailed()).isEqualTo(1_000);
        assertThat(job.job().failureReasons())
                .extracting(JobFailure::failureCode)
                .contains("TaskFailureThresholdExceeded");
    }

    private static void deny(String action) {
        s3.raw("PUT", "/_emulator/identities", Map.of(), identities(action).getBytes(StandardCharsets.UTF_8));
    }

    private static String manifest(String csv) {
        return root.putObject(b -> b.bucket("data").key("manifest.csv"), RequestBody.fromString(csv))
                .eTag();
    }

    private static CreateJobRequest.Builder request(String etag) {
        return CreateJobRequest.builder()
                .accountId(ACCOUNT_ID)
                .clientRequestToken(UUID.randomUUID().toString())
                .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.ON))))
                .manifest(m -> m.spec(sp -> sp.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                        .location(l ->
                                l.objectArn("arn:aws:s3:::data/manifest.csv").eTag(etag)))
                .report(r -> r.enabled(true)
                        .bucket("arn:aws:s3:::reports")
                        .format("Report_CSV_20180820")
                        .reportScope(JobReportScope.FAILED_TASKS_ONLY))
                .priority(10)
                .confirmationRequired(false)
                .roleArn("arn:aws:iam::" + ACCOUNT_ID + ":role/batch-ops");
    }

    private static DescribeJobResponse run(String etag, Consumer<CreateJobRequest.Builder> settings) {
        CreateJobRequest.Builder request = request(etag);
        settings.accept(request);
        return describe(control.createJob(request.build()).jobId());
    }

    private static DescribeJobResponse describe(String jobId) {
        BatchJob ended = s3.emulator().awaitJob(jobId, Duration.ofSeconds(60));
        assertThat(ended.status().isTerminal()).as("job ended").isTrue();
        return control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId));
    }

    private static String failedRows(String jobId) {
        return root.listObjectsV2(b -> b.bucket("reports").prefix("job-" + jobId + "/results/")).contents().stream()
                .map(o -> root.getObjectAsBytes(b -> b.bucket("reports").key(o.key()))
                        .asUtf8String())
                .reduce("", String::concat);
    }
}

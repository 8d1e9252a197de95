package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static dev.objectlock.emulator.it.JobRoleIdentities.OPERATOR_KEY;
import static dev.objectlock.emulator.it.JobRoleIdentities.ROLE;
import static dev.objectlock.emulator.it.JobRoleIdentities.ROLE_ACTIONS_WITHOUT_HOLD;
import static dev.objectlock.emulator.it.JobRoleIdentities.credentials;
import static dev.objectlock.emulator.it.JobRoleIdentities.identities;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.DescribeJobResponse;
import software.amazon.awssdk.services.s3control.model.JobFailure;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * Batch Operations jobs act as their IAM role in secured mode ([P.12]): CreateJob needs iam:PassRole
 * on a role that trusts Batch Operations; the manifest read, the lock check, each task and the report
 * are authorised for a session of that role, through the same table and evaluator as API calls.
 * Everything through the AWS SDK v2 over HTTP; the seed case of issue 13 first.
 */
class BatchJobRoleTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(identities(ROLE_ACTIONS_WITHOUT_HOLD)));

    private static S3Client root;
    private static S3ControlClient operator;
    private String etag;

    @BeforeAll
    static void clients() {
        root = s3.client(b -> b.credentialsProvider(credentials("AKIAROOT00000000000", "root-secret")));
        operator = EmulatorFixture.controlClientFor(
                s3.endpoint(), b -> b.credentialsProvider(credentials(OPERATOR_KEY, "operator-secret")));
    }

    @AfterAll
    static void close() {
        operator.close();
    }

    @BeforeEach
    void heldObjects() {
        s3.raw(
                "PUT",
                "/_emulator/identities",
                Map.of(),
                identities(ROLE_ACTIONS_WITHOUT_HOLD).getBytes(StandardCharsets.UTF_8));
        root.createBucket(b -> b.bucket("data").objectLockEnabledForBucket(true));
        root.createBucket(b -> b.bucket("reports"));
        StringBuilder manifest = new StringBuilder();
        for (String key : List.of("a", "b", "c")) {
            root.putObject(
                    b -> b.bucket("data").key(key).objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                    RequestBody.fromString(key));
            manifest.append("data,").append(key).append('\n');
        }
        etag = root.putObject(b -> b.bucket("data").key("manifest.csv"), RequestBody.fromString(manifest.toString()))
                .eTag();
    }

    @Test
    void aRoleWithoutPutObjectLegalHoldFailsEveryTaskUntilThePermissionIsAdded() {
        DescribeJobResponse refused = run(
                operator,
                holdOff("batch-ops")
                        .report(r -> r.enabled(true)
                                .bucket("arn:aws:s3:::reports")
                                .format("Report_CSV_20180820")
                                .reportScope(JobReportScope.ALL_TASKS)));

        assertThat(refused.job().statusAsString()).isEqualTo("Complete");
        assertThat(refused.job().progressSummary().numberOfTasksFailed()).isEqualTo(3);
        String jobId = refused.job().jobId();
        String report = failedRows(jobId);
        String session = "arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/batch-ops/" + jobId;
        for (String key : List.of("a", "b", "c")) {
            assertThat(report)
                    .contains("data," + key + ",,failed,403,AccessDenied,")
                    .contains("User: " + session + " is not authorized to perform: s3:PutObjectLegalHold on resource: "
                            + "\"\"arn:aws:s3:::data/" + key + "\"\" because no identity-based policy allows the "
                            + "s3:PutObjectLegalHold action");
            assertThat(hold(key)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        }

        s3.raw(
                "PUT",
                "/_emulator/identities",
                Map.of(),
                identities(ROLE_ACTIONS_WITHOUT_HOLD + ", \"s3:PutObjectLegalHold\"")
                        .getBytes(StandardCharsets.UTF_8));
        DescribeJobResponse allowed = run(operator, holdOff("batch-ops"));

        assertThat(allowed.job().statusAsString()).isEqualTo("Complete");
        assertThat(allowed.job().progressSummary().numberOfTasksSucceeded()).isEqualTo(3);
        for (String key : List.of("a", "b", "c")) {
            assertThat(hold(key)).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        }
    }

    @Test
    void aRoleThatIsMissingOrDoesNotTrustBatchOperationsFailsTheJobWhilePreparing() {
        for (String role : List.of("missing", "untrusted")) {
            DescribeJobResponse job = run(operator, holdOff(role));

            assertThat(job.job().statusAsString()).isEqualTo("Failed");
            assertThat(job.job().progressSummary().totalNumberOfTasks()).isZero();
            assertThat(job.job().failureReasons())
                    .extracting(JobFailure::failureCode, JobFailure::failureReason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("AccessDenied", "Unable to assume the job role"));
        }
    }

    @Test
    void aRoleRemovedAfterPreparingFailsTheJobBeforeItsTasks() {
        String jobId = operator.createJob(
                        holdOff("batch-ops").confirmationRequired(true).build())
                .jobId();
        s3.emulator().awaitJob(jobId, Duration.ofSeconds(30), JobStatus.Suspended);
        s3.raw(
                "PUT",
                "/_emulator/identities",
                Map.of(),
                identities(ROLE_ACTIONS_WITHOUT_HOLD)
                        .replace("\"name\": \"batch-ops\"", "\"name\": \"renamed\"")
                        .getBytes(StandardCharsets.UTF_8));

        operator.updateJobStatus(b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus("Ready"));
        s3.emulator().awaitJob(jobId, Duration.ofSeconds(30));
        DescribeJobResponse job =
                operator.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId));

        assertThat(job.job().statusAsString()).isEqualTo("Failed");
        assertThat(job.job().progressSummary().totalNumberOfTasks()).isEqualTo(3);
        assertThat(job.job().progressSummary().numberOfTasksFailed()).isZero();
        assertThat(job.job().failureReasons())
                .extracting(JobFailure::failureReason)
                .containsExactly("Unable to assume the job role");
        assertThat(hold("a")).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void aRoleThatMayNotReadTheManifestFailsTheJobWhilePreparing() {
        DescribeJobResponse job = run(operator, holdOff("no-manifest"));

        assertThat(job.job().statusAsString()).isEqualTo("Failed");
        assertThat(job.job().failureReasons())
                .extracting(JobFailure::failureReason)
                .containsExactly("Reading the manifest is forbidden: AccessDenied");
        assertThat(hold("a")).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void aRoleThatMayNotReadTheLockConfigurationFailsTheJobBeforeAnyKey() {
        DescribeJobResponse job = run(operator, holdOff("no-lock-read"));

        assertThat(job.job().statusAsString()).isEqualTo("Failed");
        assertThat(job.job().progressSummary().totalNumberOfTasks()).isZero();
        assertThat(job.job().failureReasons())
                .extracting(JobFailure::failureReason)
                .containsExactly("Reading the object lock configuration is forbidden: AccessDenied");
        assertThat(hold("a")).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void aBucketPolicyDenyBindsTheRoleSessionToo() {
        s3.raw(
                "PUT",
                "/_emulator/identities",
                Map.of(),
                identities(ROLE_ACTIONS_WITHOUT_HOLD + ", \"s3:PutObjectLegalHold\"")
                        .getBytes(StandardCharsets.UTF_8));
        root.putBucketPolicy(b -> b.bucket("data").policy("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
                  "Principal": {"AWS": "%s"}, "Action": "s3:PutObjectLegalHold",
                  "Resource": "arn:aws:s3:::data/b"}]}""".formatted(ROLE)));

        DescribeJobResponse job = run(operator, holdOff("batch-ops"));

        assertThat(job.job().progressSummary().numberOfTasksSucceeded()).isEqualTo(2);
        assertThat(job.job().progressSummary().numberOfTasksFailed()).isEqualTo(1);
        assertThat(hold("a")).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        assertThat(hold("b")).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void aRoleThatMayNotWriteTheReportLosesOnlyTheReport() {
        s3.raw(
                "PUT",
                "/_emulator/identities",
                Map.of(),
                identities("\"s3:GetObject\", \"s3:GetBucketObjectLockConfiguration\", \"s3:PutObjectLegalHold\"")
                        .getBytes(StandardCharsets.UTF_8));

        DescribeJobResponse job = run(
                operator,
                holdOff("batch-ops")
                        .report(r -> r.enabled(true)
                                .bucket("arn:aws:s3:::reports")
                                .format("Report_CSV_20180820")
                                .reportScope(JobReportScope.ALL_TASKS)));

        assertThat(job.job().progressSummary().numberOfTasksSucceeded()).isEqualTo(3);
        assertThat(job.job().failureReasons())
                .extracting(JobFailure::failureReason)
                .containsExactly(
                        "The job report could not be written to your report bucket. Please check your permissions.");
        assertThat(root.listObjectsV2(b -> b.bucket("reports")).keyCount()).isZero();
        assertThat(hold("c")).isEqualTo(ObjectLockLegalHoldStatus.OFF);
    }

    private CreateJobRequest.Builder holdOff(String role) {
        return CreateJobRequest.builder()
                .accountId(ACCOUNT_ID)
                .clientRequestToken(UUID.randomUUID().toString())
                .operation(
                        o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.OFF))))
                .manifest(m -> m.spec(sp -> sp.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                        .location(l ->
                                l.objectArn("arn:aws:s3:::data/manifest.csv").eTag(etag)))
                .report(r -> r.enabled(false))
                .priority(10)
                .confirmationRequired(false)
                .roleArn("arn:aws:iam::" + ACCOUNT_ID + ":role/" + role);
    }

    private static DescribeJobResponse run(S3ControlClient control, CreateJobRequest.Builder request) {
        String jobId = control.createJob(request.build()).jobId();
        BatchJob ended = s3.emulator().awaitJob(jobId, Duration.ofSeconds(30));
        assertThat(ended.status().isTerminal()).as("job ended").isTrue();
        return control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId));
    }

    private static String failedRows(String jobId) {
        return root.listObjectsV2(b -> b.bucket("reports").prefix("job-" + jobId + "/results/")).contents().stream()
                .map(o -> root.getObjectAsBytes(b -> b.bucket("reports").key(o.key()))
                        .asUtf8String())
                .reduce("", String::concat);
    }

    private static ObjectLockLegalHoldStatus hold(String key) {
        return root.getObjectLegalHold(b -> b.bucket("data").key(key))
                .legalHold()
                .status();
    }
}

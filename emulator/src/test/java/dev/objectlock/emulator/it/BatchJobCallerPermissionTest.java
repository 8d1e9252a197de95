package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static dev.objectlock.emulator.it.JobRoleIdentities.NO_PASS_KEY;
import static dev.objectlock.emulator.it.JobRoleIdentities.OPERATOR_KEY;
import static dev.objectlock.emulator.it.JobRoleIdentities.ROLE;
import static dev.objectlock.emulator.it.JobRoleIdentities.ROLE_ACTIONS_WITHOUT_HOLD;
import static dev.objectlock.emulator.it.JobRoleIdentities.credentials;
import static dev.objectlock.emulator.it.JobRoleIdentities.identities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.objectlock.emulator.batch.JobStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.S3ControlException;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * What the caller of the S3 Control job calls needs in secured mode: iam:PassRole on the RoleArn at
 * CreateJob ([P76, P77], E55), and the job condition keys on every job action ([P90]–[P92]).
 */
class BatchJobCallerPermissionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(identities(ROLE_ACTIONS_WITHOUT_HOLD)));

    private static S3ControlClient operator;
    private static S3ControlClient noPass;
    private String etag;

    @BeforeAll
    static void clients() {
        operator = EmulatorFixture.controlClientFor(
                s3.endpoint(), b -> b.credentialsProvider(credentials(OPERATOR_KEY, "operator-secret")));
        noPass = EmulatorFixture.controlClientFor(
                s3.endpoint(), b -> b.credentialsProvider(credentials(NO_PASS_KEY, "nopass-secret")));
    }

    @AfterAll
    static void close() {
        operator.close();
        noPass.close();
    }

    @BeforeEach
    void manifest() {
        S3Client root = s3.client(b -> b.credentialsProvider(credentials("AKIAROOT00000000000", "root-secret")));
        root.createBucket(b -> b.bucket("data").objectLockEnabledForBucket(true));
        root.putObject(b -> b.bucket("data").key("a"), RequestBody.fromString("a"));
        etag = root.putObject(b -> b.bucket("data").key("manifest.csv"), RequestBody.fromString("data,a\n"))
                .eTag();
    }

    @Test
    void createJobWithoutPassRoleIsRefusedAtOnce() {
        S3ControlException e =
                catchThrowableOfType(() -> noPass.createJob(holdOff("batch-ops").build()), S3ControlException.class);

        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("User: arn:aws:iam::" + ACCOUNT_ID + ":user/nopass is not authorized to perform: "
                        + "iam:PassRole on resource: " + ROLE
                        + " because no identity-based policy allows the iam:PassRole action");
        assertThat(operator.listJobs(b -> b.accountId(ACCOUNT_ID)).jobs()).isEmpty();
    }

    @Test
    void jobKeysLimitWhatTheOperatorMayDo() {
        S3ControlException tooHigh = catchThrowableOfType(
                () -> operator.createJob(holdOff("batch-ops").priority(60).build()), S3ControlException.class);
        assertThat(tooHigh.statusCode()).isEqualTo(403);
        assertThat(tooHigh.awsErrorDetails().errorMessage())
                .isEqualTo("User: arn:aws:iam::" + ACCOUNT_ID + ":user/operator is not authorized to perform: "
                        + "s3:CreateJob on resource: \"arn:aws:s3:us-east-1:" + ACCOUNT_ID + ":job/*\" with an "
                        + "explicit deny in an identity-based policy");

        String jobId = operator.createJob(holdOff("batch-ops")
                        .confirmationRequired(true)
                        .tags(t -> t.key("team").value("audit"))
                        .build())
                .jobId();
        s3.emulator().awaitJob(jobId, Duration.ofSeconds(30), JobStatus.Suspended);

        operator.updateJobPriority(b -> b.accountId(ACCOUNT_ID).jobId(jobId).priority(40));
        S3ControlException raise = catchThrowableOfType(
                () -> operator.updateJobPriority(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).priority(51)),
                S3ControlException.class);
        assertThat(raise.statusCode()).isEqualTo(403);
        S3ControlException run = catchThrowableOfType(
                () -> operator.updateJobStatus(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus("Ready")),
                S3ControlException.class);
        assertThat(run.statusCode()).isEqualTo(403);
        assertThat(run.awsErrorDetails().errorMessage()).contains("s3:UpdateJobStatus on resource: \"arn:aws:s3:");

        operator.deleteJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(jobId));
        operator.updateJobStatus(b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus("Cancelled"));
        assertThat(operator.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId))
                        .job()
                        .priority())
                .isEqualTo(40);
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
}

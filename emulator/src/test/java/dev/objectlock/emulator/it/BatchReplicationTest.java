package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.ReplicationSupport.everything;
import static dev.objectlock.emulator.it.ReplicationSupport.replicate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.DescribeJobResponse;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.S3ReplicateObjectOperation;

/**
 * Batch Replication through S3 Control CreateJob with {@code S3ReplicateObject} ([R141]-[R144]):
 * versions written before the rule replicate through the same engine as new ones, with their lock.
 */
class BatchReplicationTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final Instant UNTIL = Instant.parse("2040-01-01T00:00:00Z");

    private final S3Client client = s3.client();
    private final S3ControlClient control = s3.controlClient();

    private static CreateJobRequest.Builder replicationJob() {
        return CreateJobRequest.builder()
                .accountId(ACCOUNT_ID)
                .clientRequestToken(UUID.randomUUID().toString())
                .operation(o ->
                        o.s3ReplicateObject(S3ReplicateObjectOperation.builder().build()))
                .report(r -> r.enabled(true)
                        .bucket("arn:aws:s3:::reports")
                        .format("Report_CSV_20180820")
                        .reportScope(JobReportScope.ALL_TASKS))
                .priority(10)
                .confirmationRequired(false)
                .roleArn(BatchJobSupport.ROLE_ARN);
    }

    private DescribeJobResponse run(CreateJobRequest request) {
        String jobId = control.createJob(request).jobId();
        BatchJob ended = s3.emulator().awaitJob(jobId, Duration.ofSeconds(30));
        assertThat(ended.status().isTerminal()).as("job ended").isTrue();
        return control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId));
    }

    private CreateJobRequest csvJob(String csv) {
        String etag = client.putObject(b -> b.bucket("reports").key("manifest.csv"), RequestBody.fromString(csv))
                .eTag();
        return replicationJob()
                .manifest(m -> m.spec(sp -> sp.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(
                                        JobManifestFieldName.BUCKET,
                                        JobManifestFieldName.KEY,
                                        JobManifestFieldName.VERSION_ID))
                        .location(l ->
                                l.objectArn("arn:aws:s3:::reports/manifest.csv").eTag(etag)))
                .build();
    }

    private CreateJobRequest generatorJob(List<String> statuses) {
        return replicationJob()
                .manifestGenerator(g -> g.s3JobManifestGenerator(sg -> sg.sourceBucket("arn:aws:s3:::ledger")
                        .enableManifestOutput(false)
                        .filter(f -> f.eligibleForReplication(true).objectReplicationStatusesWithStrings(statuses))))
                .build();
    }

    private String report(String jobId) {
        return client.listObjectsV2(b -> b.bucket("reports").prefix("job-" + jobId + "/results/")).contents().stream()
                .map(o -> client.getObjectAsBytes(b -> b.bucket("reports").key(o.key()))
                        .asUtf8String())
                .reduce("", String::concat);
    }

    private HeadObjectResponse head(String bucket, String key, String versionId) {
        return client.headObject(b -> b.bucket(bucket).key(key).versionId(versionId));
    }

    private String lockedRecord(String key) {
        return client.putObject(
                        b -> b.bucket("ledger")
                                .key(key)
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(UNTIL)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("record " + key))
                .versionId();
    }

    private void buckets() {
        createLockBucket(client, "ledger");
        createLockBucket(client, "ledger-dr");
        s3.createBucket("reports");
    }

    // [R139, R141]: versions that existed before the rule replicate only through a job; each replica is
    // the same version and keeps its COMPLIANCE retention and legal hold ([R132, R133]). A key that is
    // gone fails its task with AWS's reason ([R142]).
    @Test
    void versionsWrittenBeforeTheRuleReplicateThroughACsvManifest() {
        buckets();
        String old = lockedRecord("trade.csv");
        String current = lockedRecord("trade.csv");
        replicate(client, "ledger", everything("ledger-dr", false));
        assertThat(head("ledger", "trade.csv", old).replicationStatus()).isNull();

        DescribeJobResponse job = run(csvJob("ledger,trade.csv," + old + "\nledger,trade.csv," + current
                + "\nledger,gone.csv,3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrH\n"));
        s3.emulator().awaitReplication();

        assertThat(job.job().statusAsString()).isEqualTo("Complete");
        assertThat(job.job().progressSummary().numberOfTasksSucceeded()).isEqualTo(2);
        assertThat(job.job().progressSummary().numberOfTasksFailed()).isEqualTo(1);
        for (String id : List.of(old, current)) {
            HeadObjectResponse replica = head("ledger-dr", "trade.csv", id);
            assertThat(replica.replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
            assertThat(replica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
            assertThat(replica.objectLockRetainUntilDate()).isEqualTo(UNTIL);
            assertThat(replica.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
            assertThat(head("ledger", "trade.csv", id).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
        }
        assertThat(report(job.job().jobId()))
                .contains("ledger,trade.csv," + old + ",succeeded,200,,Successful")
                .contains("ledger,gone.csv,3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrH,failed,404,SrcVersionNotFound,");
    }

    // [R142]: without a replication configuration every task fails with SrcBucketReplicationConfigMissing;
    // a version no rule takes is SrcObjectNotEligible.
    @Test
    void tasksFailWithAwsReasonsWhenThereIsNothingToReplicateThrough() {
        buckets();
        String a = lockedRecord("a");
        String b = client.putObject(x -> x.bucket("ledger").key("other/b"), RequestBody.fromString("b"))
                .versionId();

        DescribeJobResponse unconfigured = run(csvJob("ledger,a," + a + "\n"));
        assertThat(report(unconfigured.job().jobId()))
                .contains("ledger,a," + a + ",failed,400,SrcBucketReplicationConfigMissing,");

        replicate(client, "ledger", prefixRule("records/"));
        DescribeJobResponse notEligible = run(csvJob("ledger,other/b," + b + "\n"));
        assertThat(report(notEligible.job().jobId()))
                .contains("ledger,other/b," + b + ",failed,400,SrcObjectNotEligible,");
        assertThat(s3.emulator().awaitReplication().completed()).isZero();
    }

    // [R144]: a generator with EligibleForReplication lists every version a rule takes, noncurrent ones
    // too; ObjectReplicationStatuses keeps those whose status is listed (NONE: never replicated).
    @Test
    void aGeneratedManifestTakesEveryEligibleVersionOfTheStatusesAsked() {
        buckets();
        String r1 = client.putObject(x -> x.bucket("ledger").key("records/1"), RequestBody.fromString("1"))
                .versionId();
        String r2 = client.putObject(x -> x.bucket("ledger").key("records/1"), RequestBody.fromString("2"))
                .versionId();
        client.putObject(x -> x.bucket("ledger").key("scratch/x"), RequestBody.fromString("x"));
        replicate(client, "ledger", prefixRule("records/"));

        DescribeJobResponse first = run(generatorJob(List.of("NONE", "FAILED")));
        s3.emulator().awaitReplication();

        assertThat(first.job().progressSummary().totalNumberOfTasks()).isEqualTo(2);
        assertThat(head("ledger-dr", "records/1", r1).replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(head("ledger-dr", "records/1", r2).replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(client.listObjectVersions(x -> x.bucket("ledger-dr")).versions())
                .hasSize(2);

        // everything eligible is COMPLETED now: nothing is left for NONE or FAILED
        DescribeJobResponse again = run(generatorJob(List.of("NONE", "FAILED")));
        assertThat(again.job().statusAsString()).isEqualTo("Failed");
        DescribeJobResponse completed = run(generatorJob(List.of("COMPLETED")));
        assertThat(completed.job().progressSummary().numberOfTasksSucceeded()).isEqualTo(2);
        s3.emulator().awaitReplication();
        assertThat(head("ledger", "records/1", r1).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
    }

    private static ReplicationRule prefixRule(String prefix) {
        return ReplicationRule.builder()
                .id("records")
                .priority(1)
                .status(ReplicationRuleStatus.ENABLED)
                .filter(f -> f.prefix(prefix))
                .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                .destination(d -> d.bucket("arn:aws:s3:::ledger-dr"))
                .build();
    }
}

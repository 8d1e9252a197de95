package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.BatchJobs;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ReplicateObjectOperation;

/**
 * Batch Replication ([R141]-[R144]): an {@code S3ReplicateObject} job replicates versions that existed
 * before the rule, which live replication leaves alone ([R139]), with their lock.
 */
class BatchReplicationConformanceTest extends ReplicationScenario {

    private static final String UG = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/";

    private BatchJobs jobs;

    @BeforeEach
    final void injectJobs(BatchJobs jobs) {
        this.jobs = jobs;
    }

    @Test
    @AwsSource(
            rules = {"R139", "R141", "R143", "R133"},
            value = UG + "s3-batch-replication-batch.html (objects that existed before a replication configuration); "
                    + UG + "replication-status.html (Batch Replication and status values)")
    void batchReplicationOfVersionsThatExistedBeforeTheRule() {
        String source = buckets.createWithObjectLock();
        String destination = buckets.createWithObjectLock();
        String manifests = buckets.create();
        Instant until = complianceUntil();
        String before = s3.putObject(
                        b -> b.bucket(source)
                                .key("trade.csv")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(until)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("1,2,3"))
                .versionId();
        replicateAll(source, destination, false);
        assertThat(status(source, "trade.csv", before)).isNull();

        String jobId = jobs.create(r -> r.operation(o ->
                        o.s3ReplicateObject(S3ReplicateObjectOperation.builder().build()))
                .manifest(jobs.csvManifest(
                        manifests,
                        "manifests/replicate.csv",
                        source + ",trade.csv," + before + "\n",
                        JobManifestFieldName.BUCKET,
                        JobManifestFieldName.KEY,
                        JobManifestFieldName.VERSION_ID)));
        var job = jobs.awaitFinished(jobId);

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(1);
        assertThat(settledStatus(source, "trade.csv", before)).isEqualTo(ReplicationStatus.COMPLETED);
        HeadObjectResponse replica =
                s3.headObject(b -> b.bucket(destination).key("trade.csv").versionId(before));
        assertThat(replica.replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(replica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(replica.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(replica.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }
}

package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Whole jobs through the emulator's own BatchJobService, to show the manifest readers and the
 * tagging task are wired in: UG batch-ops-put-object-tagging with a CSV manifest, and a
 * ManifestGenerator job whose DescribeJob shows the GeneratedManifestDescriptor (API reference
 * S3GeneratedManifestDescriptor).
 */
class BatchManifestJobTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ROLE = "arn:aws:iam::123456789012:role/batch-ops";
    private static final JobReport NO_REPORT = new JobReport(null, null, false, null, null, null);

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    private BatchJob run(JobOperation operation, JobManifest manifest, JobManifestGenerator generator, String token) {
        var jobs = s3.emulator().wiring().batchJobs();
        String jobId = jobs.createJob(new JobRequest(
                ACCOUNT, false, operation, NO_REPORT, token, manifest, "test", 10, ROLE, List.of(), generator));
        return s3.emulator().awaitJob(jobId, Duration.ofSeconds(30));
    }

    @Test
    void taggingJobFromACsvManifest() {
        s3.createVersionedBucket("data");
        s3.put("data", "a b", "1");
        String v1 = s3.put("data", "c", "1").versionId();
        s3.put("data", "c", "2");
        s3.createBucket("manifests");
        PutObjectResponse manifest = s3.put("manifests", "m.csv", "data,a%20b,\ndata,c," + v1 + "\n");

        BatchJob job = run(
                new JobOperation.PutObjectTagging(List.of(new Tag("batch", "yes"))),
                new JobManifest(
                        new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of("Bucket", "Key", "VersionId")),
                        new JobManifest.Location("arn:aws:s3:::manifests/m.csv", null, manifest.eTag())),
                null,
                "t1");

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().totalNumberOfTasks()).isEqualTo(2);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(1);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(1);
        assertThat(client.getObjectTagging(g -> g.bucket("data").key("c").versionId(v1))
                        .tagSet())
                .extracting(t -> t.key())
                .containsExactly("batch");
        assertThat(client.getObjectTagging(g -> g.bucket("data").key("c")).tagSet())
                .isEmpty();
    }

    @Test
    void generatorJobDescribesTheManifestItWrote() {
        s3.createBucket("data");
        s3.put("data", "x", "1");
        s3.createBucket("out");

        BatchJob job = run(
                new JobOperation.DeleteObjectTagging(),
                null,
                new JobManifestGenerator(
                        null,
                        "arn:aws:s3:::data",
                        new JobManifestGenerator.OutputLocation(
                                null, "arn:aws:s3:::out", "gen", null, null, "S3InventoryReport_CSV_20211130"),
                        null,
                        true),
                "t2");

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(1);
        BatchJob.GeneratedManifest descriptor = job.generatedManifestDescriptor();
        assertThat(descriptor.format()).isEqualTo("S3InventoryReport_CSV_20211130");
        assertThat(descriptor.location().objectArn())
                .isEqualTo("arn:aws:s3:::out/gen/job-" + job.jobId() + "/manifest.json");
        assertThat(client.headObject(h -> h.bucket("out").key("gen/job-" + job.jobId() + "/manifest.json"))
                        .eTag())
                .isEqualTo("\"" + descriptor.location().etag() + "\"");
    }

    // [C.7.1]: an ETag that does not match fails the job with the manifest's failure reason.
    @Test
    void manifestWithAnotherETagFailsTheJob() {
        s3.createBucket("manifests");
        s3.put("manifests", "m.csv", "data,k\n");

        BatchJob job = run(
                new JobOperation.DeleteObjectTagging(),
                new JobManifest(
                        new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of("Bucket", "Key")),
                        new JobManifest.Location(
                                "arn:aws:s3:::manifests/m.csv", null, "0123456789abcdef0123456789abcdef")),
                null,
                "t3");

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.failureReasons())
                .extracting(BatchJob.Failure::failureCode)
                .containsExactly("ManifestETagMismatch");
    }
}

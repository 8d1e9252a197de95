package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.report;
import static dev.objectlock.emulator.batch.BatchSupport.run;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.EmulatorFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The completion report as a job writes it into a real bucket ([C.7.8, B.11, R45]). */
class CompletionReportJobTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final Pattern CREATED = Pattern.compile("\"ReportCreationDate\":\"([^\"]+)\"");

    private final S3Client client = s3.client();
    private StubManifests manifests;
    private String v1;
    private String arn;

    @BeforeEach
    void lockBucketAndReportBucket() {
        manifests = BatchSupport.stubManifests(s3);
        createLockBucket(client, "data");
        client.createBucket(b -> b.bucket("reports"));
        v1 = client.putObject(b -> b.bucket("data").key("a b,\"c\""), RequestBody.fromString("x"))
                .versionId();
        arn = manifests.manifest(
                "report",
                List.of(new TaskTarget("data", "a b,\"c\"", "a%20b%2C%22c%22", v1), target("data", "gone", "")));
    }

    @Test
    void writesBothResultFilesAndTheManifestByteForByte() {
        Instant before = s3.emulator().clock().instant();
        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        report("reports", "out", "AllTasks"),
                        "Bucket",
                        "Key",
                        "VersionId"));
        String base = "out/job-" + job.jobId() + "/";

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        String succeededKey = base + "results/" + CompletionReportTest.sha1(job.jobId() + ":succeeded") + ".csv";
        String failedKey = base + "results/" + CompletionReportTest.sha1(job.jobId() + ":failed") + ".csv";
        assertThat(client.listObjectsV2(b -> b.bucket("reports")).contents())
                .extracting(S3Object::key)
                .containsExactlyInAnyOrder(base + "manifest.json", succeededKey, failedKey);
        byte[] succeeded = read(succeededKey);
        byte[] failed = read(failedKey);
        assertThat(new String(succeeded, StandardCharsets.UTF_8))
                .isEqualTo("data,a%20b%2C%22c%22," + v1 + ",succeeded,200,,Successful\n");
        assertThat(new String(failed, StandardCharsets.UTF_8))
                .isEqualTo("data,gone,,failed,400,InvalidRequest,Task failed due to missing VersionId\n");

        String manifest = new String(read(base + "manifest.json"), StandardCharsets.UTF_8);
        Matcher created = CREATED.matcher(manifest);
        assertThat(created.find()).isTrue();
        assertThat(Instant.parse(created.group(1)))
                .isBetween(before, s3.emulator().clock().instant());
        assertThat(manifest)
                .isEqualTo(
                        "{\"Format\":\"Report_CSV_20180820\",\"ReportCreationDate\":\""
                                + created.group(1) + "\",\"Results\":["
                                + "{\"TaskExecutionStatus\":\"succeeded\",\"Bucket\":\"reports\",\"MD5Checksum\":\""
                                + CompletionReportTest.md5(succeeded) + "\",\"Key\":\"" + succeededKey + "\"},"
                                + "{\"TaskExecutionStatus\":\"failed\",\"Bucket\":\"reports\",\"MD5Checksum\":\""
                                + CompletionReportTest.md5(failed) + "\",\"Key\":\"" + failedKey + "\"}],"
                                + "\"ReportSchema\":\"Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage\"}");
        assertThat(client.headObject(b -> b.bucket("reports").key(base + "manifest.json"))
                        .contentType())
                .isEqualTo("application/json");
    }

    @Test
    void failedTasksOnlyLeavesOutTheSucceededFile() {
        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        report("reports", null, "FailedTasksOnly"),
                        "Bucket",
                        "Key",
                        "VersionId"));

        assertThat(client.listObjectsV2(b -> b.bucket("reports")).contents())
                .extracting(S3Object::key)
                .containsExactlyInAnyOrder(
                        "job-" + job.jobId() + "/manifest.json",
                        "job-" + job.jobId() + "/results/" + CompletionReportTest.sha1(job.jobId() + ":failed")
                                + ".csv");
    }

    @Test
    void aReportBucketWithDefaultRetentionRefusesTheReportAndTheJobFails() {
        createLockBucket(client, "retained-reports");
        client.putObjectLockConfiguration(b -> b.bucket("retained-reports")
                .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                        .rule(r -> r.defaultRetention(d -> d.mode("GOVERNANCE").days(1)))));

        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        report("retained-reports", null, null),
                        "Bucket",
                        "Key",
                        "VersionId"));

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.progress().numberOfTasksSucceeded()).as("the tasks ran").isEqualTo(1);
        assertThat(job.failureReasons())
                .containsExactly(new BatchJob.Failure(
                        "ReportWriteFailed",
                        "The job report could not be written to your report bucket. Please check your permissions."));
        assertThat(client.listObjectVersions(b -> b.bucket("retained-reports")).versions())
                .isEmpty();
    }

    @Test
    void aMissingReportBucketFailsTheJob() {
        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        report("no-such-reports", null, null),
                        "Bucket",
                        "Key",
                        "VersionId"));

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.failureReasons())
                .extracting(BatchJob.Failure::failureCode)
                .containsExactly("ReportWriteFailed");
    }

    @Test
    void noReportWhenNoTaskRan() {
        String empty = manifests.manifest("empty", List.of());

        BatchJob job = run(s3, job(new JobOperation.PutObjectLegalHold("ON"), empty, report("reports", null, null)));

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(client.listObjectsV2(b -> b.bucket("reports")).keyCount()).isZero();
    }

    private byte[] read(String key) {
        return client.getObjectAsBytes(b -> b.bucket("reports").key(key)).asByteArray();
    }
}

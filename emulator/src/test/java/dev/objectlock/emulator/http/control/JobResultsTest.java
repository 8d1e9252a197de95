package dev.objectlock.emulator.http.control;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3ControlNamespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobPage;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DescribeJob and ListJobs documents rendered from jobs ([C.4, C.5]; botocore-s3c JobDescriptor, JobListDescriptor). */
class JobResultsTest {

    private static final String ID = "00e123a4-c0d8-41f4-a0eb-b46f9ba5b07c";
    private static final String ROLE = "arn:aws:iam::123456789012:role/batch-ops";
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

    static BatchJob completeLegalHoldJob() {
        return new BatchJob(
                ID,
                "123456789012",
                false,
                "Apply legal hold",
                "arn:aws:s3:us-east-1:123456789012:job/" + ID,
                JobStatus.Complete,
                new JobManifest(
                        new JobManifest.Spec("S3BatchOperations_CSV_20180820", List.of("Bucket", "Key", "VersionId")),
                        new JobManifest.Location(
                                "arn:aws:s3:::manifest-bucket/manifests/m.csv",
                                null,
                                "60e460c9d1046e73f7dde5043ac3ae85")),
                new JobOperation.PutObjectLegalHold("ON"),
                10,
                new BatchJob.Progress(3, 2, 1, 1),
                "confirmed",
                List.of(new BatchJob.Failure(
                        "TaskFailureThresholdExceeded", "The task failure rate exceeded the threshold.")),
                new JobReport(
                        "arn:aws:s3:::report-bucket",
                        "Report_CSV_20180820",
                        true,
                        "reports/legalhold",
                        "AllTasks",
                        null),
                CREATED,
                Instant.parse("2024-01-01T00:00:01.250Z"),
                ROLE,
                null,
                null,
                null,
                null);
    }

    @Test
    void describesAFinishedLegalHoldJob() {
        String xml = write(JobResults.describeJobResult(completeLegalHoldJob()));

        assertSameXml(xml, golden("DescribeJobResult_legalHoldComplete"));
        assertS3ControlNamespaced(xml);
    }

    @Test
    void describesASuspendedCopyJobWithAManifestGenerator() {
        Map<String, String> userMetadata = new LinkedHashMap<>();
        userMetadata.put("b", "2");
        userMetadata.put("a", "1");
        // Timestamps as the SDK sent them (no fraction when zero): echoed with milliseconds ([0.4]).
        JobOperation copy = new JobOperation.PutObjectCopy(
                "arn:aws:s3:::target",
                "copies/",
                null,
                "REPLACE",
                null,
                new JobOperation.NewObjectMetadata(
                        null, null, null, null, userMetadata, "text/plain", "2030-01-01T00:00:00Z"),
                List.of(new Tag("k", "v")),
                null,
                null,
                "ON",
                "GOVERNANCE",
                "2030-01-01T00:00:00.123Z",
                null);
        JobManifestGenerator generator = new JobManifestGenerator(
                null,
                "arn:aws:s3:::source",
                new JobManifestGenerator.OutputLocation(
                        null,
                        "arn:aws:s3:::manifests",
                        "generated",
                        "SSE-KMS",
                        "arn:aws:kms:us-east-1:123456789012:key/k",
                        "S3InventoryReport_CSV_20211130"),
                new JobManifestGenerator.Filter(
                        null,
                        "2024-01-01T00:00:00+00:00",
                        null,
                        null,
                        List.of("a/", "b/"),
                        null,
                        null,
                        0L,
                        null,
                        List.of("STANDARD"),
                        List.of("SSE-S3", "NOT-SSE")),
                true);
        BatchJob job = new BatchJob(
                "copy-job-1",
                "123456789012",
                true,
                null,
                "arn:aws:s3:us-east-1:123456789012:job/copy-job-1",
                JobStatus.Suspended,
                null,
                copy,
                0,
                new BatchJob.Progress(2, 0, 0, 0),
                null,
                List.of(),
                new JobReport(null, null, false, null, null, null),
                CREATED,
                null,
                ROLE,
                Instant.parse("2024-01-01T00:00:00.500Z"),
                "AwaitingConfirmation",
                generator,
                new BatchJob.GeneratedManifest(
                        "S3InventoryReport_CSV_20211130",
                        new JobManifest.Location(
                                "arn:aws:s3:::manifests/generated/job-copy-job-1/manifest.json",
                                null,
                                "0123456789abcdef0123456789abcdef")));

        String xml = write(JobResults.describeJobResult(job));

        assertSameXml(xml, golden("DescribeJobResult_suspendedCopyWithGenerator"));
        assertS3ControlNamespaced(xml);
    }

    @Test
    void listsJobsWithTheOperationByName() {
        BatchJob first = new BatchJob(
                ID,
                "123456789012",
                false,
                "Apply legal hold",
                null,
                JobStatus.Complete,
                null,
                new JobOperation.PutObjectLegalHold("ON"),
                10,
                new BatchJob.Progress(3, 3, 0, 5),
                null,
                List.of(),
                null,
                Instant.parse("2024-01-02T00:00:00Z"),
                Instant.parse("2024-01-02T00:00:05Z"),
                ROLE,
                null,
                null,
                null,
                null);
        BatchJob second = new BatchJob(
                "retention-job",
                "123456789012",
                true,
                null,
                null,
                JobStatus.Suspended,
                null,
                new JobOperation.PutObjectRetention(null, "GOVERNANCE", "2030-01-01T00:00:00Z"),
                0,
                new BatchJob.Progress(0, 0, 0, 0),
                null,
                List.of(),
                null,
                CREATED,
                null,
                ROLE,
                null,
                null,
                null,
                null);

        // the page ended at the second job: NextToken is where the next one starts, opaque to clients
        String xml = write(JobResults.listJobsResult(
                new JobPage(List.of(first, second), new JobPage.Position(CREATED, "retention-job"))));

        assertSameXml(xml, golden("ListJobsResult_twoJobsMore"));
        assertS3ControlNamespaced(xml);
    }

    @Test
    void listsNoJobsWithoutNextToken() {
        String xml = write(JobResults.listJobsResult(new JobPage(List.of(), null)));

        assertSameXml(xml, golden("ListJobsResult_empty"));
    }

    @Test
    void echoesATimestampItCannotReadAsSent() {
        assertThat(JobResults.timestamp("2030-01-01T00:00:00Z")).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(JobResults.timestamp("2030-01-01T02:00:00.5+02:00")).isEqualTo("2030-01-01T00:00:00.500Z");
        assertThat(JobResults.timestamp("next tuesday")).isEqualTo("next tuesday");
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}

package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.objectlock.conformance.target.AwsSource;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3control.model.JobReportScope;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * The completion report ([C.7.8, R45]): {@code <prefix>/job-<id>/manifest.json} and
 * {@code results/<name>.csv}, one row per task with the HTTP status in column 5 and the error code
 * in column 6.
 */
class BatchCompletionReportConformanceTest extends BatchScenario {

    private static final String SCHEMA = "Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage";

    @Test
    @AwsSource(
            rules = {"C.7.8", "R45"},
            value =
                    "UG batch-ops-examples-reports: manifest.json with Format, ReportCreationDate, Results, ReportSchema")
    void allTasksReportHasManifestJsonAndResultFilesUnderThePrefix() throws Exception {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "present", "a");
        String reports = buckets.create();

        String jobId = reportedJob(bucket, reports, "reports/holds", JobReportScope.ALL_TASKS, "present", "absent");
        JsonNode manifest = reportManifest(reports, "reports/holds", jobId);

        assertThat(manifest.path("Format").asText()).isEqualTo("Report_CSV_20180820");
        assertThat(manifest.path("ReportSchema").asText()).isEqualTo(SCHEMA);
        assertThat(manifest.path("ReportCreationDate").asText()).isNotBlank();
        List<String> statuses = new ArrayList<>();
        for (JsonNode result : manifest.path("Results")) {
            statuses.add(result.path("TaskExecutionStatus").asText());
            assertThat(result.path("Bucket").asText()).isEqualTo(reports);
            String key = result.path("Key").asText();
            assertThat(key)
                    .startsWith("reports/holds/job-" + jobId + "/results/")
                    .endsWith(".csv");
            byte[] csv = s3.getObjectAsBytes(b -> b.bucket(reports).key(key)).asByteArray();
            assertThat(result.path("MD5Checksum").asText()).isEqualTo(md5Hex(csv));
        }
        assertThat(statuses).containsExactlyInAnyOrder("succeeded", "failed");
        assertThat(keysUnder(reports, "reports/holds/job-" + jobId + "/"))
                .contains("reports/holds/job-" + jobId + "/manifest.json")
                .hasSize(3);
    }

    @Test
    @AwsSource(
            rules = {"C.7.8", "R45"},
            value =
                    "UG batch-ops-examples-reports sample rows: bucket,key,,succeeded,200,,Successful and failed rows with status then code")
    void reportRowsCarryStatusThenErrorCode() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "present", "a");
        String reports = buckets.create();

        String jobId = reportedJob(bucket, reports, "r", JobReportScope.ALL_TASKS, "present", "absent");
        List<List<String>> rows = reportRows(reports, "r", jobId);

        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(rows)
                .anySatisfy(row ->
                        assertThat(row.subList(0, 6)).containsExactly(bucket, "present", "", "succeeded", "200", ""));
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.subList(0, 6))
                        .containsExactly(bucket, "absent", "", "failed", "404", "NoSuchKey"));
    }

    @Test
    @AwsSource(
            rules = {"C.7.8"},
            value = "botocore-s3c JobReport.ReportScope FailedTasksOnly: only failed tasks are reported")
    void failedTasksOnlyReportListsOnlyFailures() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "present", "a");
        String reports = buckets.create();

        String jobId = reportedJob(bucket, reports, "r", JobReportScope.FAILED_TASKS_ONLY, "present", "absent");

        assertThat(reportRows(reports, "r", jobId))
                .singleElement()
                .satisfies(row -> assertThat(row.subList(0, 4)).containsExactly(bucket, "absent", "", "failed"));
        assertThat(reportManifest(reports, "r", jobId).path("Results")).hasSize(1);
    }

    @Test
    @AwsSource(
            rules = {"C.7.8", "R45"},
            value = "[C.7.8]: without a Prefix the report keys start at job-<id>/")
    void reportWithoutPrefixStartsAtTheJobFolder() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "present", "a");
        String reports = buckets.create();

        String jobId = reportedJob(bucket, reports, null, JobReportScope.ALL_TASKS, "present");

        assertThat(keysUnder(reports, ""))
                .contains("job-" + jobId + "/manifest.json")
                .allSatisfy(key -> assertThat(key).startsWith("job-" + jobId + "/"));
    }

    @Test
    @AwsSource(
            rules = {"R45", "R42"},
            value = "UG batch-ops-examples-reports: no report when no task ran (job failed before its tasks)")
    void noReportIsWrittenWhenNoTaskRan() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "a", "a");
        String reports = buckets.create();

        reportedJob(bucket, reports, "r", JobReportScope.ALL_TASKS, "a");

        assertThat(keysUnder(reports, "")).isEmpty();
    }

    private String reportedJob(String bucket, String reports, String prefix, JobReportScope scope, String... keys) {
        String manifestBucket = buckets.create();
        String jobId = jobs.create(r -> r.manifest(manifestOf(manifestBucket, bucket, keys))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .report(rep -> rep.enabled(true)
                        .bucket("arn:aws:s3:::" + reports)
                        .format("Report_CSV_20180820")
                        .prefix(prefix)
                        .reportScope(scope)));
        jobs.awaitFinished(jobId);
        return jobId;
    }

    private List<String> keysUnder(String bucket, String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    private static String md5Hex(byte[] bytes) throws NoSuchAlgorithmException {
        return String.format(
                "%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(bytes)));
    }
}

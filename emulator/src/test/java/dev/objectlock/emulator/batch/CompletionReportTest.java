package dev.objectlock.emulator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's objects, byte for byte ([C.7.8, R45]). */
class CompletionReportTest {

    private static final Instant AT = Instant.parse("2019-04-05T17:48:39.725Z");
    private static final String JOB = "00e123a4-c0d8-41f4-a0eb-b46f9ba5b07c";

    private static CompletionReport.Row ok(String key, String versionId) {
        return new CompletionReport.Row(new TaskTarget("data", key, key, versionId), TaskOutcome.success());
    }

    private static CompletionReport.Row failed(String key, int status, String code, String message) {
        return new CompletionReport.Row(
                new TaskTarget("data", key, key, ""), TaskOutcome.failure(status, code, message));
    }

    @Test
    void quotesFieldsAsRfc4180Says() {
        assertThat(CompletionReport.csvField("plain")).isEqualTo("plain");
        assertThat(CompletionReport.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(CompletionReport.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CompletionReport.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CompletionReport.csvField("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(CompletionReport.csvField(null)).isEmpty();
    }

    @Test
    void rowsPutTheStatusBeforeTheCode() {
        assertThat(CompletionReport.csvLine(ok("a%20b", null), "succeeded"))
                .isEqualTo("data,a%20b,,succeeded,200,,Successful\n");
        assertThat(CompletionReport.csvLine(
                        failed("prefix/file_name", 400, "InvalidRequest", "Task failed due to missing VersionId"),
                        "failed"))
                .isEqualTo("data,prefix/file_name,,failed,400,InvalidRequest,Task failed due to missing VersionId\n");
    }

    @Test
    void writesBothResultFilesAndAManifestListingThem() {
        JobReport report =
                new JobReport("arn:aws:s3:::reports", "Report_CSV_20180820", true, "batch/legal", "AllTasks", null);
        List<CompletionReport.ReportObject> objects = CompletionReport.build(
                JOB,
                report,
                "reports",
                List.of(ok("k1", "v1"), failed("k,2", 403, "AccessDenied", "Access Denied"), ok("k3", null)),
                AT);

        assertThat(objects)
                .extracting(CompletionReport.ReportObject::key)
                .containsExactly(
                        "batch/legal/job-" + JOB + "/results/" + sha1(JOB + ":succeeded") + ".csv",
                        "batch/legal/job-" + JOB + "/results/" + sha1(JOB + ":failed") + ".csv",
                        "batch/legal/job-" + JOB + "/manifest.json");
        assertThat(text(objects.get(0)))
                .isEqualTo("data,k1,v1,succeeded,200,,Successful\n" + "data,k3,,succeeded,200,,Successful\n");
        assertThat(text(objects.get(1))).isEqualTo("data,\"k,2\",,failed,403,AccessDenied,Access Denied\n");
        assertThat(text(objects.get(2)))
                .isEqualTo(
                        "{\"Format\":\"Report_CSV_20180820\","
                                + "\"ReportCreationDate\":\"2019-04-05T17:48:39.725Z\",\"Results\":["
                                + "{\"TaskExecutionStatus\":\"succeeded\",\"Bucket\":\"reports\",\"MD5Checksum\":\""
                                + md5(objects.get(0).body()) + "\",\"Key\":\""
                                + objects.get(0).key() + "\"},"
                                + "{\"TaskExecutionStatus\":\"failed\",\"Bucket\":\"reports\",\"MD5Checksum\":\""
                                + md5(objects.get(1).body()) + "\",\"Key\":\""
                                + objects.get(1).key() + "\"}],"
                                + "\"ReportSchema\":\"Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage\"}");
    }

    @Test
    void leavesOutAnEmptyResultFileAndTheSucceededOneForFailedTasksOnly() {
        JobReport all = new JobReport("arn:aws:s3:::reports", "Report_CSV_20180820", true, null, null, null);
        JobReport failedOnly =
                new JobReport("arn:aws:s3:::reports", "Report_CSV_20180820", true, null, "FailedTasksOnly", null);

        assertThat(CompletionReport.build(JOB, all, "reports", List.of(ok("k", null)), AT))
                .extracting(CompletionReport.ReportObject::key)
                .containsExactly(
                        "job-" + JOB + "/results/" + sha1(JOB + ":succeeded") + ".csv",
                        "job-" + JOB + "/manifest.json");
        assertThat(CompletionReport.build(
                        JOB,
                        failedOnly,
                        "reports",
                        List.of(ok("k", null), failed("f", 404, "NoSuchKey", "The specified key does not exist.")),
                        AT))
                .extracting(CompletionReport.ReportObject::key)
                .containsExactly(
                        "job-" + JOB + "/results/" + sha1(JOB + ":failed") + ".csv", "job-" + JOB + "/manifest.json");
    }

    @Test
    void escapesJsonStrings() {
        assertThat(CompletionReport.json("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
    }

    private static String text(CompletionReport.ReportObject o) {
        return new String(o.body(), StandardCharsets.UTF_8);
    }

    static String sha1(String s) {
        return digest("SHA-1", s.getBytes(StandardCharsets.UTF_8));
    }

    static String md5(byte[] b) {
        return digest("MD5", b);
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.objectlock.emulator.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The completion report's objects ([C.7.8, R45]): a results CSV for the succeeded tasks and
 * one for the failed tasks (each left out when empty; only the failed one for FailedTasksOnly),
 * then {@code manifest.json} listing them. Pure: the caller decides whether a report is due and
 * stores what this returns, in order.
 */
final class CompletionReport {

    static final String FORMAT = "Report_CSV_20180820";
    static final String SCHEMA = "Bucket, Key, VersionId, TaskStatus, ErrorCode, HTTPStatusCode, ResultMessage";
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One task as the report shows it. */
    record Row(TaskTarget target, TaskOutcome outcome) {}

    /** One object to write to the report bucket. */
    record ReportObject(String key, String contentType, byte[] body) {}

    private CompletionReport() {}

    /** The objects to write, results first and manifest.json last, all under {@code {prefix}/job-{id}/}. */
    static List<ReportObject> build(
            String jobId, JobReport report, String reportBucket, List<Row> rows, Instant createdAt) {
        String base = (report.prefix() == null ? "" : report.prefix() + "/") + "job-" + jobId + "/";
        boolean failedOnly = "FailedTasksOnly".equals(report.reportScope());
        List<ReportObject> objects = new ArrayList<>();
        StringBuilder manifestResults = new StringBuilder();
        for (String status : failedOnly ? List.of("failed") : List.of("succeeded", "failed")) {
            boolean succeeded = status.equals("succeeded");
            StringBuilder csv = new StringBuilder();
            for (Row row : rows) {
                if (row.outcome().succeeded() == succeeded) {
                    csv.append(csvLine(row, status));
                }
            }
            if (csv.length() == 0) {
                continue;
            }
            byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
            String key =
                    base + "results/" + hex("SHA-1", (jobId + ":" + status).getBytes(StandardCharsets.UTF_8)) + ".csv";
            objects.add(new ReportObject(key, "text/csv", body));
            if (manifestResults.length() > 0) {
                manifestResults.append(',');
            }
            manifestResults
                    .append("{\"TaskExecutionStatus\":")
                    .append(json(status))
                    .append(",\"Bucket\":")
                    .append(json(reportBucket))
                    .append(",\"MD5Checksum\":")
                    .append(json(hex("MD5", body)))
                    .append(",\"Key\":")
                    .append(json(key))
                    .append('}');
        }
        String manifest = "{\"Format\":" + json(FORMAT)
                + ",\"ReportCreationDate\":" + json(ISO_MILLIS.format(createdAt))
                + ",\"Results\":[" + manifestResults + "]"
                + ",\"ReportSchema\":" + json(SCHEMA) + "}";
        objects.add(new ReportObject(
                base + "manifest.json", "application/json", manifest.getBytes(StandardCharsets.UTF_8)));
        return objects;
    }

    /**
     * {@code bucket,key,versionId,status,httpStatus,errorCode,message}: HTTP status in column 5 and
     * error code in column 6, as real reports have them despite the schema's labels ([R45]); the
     * key as the manifest wrote it.
     */
    static String csvLine(Row row, String status) {
        TaskTarget t = row.target();
        TaskOutcome o = row.outcome();
        return String.join(
                        ",",
                        csvField(t.bucket()),
                        csvField(t.manifestKey()),
                        csvField(t.versionId()),
                        status,
                        Integer.toString(o.httpStatus()),
                        csvField(o.errorCode()),
                        csvField(o.resultMessage()))
                + "\n";
    }

    /** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has " + algorithm, e);
        }
    }
}

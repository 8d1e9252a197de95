package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.objectlock.conformance.target.BatchJobs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.s3.model.GetObjectLegalHoldResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobOperation;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockRetentionMode;

/**
 * Base of the Batch Operations scenario classes ([C]): the S3 Control client, the
 * scenario's jobs (cancelled if left running), and the steps most job scenarios share: a CSV
 * manifest, the two Object Lock operations, and reading a completion report back.
 */
abstract class BatchScenario extends ObjectLockScenario {

    static final JobManifestFieldName[] BUCKET_KEY = {JobManifestFieldName.BUCKET, JobManifestFieldName.KEY};
    static final JobManifestFieldName[] BUCKET_KEY_VERSION = {
        JobManifestFieldName.BUCKET, JobManifestFieldName.KEY, JobManifestFieldName.VERSION_ID
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    protected S3ControlClient control;
    protected BatchJobs jobs;

    @BeforeEach
    final void injectJobs(S3ControlClient control, BatchJobs jobs) {
        this.control = control;
        this.jobs = jobs;
    }

    static JobOperation legalHold(S3ObjectLockLegalHoldStatus status) {
        return JobOperation.builder()
                .s3PutObjectLegalHold(o -> o.legalHold(h -> h.status(status)))
                .build();
    }

    static JobOperation retention(S3ObjectLockRetentionMode mode, Instant until, Boolean bypass) {
        return JobOperation.builder()
                .s3PutObjectRetention(o -> o.bypassGovernanceRetention(bypass)
                        .retention(r -> r.mode(mode).retainUntilDate(until)))
                .build();
    }

    /** A Bucket,Key manifest for {@code keys} of {@code bucket}, stored in {@code manifestBucket}. */
    JobManifest manifestOf(String manifestBucket, String bucket, String... keys) {
        StringBuilder csv = new StringBuilder();
        for (String key : keys) {
            csv.append(bucket).append(',').append(key).append('\n');
        }
        return jobs.csvManifest(manifestBucket, "manifests/keys.csv", csv.toString(), BUCKET_KEY);
    }

    /** Runs a job to its end; returns its id. */
    String runJob(JobManifest manifest, JobOperation operation) {
        String jobId = jobs.create(r -> r.manifest(manifest).operation(operation));
        jobs.awaitFinished(jobId);
        return jobId;
    }

    ObjectLockLegalHoldStatus legalHoldOf(String bucket, String key, String versionId) {
        GetObjectLegalHoldResponse hold =
                s3.getObjectLegalHold(b -> b.bucket(bucket).key(key).versionId(versionId));
        return hold.legalHold().status();
    }

    /** The completion report's {@code manifest.json} under {@code prefix/job-<id>/} ([C.7.8]). */
    JsonNode reportManifest(String reportBucket, String prefix, String jobId) {
        String key = (prefix == null ? "" : prefix + "/") + "job-" + jobId + "/manifest.json";
        try {
            return JSON.readTree(
                    s3.getObjectAsBytes(b -> b.bucket(reportBucket).key(key)).asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every result file the report's manifest.json lists, split on unquoted commas. */
    List<List<String>> reportRows(String reportBucket, String prefix, String jobId) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode result : reportManifest(reportBucket, prefix, jobId).path("Results")) {
            String csv = s3.getObjectAsBytes(b -> b.bucket(result.path("Bucket").asText())
                            .key(result.path("Key").asText()))
                    .asUtf8String();
            for (String line : csv.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(csvFields(line));
                }
            }
        }
        return rows;
    }

    /** RFC 4180 fields of one line: quotes around a field, doubled quotes inside it. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString());
        assertThat(quoted).as("closing quote in report line %s", line).isFalse();
        return fields;
    }
}

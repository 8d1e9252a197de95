package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/** Shared pieces of the S3 Control job tests: a legal-hold job request and the admin wait call. */
final class BatchJobSupport {

    static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT_ID + ":role/batch-ops";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchJobSupport() {}

    /**
     * A legal-hold ON job over a Bucket,Key CSV manifest at {@code bucket/key} with {@code etag}:
     * every member CreateJob requires ([C.3]), a fresh ClientRequestToken, no report.
     */
    static CreateJobRequest.Builder legalHoldJob(String bucket, String key, String etag) {
        return CreateJobRequest.builder()
                .accountId(ACCOUNT_ID)
                .clientRequestToken(UUID.randomUUID().toString())
                .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.ON))))
                .manifest(m -> m.spec(s -> s.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                        .location(l -> l.objectArn("arn:aws:s3:::" + bucket + "/" + key)
                                .eTag(etag)))
                .report(r -> r.enabled(false))
                .priority(10)
                .roleArn(ROLE_ARN);
    }

    /** POST /_emulator/jobs/{id}/wait with an optional JSON body; the answer's status and JSON. */
    static Map.Entry<Integer, JsonNode> awaitJob(EmulatorFixture s3, String jobId, String body) {
        HttpResponse<String> r = s3.raw(
                "POST",
                "/_emulator/jobs/" + jobId + "/wait",
                Map.of("Content-Type", "application/json"),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        try {
            return Map.entry(r.statusCode(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }
}

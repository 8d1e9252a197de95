package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a generated manifest ({@code EnableManifestOutput=true}) in the
 * {@code S3InventoryReport_CSV_20211130} format: an inventory-style {@code manifest.json} naming
 * one gzip-compressed CSV data file with the columns {@code Bucket, Key, VersionId}, every field
 * quoted and keys URL-encoded as inventory CSVs are (UG storage-inventory-location).
 *
 * <p>Layout: {@code {ManifestPrefix}/job-{jobId}/manifest.json} and
 * {@code {ManifestPrefix}/job-{jobId}/data/{uuid}.csv.gz}, without the prefix when none is given.
 * [UNCERTAIN: AWS does not document where the generator writes; this mirrors the completion
 * report's {@code {Prefix}/job-{id}/manifest.json} ([C.7.8]) and the inventory data folder.]
 * So the output can itself be named as an {@code S3InventoryReport_CSV_20161130} manifest of a
 * later job, which is what AWS users do with it.
 *
 * <p>The objects are written like any PutObject, through {@link ObjectService}: an output bucket
 * whose default retention demands an integrity check refuses them, as it refuses completion
 * reports ([B.11]), and the job fails.
 */
final class GeneratedManifestWriter {

    static final String FORMAT = "S3InventoryReport_CSV_20211130";
    static final String SCHEMA = "Bucket, Key, VersionId";

    private final ObjectService objects;
    private final Clock clock;

    GeneratedManifestWriter(ObjectService objects, Clock clock) {
        this.objects = objects;
        this.clock = clock;
    }

    BatchJob.GeneratedManifest write(
            String jobId,
            String sourceBucket,
            JobManifestGenerator.OutputLocation out,
            List<TaskTarget> tasks,
            RequestAccess role) {
        String bucketArn = out.bucket();
        String bucket = Arns.bucket(bucketArn)
                .orElseThrow(() ->
                        ManifestFailures.invalid("The manifest output location is not an S3 bucket ARN: " + bucketArn));
        String base = (out.manifestPrefix() == null ? "" : out.manifestPrefix() + "/") + "job-" + jobId + "/";
        String dataKey = base + "data/" + UUID.nameUUIDFromBytes(jobId.getBytes(StandardCharsets.UTF_8)) + ".csv.gz";
        byte[] data = gzippedCsv(tasks);
        try {
            ObjectService.Written dataFile = put(bucket, dataKey, data, "application/x-gzip", role);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("sourceBucket", sourceBucket);
            manifest.put("destinationBucket", bucketArn);
            manifest.put("version", "2021-11-30");
            manifest.put("creationTimestamp", Long.toString(clock.millis()));
            manifest.put("fileFormat", "CSV");
            manifest.put("fileSchema", SCHEMA);
            manifest.put("files", List.of(Map.of("key", dataKey, "size", data.length, "MD5checksum", dataFile.etag())));
            String manifestKey = base + "manifest.json";
            ObjectService.Written written =
                    put(bucket, manifestKey, ManifestJson.write(manifest), "application/json", role);
            return new BatchJob.GeneratedManifest(
                    FORMAT,
                    new JobManifest.Location(
                            bucketArn + "/" + manifestKey,
                            written.versionId() == null
                                    ? null
                                    : written.versionId().value(),
                            written.etag()));
        } catch (S3Exception e) {
            throw ManifestFailures.outputFailed(e);
        }
    }

    /** As the job's role, which needs s3:PutObject on the output prefix ([P83]). */
    private ObjectService.Written put(String bucket, String key, byte[] body, String contentType, RequestAccess role) {
        role.authorize(AccessRequest.object(OperationAccess.PUT_OBJECT, bucket, key, null));
        ContentHeaders content = new ContentHeaders(contentType, null, null, null, null, null);
        return objects.put(new ObjectService.PutObject(
                bucket,
                key,
                ObjectService.NewObject.fromRequest(content, Map.of(), List.of()),
                LockHeaders.NONE,
                Payload.internal(new ByteArrayInputStream(body), null),
                Conditions.none()));
    }

    static byte[] gzippedCsv(List<TaskTarget> tasks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer csv = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            for (TaskTarget t : tasks) {
                csv.write(quoted(t.bucket()) + "," + quoted(t.manifestKey()) + ","
                        + quoted(t.versionId() == null ? "" : t.versionId()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}

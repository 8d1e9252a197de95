package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobFailureException;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.ManifestResolver;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.batch.manifest.Manifests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * S3JobManifestGenerator (API reference S3JobManifestGenerator, JobManifestGeneratorFilter,
 * S3ManifestOutputLocation, S3GeneratedManifestDescriptor): tasks from the current versions of the
 * source bucket that pass the filter, and with EnableManifestOutput the list written as an
 * S3InventoryReport_CSV_20211130 manifest whose location and ETag DescribeJob shows.
 */
class BatchManifestGeneratorTest {

    private static final String OUTPUT_FORMAT = "S3InventoryReport_CSV_20211130";

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private final Manifests manifests = EmulatorInternals.manifests(s3.emulator());

    private static JobManifestGenerator generator(
            String source, JobManifestGenerator.OutputLocation out, List<String> prefixes) {
        return new JobManifestGenerator(
                null,
                "arn:aws:s3:::" + source,
                out,
                new JobManifestGenerator.Filter(null, null, null, null, prefixes, null, null, null, null, null, null),
                out != null);
    }

    private ManifestResolver.Resolved resolve(JobManifestGenerator generator) {
        return manifests.resolve("123456789012", "0f1e2d3c-job", null, generator);
    }

    // Generated tasks: current versions only (a key whose current version is a delete marker is left
    // out), in key order, each pinned to the version listed.
    @Test
    void listsCurrentVersionsThatPassTheFilter() {
        s3.createVersionedBucket("src");
        s3.put("src", "logs/a", "old");
        String currentA = s3.put("src", "logs/a", "new").versionId();
        String b = s3.put("src", "logs/b c", "x").versionId();
        s3.put("src", "logs/deleted", "x");
        client.deleteObject(d -> d.bucket("src").key("logs/deleted"));
        s3.put("src", "other/z", "x");

        ManifestResolver.Resolved resolved = resolve(generator("src", null, List.of("logs/")));

        assertThat(resolved.tasks())
                .containsExactly(
                        new TaskTarget("src", "logs/a", "logs/a", currentA),
                        new TaskTarget("src", "logs/b c", "logs/b%20c", b));
        assertThat(resolved.generatedManifest()).isNull();
    }

    // Objects written before versioning was ever enabled have the version id "null" ([R4]).
    @Test
    void unversionedObjectsCarryTheNullVersion() {
        s3.createBucket("plain");
        s3.put("plain", "k", "x");

        assertThat(resolve(generator("plain", null, null)).tasks())
                .containsExactly(new TaskTarget("plain", "k", "k", "null"));
    }

    // UG troubleshooting-batch-operations: "Manifest generation found no keys matching the filter criteria."
    @Test
    void failsTheJobWhenNothingMatches() {
        s3.createBucket("src");
        s3.put("src", "k", "x");

        JobFailureException e = catchThrowableOfType(
                JobFailureException.class, () -> resolve(generator("src", null, List.of("nothing/"))));

        assertThat(e.failure().failureReason())
                .isEqualTo("Manifest generation found no keys matching the filter criteria.");
        assertThat(catchThrowableOfType(JobFailureException.class, () -> resolve(generator("missing", null, null)))
                        .failure()
                        .failureCode())
                .isEqualTo("NoSuchBucket");
    }

    // S3GeneratedManifestDescriptor: Format S3InventoryReport_CSV_20211130 and the Location (ARN, ETag)
    // of the manifest written; the data file is an inventory-style gzip CSV, so the output can be the
    // S3InventoryReport_CSV_20161130 manifest of a later job and names the same tasks.
    @Test
    void writesTheManifestItGeneratedAndCanReadItBack() throws IOException {
        s3.createVersionedBucket("src");
        s3.put("src", "a,1", "x");
        s3.put("src", "b\"2", "y");
        s3.createBucket("out");
        var out = new JobManifestGenerator.OutputLocation(
                null, "arn:aws:s3:::out", "generated", "SSE-S3", null, OUTPUT_FORMAT);

        ManifestResolver.Resolved resolved = resolve(generator("src", out, null));

        BatchJob.GeneratedManifest written = resolved.generatedManifest();
        assertThat(written.format()).isEqualTo(OUTPUT_FORMAT);
        assertThat(written.location().objectArn())
                .isEqualTo("arn:aws:s3:::out/generated/job-0f1e2d3c-job/manifest.json");
        assertThat(written.location().etag())
                .isEqualTo(client.headObject(h -> h.bucket("out").key("generated/job-0f1e2d3c-job/manifest.json"))
                        .eTag()
                        .replace("\"", ""));
        JsonNode manifest = new ObjectMapper().readTree(s3.read("out", "generated/job-0f1e2d3c-job/manifest.json"));
        assertThat(manifest.get("sourceBucket").asText()).isEqualTo("src");
        assertThat(manifest.get("destinationBucket").asText()).isEqualTo("arn:aws:s3:::out");
        assertThat(manifest.get("fileFormat").asText()).isEqualTo("CSV");
        assertThat(manifest.get("fileSchema").asText()).isEqualTo("Bucket, Key, VersionId");
        String dataKey = manifest.get("files").get(0).get("key").asText();
        assertThat(dataKey).startsWith("generated/job-0f1e2d3c-job/data/").endsWith(".csv.gz");
        byte[] gz = client.getObjectAsBytes(g -> g.bucket("out").key(dataKey)).asByteArray();
        assertThat(manifest.get("files").get(0).get("size").asLong()).isEqualTo(gz.length);
        String csv =
                new String(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("\"src\",\"a%2C1\",\"" + resolved.tasks().get(0).versionId() + "\"\n"
                        + "\"src\",\"b%222\",\"" + resolved.tasks().get(1).versionId() + "\"\n");

        List<TaskTarget> reread = manifests
                .resolve(
                        "123456789012",
                        "job-2",
                        new JobManifest(
                                new JobManifest.Spec("S3InventoryReport_CSV_20161130", null), written.location()),
                        null)
                .tasks();
        assertThat(reread).isEqualTo(resolved.tasks());
    }

    // Without ManifestPrefix the output starts at job-{id}/, like a completion report without Prefix.
    @Test
    void writesWithoutAPrefix() {
        s3.createBucket("src");
        s3.put("src", "k", "x");
        s3.createBucket("out");
        var out = new JobManifestGenerator.OutputLocation(null, "arn:aws:s3:::out", null, null, null, OUTPUT_FORMAT);

        assertThat(resolve(generator("src", out, null))
                        .generatedManifest()
                        .location()
                        .objectArn())
                .isEqualTo("arn:aws:s3:::out/job-0f1e2d3c-job/manifest.json");
    }

    // [B.11]: S3 writes to a bucket with default retention need an integrity check the batch
    // writer does not send, as for completion reports; the job fails instead of writing.
    @Test
    void failsTheJobWhenTheOutputCannotBeWritten() {
        s3.createBucket("src");
        s3.put("src", "k", "x");
        client.createBucket(b -> b.bucket("locked").objectLockEnabledForBucket(true));
        client.putObjectLockConfiguration(b -> b.bucket("locked")
                .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                        .rule(r -> r.defaultRetention(
                                d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1)))));
        var out = new JobManifestGenerator.OutputLocation(null, "arn:aws:s3:::locked", null, null, null, OUTPUT_FORMAT);

        JobFailureException e =
                catchThrowableOfType(JobFailureException.class, () -> resolve(generator("src", out, null)));

        assertThat(e.failure().failureCode()).isEqualTo("ManifestOutputFailed");
        assertThat(e.failure().failureReason()).contains("InvalidRequest");
    }

    // S3JobManifestGenerator ExpectedBucketOwner: "must match this value, else the job fails".
    @Test
    void failsTheJobForAnotherExpectedOwner() {
        s3.createBucket("src");
        s3.put("src", "k", "x");
        var g = new JobManifestGenerator("999999999999", "arn:aws:s3:::src", null, null, false);

        assertThat(catchThrowableOfType(JobFailureException.class, () -> resolve(g))
                        .failure()
                        .failureCode())
                .isEqualTo("AccessDenied");
    }
}

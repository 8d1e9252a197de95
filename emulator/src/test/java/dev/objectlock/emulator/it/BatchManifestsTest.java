package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobFailureException;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.ManifestResolver;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.domain.model.VersionId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Reading job manifests from objects the SDK stored ([C.7.1, C.7.2]): the S3BatchOperations CSV and
 * S3 Inventory formats, at a version, held to the ETag CreateJob named (API reference
 * JobManifestLocation; UG batch-ops-create-job "Specifying a manifest"; UG storage-inventory-location).
 */
class BatchManifestsTest {

    private static final List<String> WITH_VERSION = List.of("Bucket", "Key", "VersionId");

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private final Manifests manifests = EmulatorInternals.manifests(s3.emulator());

    private static JobManifest csv(String arn, String versionId, String etag, List<String> fields) {
        return new JobManifest(
                new JobManifest.Spec("S3BatchOperations_CSV_20180820", fields),
                new JobManifest.Location(arn, versionId, etag));
    }

    private ManifestResolver.Resolved resolve(JobManifest manifest) {
        return manifests.resolve("123456789012", "job-1", manifest, null);
    }

    private static JobFailureException failure(Runnable call) {
        try {
            call.run();
        } catch (JobFailureException e) {
            return e;
        }
        throw new AssertionError("the job did not fail");
    }

    // UG batch-ops-create-job: the manifest is read from ObjectArn and must have the ETag given; the
    // SDK hands ETags out quoted, and either spelling names the same object.
    @Test
    void readsACsvManifestHeldToItsETag() {
        s3.createBucket("manifests");
        PutObjectResponse put = s3.put("manifests", "jobs/m.csv", "data,a%20b,\ndata,c,null\n");
        assertThat(put.eTag()).startsWith("\"");

        for (String etag : List.of(put.eTag(), put.eTag().replace("\"", ""))) {
            ManifestResolver.Resolved resolved =
                    resolve(csv("arn:aws:s3:::manifests/jobs/m.csv", null, etag, WITH_VERSION));

            assertThat(resolved.tasks())
                    .containsExactly(
                            new TaskTarget("data", "a b", "a%20b", ""), new TaskTarget("data", "c", "c", "null"));
            assertThat(resolved.generatedManifest()).isNull();
        }
    }

    // API reference JobManifestLocation ObjectVersionId: "version ID to identify a specific version of
    // the manifest object"; the ETag is that version's.
    @Test
    void readsTheManifestVersionNamed() {
        s3.createVersionedBucket("manifests");
        PutObjectResponse first = s3.put("manifests", "m.csv", "data,old\n");
        s3.put("manifests", "m.csv", "data,new\n");

        List<TaskTarget> tasks = resolve(
                        csv("arn:aws:s3:::manifests/m.csv", first.versionId(), first.eTag(), List.of("Bucket", "Key")))
                .tasks();

        assertThat(tasks).extracting(TaskTarget::key).containsExactly("old");
    }

    // [C.7.1]: a manifest whose ETag differs from Location.ETag fails the job. [UNCERTAIN wording]
    @Test
    void failsTheJobWhenTheETagDiffers() {
        s3.createBucket("manifests");
        PutObjectResponse put = s3.put("manifests", "m.csv", "data,k\n");
        s3.put("manifests", "m.csv", "data,k\ndata,changed\n");

        JobFailureException e =
                failure(() -> resolve(csv("arn:aws:s3:::manifests/m.csv", null, put.eTag(), List.of("Bucket", "Key"))));

        assertThat(e.failure().failureCode()).isEqualTo("ManifestETagMismatch");
        assertThat(e.failure().failureReason()).contains(put.eTag().replace("\"", ""));
    }

    // UG troubleshooting-batch-operations "Reading the manifest is forbidden: AccessDenied": an unreadable
    // manifest fails the job with the S3 error of the read.
    @Test
    void failsTheJobWhenTheManifestCannotBeRead() {
        s3.createVersionedBucket("manifests");
        PutObjectResponse put = s3.put("manifests", "m.csv", "data,k\n");
        client.deleteObject(b -> b.bucket("manifests").key("m.csv"));

        assertThat(failure(() -> resolve(
                                csv("arn:aws:s3:::manifests/m.csv", null, put.eTag(), List.of("Bucket", "Key"))))
                        .failure())
                .isEqualTo(new BatchJob.Failure("NoSuchKey", "Reading the manifest failed: NoSuchKey"));
        assertThat(failure(() ->
                                resolve(csv("arn:aws:s3:::nobucket/m.csv", null, put.eTag(), List.of("Bucket", "Key"))))
                        .failure()
                        .failureCode())
                .isEqualTo("NoSuchBucket");
        assertThat(failure(() -> resolve(csv(
                                "arn:aws:s3:::manifests/m.csv",
                                VersionId.generate(987_654_321L).value(),
                                put.eTag(),
                                List.of("Bucket", "Key"))))
                        .failure()
                        .failureCode())
                .isEqualTo("NoSuchVersion");
    }

    @Test
    void failsTheJobOnABadRowOrAnUnknownFormat() {
        s3.createBucket("manifests");
        PutObjectResponse put = s3.put("manifests", "m.csv", "data,k\ndata\n");

        assertThat(failure(() -> resolve(
                                csv("arn:aws:s3:::manifests/m.csv", null, put.eTag(), List.of("Bucket", "Key"))))
                        .failure())
                .isEqualTo(new BatchJob.Failure(
                        "InvalidManifestContent", "Manifest line 2 has 1 field where 2 are expected"));
        JobManifest unknown = new JobManifest(
                new JobManifest.Spec("Report_CSV_20180820", List.of("Bucket", "Key")),
                new JobManifest.Location("arn:aws:s3:::manifests/m.csv", null, put.eTag()));
        assertThat(failure(() -> resolve(unknown)).failure().failureCode()).isEqualTo("InvalidManifestContent");
    }

    // UG storage-inventory-location: the job names the inventory's manifest.json; its files[] are
    // gzip-compressed CSVs in the destination bucket (an ARN) with the columns of fileSchema, keys
    // URL-encoded, every field quoted. Inventory rows for null versions have an empty VersionId
    // (UG inventory-configure-bops), which fails those tasks as a CSV manifest's would.
    @Test
    void readsAnInventoryReport() {
        s3.createBucket("inventory");
        putBytes(
                "inventory",
                "inv/src/cfg/data/part-1.csv.gz",
                gzip("\"src\",\"a%20b.txt\",\"v1v1v1v1v1v1v1v1v1v1v1v1v1v1v1v1\",\"true\",\"false\",\"3\"\n"
                        + "\"src\",\"c.txt\",\"\",\"true\",\"false\",\"5\"\n"));
        // not compressed and not named .gz: read as it is
        s3.put("inventory", "inv/src/cfg/data/part-2.csv", "\"src\",\"d.txt\",\"null\",\"true\",\"false\",\"7\"\n");
        String manifestJson = """
                {"sourceBucket":"src","destinationBucket":"arn:aws:s3:::inventory","version":"2016-11-30",
                 "creationTimestamp":"1514944800000","fileFormat":"CSV",
                 "fileSchema":"Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size",
                 "files":[{"key":"inv/src/cfg/data/part-1.csv.gz","size":60,"MD5checksum":"x"},
                          {"key":"inv/src/cfg/data/part-2.csv","size":40,"MD5checksum":"y"}]}""";
        PutObjectResponse put = s3.put("inventory", "inv/src/cfg/2016-11-06T21-32Z/manifest.json", manifestJson);

        List<TaskTarget> tasks = resolve(new JobManifest(
                        new JobManifest.Spec("S3InventoryReport_CSV_20161130", null),
                        new JobManifest.Location(
                                "arn:aws:s3:::inventory/inv/src/cfg/2016-11-06T21-32Z/manifest.json",
                                null,
                                put.eTag())))
                .tasks();

        assertThat(tasks)
                .containsExactly(
                        new TaskTarget("src", "a b.txt", "a%20b.txt", "v1v1v1v1v1v1v1v1v1v1v1v1v1v1v1v1"),
                        new TaskTarget("src", "c.txt", "c.txt", ""),
                        new TaskTarget("src", "d.txt", "d.txt", "null"));
    }

    // An inventory without VersionId in its schema (current versions only) acts on current versions.
    @Test
    void inventoryWithoutVersionsActsOnCurrentVersions() {
        s3.createBucket("inventory");
        putBytes("inventory", "d/1.csv.gz", gzip("\"src\",\"k\",\"1\"\n"));
        PutObjectResponse put = s3.put("inventory", "manifest.json", """
                {"sourceBucket":"src","destinationBucket":"arn:aws:s3:::inventory","fileFormat":"CSV",
                 "fileSchema":"Bucket, Key, Size","files":[{"key":"d/1.csv.gz"}]}""");

        List<TaskTarget> tasks = resolve(new JobManifest(
                        new JobManifest.Spec("S3InventoryReport_CSV_20161130", null),
                        new JobManifest.Location("arn:aws:s3:::inventory/manifest.json", null, put.eTag())))
                .tasks();

        assertThat(tasks).containsExactly(new TaskTarget("src", "k", "k", null));
    }

    // Batch Operations reads CSV inventories only (the format is S3InventoryReport_CSV_20161130);
    // a missing data file is an unreadable manifest.
    @Test
    void failsTheJobOnAnOrcInventoryOrAMissingDataFile() {
        s3.createBucket("inventory");
        PutObjectResponse orc = s3.put("inventory", "orc.json", """
                {"destinationBucket":"arn:aws:s3:::inventory","fileFormat":"ORC","fileSchema":"struct<bucket:string>",
                 "files":[]}""");
        PutObjectResponse missing = s3.put("inventory", "missing.json", """
                {"destinationBucket":"arn:aws:s3:::inventory","fileFormat":"CSV","fileSchema":"Bucket, Key",
                 "files":[{"key":"gone.csv.gz"}]}""");

        assertThat(failure(() -> resolve(inventory("orc.json", orc.eTag())))
                        .failure()
                        .failureReason())
                .contains("ORC");
        assertThat(failure(() -> resolve(inventory("missing.json", missing.eTag())))
                        .failure()
                        .failureCode())
                .isEqualTo("NoSuchKey");
    }

    private static JobManifest inventory(String key, String etag) {
        return new JobManifest(
                new JobManifest.Spec("S3InventoryReport_CSV_20161130", null),
                new JobManifest.Location("arn:aws:s3:::inventory/" + key, null, etag));
    }

    private void putBytes(String bucket, String key, byte[] body) {
        client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

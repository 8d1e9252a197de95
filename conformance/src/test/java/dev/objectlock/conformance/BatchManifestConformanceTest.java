package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.JobManifestGenerator;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * How a job finds its objects ([C.3] Manifest/ManifestGenerator, [C.7.1, C.7.2]): the manifest
 * object is read while the job is Preparing, so problems with it fail the job, not CreateJob.
 */
class BatchManifestConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"C.7.1"},
            value = "[C.7.1]: the manifest object's ETag must equal Location.ETag, else the job fails")
    void manifestEtagMismatchFailsTheJob() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "a", "a");
        JobManifest stored = manifestOf(bucket, bucket, "a");
        JobManifest wrongEtag = stored.toBuilder()
                .location(stored.location().toBuilder()
                        .eTag("0123456789abcdef0123456789abcdef")
                        .build())
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(wrongEtag).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failureReasons()).isNotEmpty();
        assertThat(job.progressSummary() == null ? 0L : job.progressSummary().numberOfTasksSucceeded())
                .isZero();
        assertThat(noHold(bucket, "a", version)).isTrue();
    }

    @Test
    @AwsSource(
            rules = {"C.7.1"},
            value =
                    "UG troubleshooting-batch-operations: an unreadable manifest fails the job (Reading the manifest ...)")
    void missingManifestObjectFailsTheJob() {
        String bucket = buckets.createWithObjectLock();
        JobManifest missing = JobManifest.builder()
                .spec(s -> s.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                        .fields(BUCKET_KEY))
                .location(l -> l.objectArn("arn:aws:s3:::" + bucket + "/no-such-manifest.csv")
                        .eTag("0123456789abcdef0123456789abcdef"))
                .build();

        String jobId = jobs.create(r -> r.manifest(missing).operation(legalHold(S3ObjectLockLegalHoldStatus.ON)));
        JobDescriptor job = jobs.awaitFinished(jobId);

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failureReasons()).isNotEmpty();
    }

    @Test
    @AwsSource(
            rules = {"C.7.1", "C.7.2"},
            value = "botocore-s3c JobManifestLocation.ObjectVersionId: the manifest is read at that version")
    void manifestIsReadAtTheGivenObjectVersion() {
        String bucket = buckets.createWithObjectLock();
        String a = steps.putVersion(bucket, "a", "a");
        String b = steps.putVersion(bucket, "b", "b");
        JobManifest first = jobs.csvManifest(bucket, "m.csv", bucket + ",a\n", BUCKET_KEY);
        String firstVersion = s3.headObject(h -> h.bucket(bucket).key("m.csv")).versionId();
        jobs.csvManifest(bucket, "m.csv", bucket + ",b\n", BUCKET_KEY);
        JobManifest pinned = first.toBuilder()
                .location(first.location().toBuilder()
                        .objectVersionId(firstVersion)
                        .build())
                .build();

        runJob(pinned, legalHold(S3ObjectLockLegalHoldStatus.ON));

        assertThat(legalHoldOf(bucket, "a", a)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(noHold(bucket, "b", b)).isTrue();
    }

    @Test
    @AwsSource(
            rules = {"C.7.2", "C.3"},
            value =
                    "UG storage-inventory-location: inventory manifest.json lists gzip CSV files laid out by fileSchema")
    void inventoryReportManifestIsRead() {
        String bucket = buckets.createWithObjectLock();
        String a = steps.putVersion(bucket, "inv/a", "a");
        String data = "inventory/data/part-1.csv.gz";
        byte[] gz = gzip("\"" + bucket + "\",\"inv/a\",\"" + a + "\",\"true\"\n");
        s3.putObject(p -> p.bucket(bucket).key(data), RequestBody.fromBytes(gz));
        String manifestJson = "{\"sourceBucket\":\"" + bucket + "\",\"destinationBucket\":\"arn:aws:s3:::" + bucket
                + "\",\"version\":\"2016-11-30\",\"creationTimestamp\":\"1514944800000\",\"fileFormat\":\"CSV\","
                + "\"fileSchema\":\"Bucket, Key, VersionId, IsLatest\",\"files\":[{\"key\":\"" + data
                + "\",\"size\":" + gz.length + ",\"MD5checksum\":\"00000000000000000000000000000000\"}]}";
        String etag = s3.putObject(
                        p -> p.bucket(bucket).key("inventory/manifest.json"), RequestBody.fromString(manifestJson))
                .eTag();
        JobManifest manifest = JobManifest.builder()
                .spec(s -> s.format(JobManifestFormat.S3_INVENTORY_REPORT_CSV_20161130))
                .location(l -> l.objectArn("arn:aws:s3:::" + bucket + "/inventory/manifest.json")
                        .eTag(etag))
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifest).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().totalNumberOfTasks()).isEqualTo(1L);
        assertThat(legalHoldOf(bucket, "inv/a", a)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value =
                    "botocore-s3c S3JobManifestGenerator with KeyNameConstraint.MatchAnyPrefix; UG batch-ops-create-job (generated manifest)")
    void manifestGeneratorSelectsObjectsByPrefix() {
        String bucket = buckets.createWithObjectLock();
        String held = steps.putVersion(bucket, "records/a", "a");
        String other = steps.putVersion(bucket, "scratch/b", "b");
        JobManifestGenerator generator = JobManifestGenerator.builder()
                .s3JobManifestGenerator(g -> g.sourceBucket("arn:aws:s3:::" + bucket)
                        .enableManifestOutput(false)
                        .filter(f -> f.keyNameConstraint(k -> k.matchAnyPrefix("records/"))))
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifestGenerator(generator).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().totalNumberOfTasks()).isEqualTo(1L);
        assertThat(job.manifestGenerator().s3JobManifestGenerator().sourceBucket())
                .isEqualTo("arn:aws:s3:::" + bucket);
        assertThat(legalHoldOf(bucket, "records/a", held)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(noHold(bucket, "scratch/b", other)).isTrue();
    }

    @Test
    @AwsSource(
            rules = {"C.3", "C.4"},
            value = "botocore-s3c S3ManifestOutputLocation and DescribeJob GeneratedManifestDescriptor")
    void generatedManifestIsWrittenAndDescribed() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "records/a", "a");
        String out = buckets.create();
        JobManifestGenerator generator = JobManifestGenerator.builder()
                .s3JobManifestGenerator(g -> g.sourceBucket("arn:aws:s3:::" + bucket)
                        .enableManifestOutput(true)
                        .manifestOutputLocation(o -> o.bucket("arn:aws:s3:::" + out)
                                .manifestPrefix("generated")
                                .manifestFormat("S3InventoryReport_CSV_20211130"))
                        .filter(f -> f.keyNameConstraint(k -> k.matchAnyPrefix("records/"))))
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifestGenerator(generator).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.generatedManifestDescriptor()).isNotNull();
        assertThat(job.generatedManifestDescriptor().formatAsString()).isEqualTo("S3InventoryReport_CSV_20211130");
        String arn = job.generatedManifestDescriptor().location().objectArn();
        assertThat(arn).startsWith("arn:aws:s3:::" + out + "/generated/");
        String key = arn.substring(("arn:aws:s3:::" + out + "/").length());
        assertThat(s3.headObject(h -> h.bucket(out).key(key)).eTag().replace("\"", ""))
                .isEqualTo(job.generatedManifestDescriptor().location().eTag().replace("\"", ""));
    }

    private boolean noHold(String bucket, String key, String versionId) {
        try {
            return legalHoldOf(bucket, key, versionId) != ObjectLockLegalHoldStatus.ON;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            return e.statusCode() == 404;
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

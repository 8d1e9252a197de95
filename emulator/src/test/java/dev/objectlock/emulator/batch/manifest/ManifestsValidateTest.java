package dev.objectlock.emulator.batch.manifest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * CreateJob's synchronous checks of Manifest and ManifestGenerator ([C.3] "Synchronous validation
 * at CreateJob"; API reference JobManifestSpec, JobManifestLocation, S3JobManifestGenerator,
 * S3ManifestOutputLocation, JobManifestGeneratorFilter): all BadRequestException.
 */
class ManifestsValidateTest {

    private static final String OUT_FORMAT = "S3InventoryReport_CSV_20211130";

    private static JobManifest manifest(String format, List<String> fields, String arn, String etag) {
        return new JobManifest(new JobManifest.Spec(format, fields), new JobManifest.Location(arn, null, etag));
    }

    private static JobManifest csv(List<String> fields) {
        return manifest("S3BatchOperations_CSV_20180820", fields, "arn:aws:s3:::b/m.csv", "etag");
    }

    private static JobManifestGenerator generator(
            String source,
            Boolean output,
            JobManifestGenerator.OutputLocation out,
            JobManifestGenerator.Filter filter) {
        return new JobManifestGenerator(null, source, out, filter, output);
    }

    private static JobManifestGenerator.OutputLocation out(String bucket, String prefix, String format) {
        return new JobManifestGenerator.OutputLocation(null, bucket, prefix, null, null, format);
    }

    private static void badRequest(ThrowingCallable call, String messagePart) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        S3Exception.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION))
                .hasMessageContaining(messagePart);
    }

    @Test
    void acceptsTheUserGuideExamples() {
        assertThatCode(() -> Manifests.validate(csv(List.of("Bucket", "Key", "VersionId")), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> Manifests.validate(
                        manifest(
                                "S3InventoryReport_CSV_20161130", null, "arn:aws:s3:::inv/x/manifest.json", "\"etag\""),
                        null))
                .doesNotThrowAnyException();
        assertThatCode(() -> Manifests.validate(
                        null, generator("arn:aws:s3:::src", true, out("arn:aws:s3:::out", "p", OUT_FORMAT), null)))
                .doesNotThrowAnyException();
    }

    // API reference CreateJob: Manifest or ManifestGenerator, exactly one.
    @Test
    void needsExactlyOneOfManifestAndGenerator() {
        badRequest(() -> Manifests.validate(null, null), "exactly one");
        badRequest(
                () -> Manifests.validate(csv(List.of("Bucket", "Key")), generator("arn:aws:s3:::s", false, null, null)),
                "exactly one");
    }

    // JobManifestSpec: Format enum; Fields Ignore|Bucket|Key|VersionId, required for the CSV format.
    @Test
    void refusesUnknownFormatsAndFields() {
        badRequest(
                () -> Manifests.validate(manifest("CSV", List.of("Bucket", "Key"), "arn:aws:s3:::b/k", "e"), null),
                "Format");
        badRequest(
                () -> Manifests.validate(manifest(null, List.of("Bucket", "Key"), "arn:aws:s3:::b/k", "e"), null),
                "Format is required");
        badRequest(() -> Manifests.validate(csv(List.of("Bucket", "Key", "Size")), null), "Size");
        badRequest(() -> Manifests.validate(csv(null), null), "Fields are required");
        badRequest(() -> Manifests.validate(csv(List.of("Bucket")), null), "Bucket and Key");
        badRequest(() -> Manifests.validate(csv(List.of("Bucket", "Key", "Key")), null), "Bucket and Key");
        badRequest(
                () -> Manifests.validate(csv(List.of("Bucket", "Key", "VersionId", "VersionId")), null), "VersionId");
    }

    // JobManifestLocation: ObjectArn an S3 object ARN, ETag required.
    @Test
    void refusesBadLocations() {
        List<String> fields = List.of("Bucket", "Key");
        String format = "S3BatchOperations_CSV_20180820";
        badRequest(
                () -> Manifests.validate(manifest(format, fields, "arn:aws:s3:::bucket-only", "e"), null), "ObjectArn");
        badRequest(() -> Manifests.validate(manifest(format, fields, "s3://b/k", "e"), null), "ObjectArn");
        badRequest(
                () -> Manifests.validate(
                        manifest(format, fields, "arn:aws:s3:us-east-1:123456789012:accesspoint/a", "e"), null),
                "ObjectArn");
        badRequest(() -> Manifests.validate(manifest(format, fields, "arn:aws:s3:::b/k", null), null), "ETag");
        badRequest(() -> Manifests.validate(manifest(format, fields, "arn:aws:s3:::b/k", ""), null), "ETag");
    }

    // S3JobManifestGenerator: SourceBucket (bucket ARN) and EnableManifestOutput required; output
    // enabled without a location is refused (the brief's CreateJob error); S3ManifestOutputLocation's
    // ManifestFormat is S3InventoryReport_CSV_20211130.
    @Test
    void refusesIncompleteGenerators() {
        badRequest(() -> Manifests.validate(null, generator(null, false, null, null)), "SourceBucket");
        badRequest(() -> Manifests.validate(null, generator("arn:aws:s3:::b/k", false, null, null)), "SourceBucket");
        badRequest(
                () -> Manifests.validate(null, generator("arn:aws:s3:::b", null, null, null)), "EnableManifestOutput");
        badRequest(
                () -> Manifests.validate(null, generator("arn:aws:s3:::b", true, null, null)),
                "ManifestOutputLocation is required");
        badRequest(
                () -> Manifests.validate(null, generator("arn:aws:s3:::b", true, out("out", null, OUT_FORMAT), null)),
                "Bucket");
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                true,
                                out("arn:aws:s3:::out", null, "S3InventoryReport_CSV_20161130"),
                                null)),
                "ManifestFormat");
        badRequest(
                () -> Manifests.validate(
                        null, generator("arn:aws:s3:::b", true, out("arn:aws:s3:::out", "", OUT_FORMAT), null)),
                "ManifestPrefix");
        badRequest(
                () -> Manifests.validate(null, new JobManifestGenerator("12345", "arn:aws:s3:::b", null, null, false)),
                "ExpectedBucketOwner");
    }

    // JobManifestGeneratorFilter: timestamps, enum lists, MatchAnyObjectEncryption "Fixed number of 1 item".
    @Test
    void refusesBadFilters() {
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                false,
                                null,
                                new JobManifestGenerator.Filter(
                                        null, "yesterday", null, null, null, null, null, null, null, null, null))),
                "CreatedAfter");
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                false,
                                null,
                                new JobManifestGenerator.Filter(
                                        null, null, null, null, null, null, null, -1L, null, null, null))),
                "negative");
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                false,
                                null,
                                new JobManifestGenerator.Filter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of("REDUCED_REDUNDANCY"),
                                        null))),
                "MatchAnyStorageClass");
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                false,
                                null,
                                new JobManifestGenerator.Filter(
                                        null, null, null, List.of("DONE"), null, null, null, null, null, null, null))),
                "ObjectReplicationStatuses");
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                false,
                                null,
                                new JobManifestGenerator.Filter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of("SSE-S3", "SSE-KMS")))),
                "one item");
        badRequest(
                () -> Manifests.validate(
                        null,
                        generator(
                                "arn:aws:s3:::b",
                                false,
                                null,
                                new JobManifestGenerator.Filter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of("AES256")))),
                "MatchAnyObjectEncryption");
    }
}

package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobValues;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.rules.Timestamps;
import java.util.List;
import java.util.Set;

/**
 * CreateJob's synchronous checks of {@code Manifest} and {@code ManifestGenerator}: required
 * members, enum values and string shapes of the S3 Control model (JobManifestSpec,
 * JobManifestLocation, S3JobManifestGenerator, S3ManifestOutputLocation,
 * JobManifestGeneratorFilter in the API reference). All are BadRequestException; AWS publishes no
 * message texts for them, so each says what is wrong. [UNCERTAIN: messages]
 */
final class ManifestRequestRules {

    static final Set<String> FORMATS = Set.of(BatchOperationsCsv.FORMAT, Manifests.INVENTORY_FORMAT);
    static final Set<String> FIELDS = Set.of("Ignore", "Bucket", "Key", "VersionId");
    static final Set<String> ENCRYPTIONS = Set.of("SSE-S3", "SSE-KMS", "DSSE-KMS", "SSE-C", "NOT-SSE");
    static final Set<String> REPLICATION_STATUSES = Set.of("COMPLETED", "FAILED", "REPLICA", "NONE");
    static final Set<String> OUTPUT_ENCRYPTIONS = Set.of("SSE-S3", "SSE-KMS");

    private ManifestRequestRules() {}

    static void validate(JobManifest manifest, JobManifestGenerator generator) {
        if ((manifest == null) == (generator == null)) {
            throw badRequest("A job needs exactly one of Manifest and ManifestGenerator");
        }
        if (manifest != null) {
            validate(manifest);
        } else {
            validate(generator);
        }
    }

    private static void validate(JobManifest manifest) {
        JobManifest.Spec spec = manifest.spec();
        JobManifest.Location location = manifest.location();
        if (spec == null || location == null) {
            throw badRequest("Manifest needs a Spec and a Location");
        }
        if (spec.format() == null) {
            throw badRequest("Manifest Spec Format is required");
        }
        if (!FORMATS.contains(spec.format())) {
            throw badRequest("Manifest Spec Format must be one of " + sorted(FORMATS) + ": " + spec.format());
        }
        List<String> fields = spec.fields();
        if (fields != null) {
            for (String field : fields) {
                if (!FIELDS.contains(field)) {
                    throw badRequest("Manifest Spec Fields may hold only " + sorted(FIELDS) + ", not '" + field + "'");
                }
            }
        }
        if (BatchOperationsCsv.FORMAT.equals(spec.format())) {
            // UG batch-ops-create-job: a CSV manifest must name the bucket and key columns.
            if (fields == null || fields.isEmpty()) {
                throw badRequest("Manifest Spec Fields are required for the " + BatchOperationsCsv.FORMAT + " format");
            }
            if (count(fields, "Bucket") != 1 || count(fields, "Key") != 1 || count(fields, "VersionId") > 1) {
                throw badRequest("Manifest Spec Fields must name the Bucket and Key columns once each, and the "
                        + "VersionId column at most once");
            }
        }
        if (Arns.object(location.objectArn()).isEmpty()) {
            throw badRequest("Manifest Location ObjectArn must be an S3 object ARN (arn:aws:s3:::bucket/key): "
                    + location.objectArn());
        }
        if (location.etag() == null
                || location.etag().isEmpty()
                || location.etag().length() > 1024) {
            throw badRequest("Manifest Location ETag is required (1 to 1024 characters)");
        }
        if (location.objectVersionId() != null && location.objectVersionId().isEmpty()) {
            throw badRequest("Manifest Location ObjectVersionId must not be empty");
        }
    }

    private static void validate(JobManifestGenerator g) {
        if (g.sourceBucket() == null || Arns.bucket(g.sourceBucket()).isEmpty()) {
            throw badRequest("ManifestGenerator SourceBucket must be an S3 bucket ARN (arn:aws:s3:::bucket): "
                    + g.sourceBucket());
        }
        if (g.enableManifestOutput() == null) {
            throw badRequest("ManifestGenerator EnableManifestOutput is required");
        }
        accountId(g.expectedBucketOwner(), "ExpectedBucketOwner");
        JobManifestGenerator.OutputLocation out = g.manifestOutputLocation();
        if (g.enableManifestOutput() && out == null) {
            throw badRequest("ManifestOutputLocation is required when EnableManifestOutput is true");
        }
        if (out != null) {
            validate(out);
        }
        if (g.filter() != null) {
            validate(g.filter());
        }
    }

    private static void validate(JobManifestGenerator.OutputLocation out) {
        if (out.bucket() == null || Arns.bucket(out.bucket()).isEmpty()) {
            throw badRequest(
                    "ManifestOutputLocation Bucket must be an S3 bucket ARN (arn:aws:s3:::bucket): " + out.bucket());
        }
        if (!GeneratedManifestWriter.FORMAT.equals(out.manifestFormat())) {
            throw badRequest("ManifestOutputLocation ManifestFormat must be " + GeneratedManifestWriter.FORMAT + ": "
                    + out.manifestFormat());
        }
        if (out.manifestPrefix() != null
                && (out.manifestPrefix().isEmpty() || out.manifestPrefix().length() > 512)) {
            throw badRequest("ManifestOutputLocation ManifestPrefix must be 1 to 512 characters");
        }
        if (out.encryption() != null && !OUTPUT_ENCRYPTIONS.contains(out.encryption())) {
            throw badRequest(
                    "ManifestOutputLocation ManifestEncryption must be SSE-S3 or SSE-KMS: " + out.encryption());
        }
        if ("SSE-KMS".equals(out.encryption())
                && (out.kmsKeyId() == null || out.kmsKeyId().isEmpty())) {
            throw badRequest("ManifestOutputLocation ManifestEncryption SSE-KMS needs a KeyId");
        }
        accountId(out.expectedManifestBucketOwner(), "ExpectedManifestBucketOwner");
    }

    private static void validate(JobManifestGenerator.Filter f) {
        timestamp(f.createdAfter(), "CreatedAfter");
        timestamp(f.createdBefore(), "CreatedBefore");
        if (negative(f.objectSizeGreaterThanBytes()) || negative(f.objectSizeLessThanBytes())) {
            throw badRequest("Filter object size bounds must not be negative");
        }
        values(f.matchAnyStorageClass(), JobValues.STORAGE_CLASSES, "MatchAnyStorageClass");
        values(f.objectReplicationStatuses(), REPLICATION_STATUSES, "ObjectReplicationStatuses");
        values(f.matchAnyObjectEncryption(), ENCRYPTIONS, "MatchAnyObjectEncryption");
        // API reference JobManifestGeneratorFilter: "Array Members: Fixed number of 1 item."
        if (f.matchAnyObjectEncryption() != null && f.matchAnyObjectEncryption().size() > 1) {
            throw badRequest("Filter MatchAnyObjectEncryption takes one item");
        }
    }

    private static void timestamp(String value, String name) {
        if (value != null && Timestamps.parseIso8601(value).isEmpty()) {
            throw badRequest("Filter " + name + " is not an ISO 8601 timestamp: " + value);
        }
    }

    private static void values(List<String> given, Set<String> allowed, String name) {
        if (given != null) {
            for (String v : given) {
                if (!allowed.contains(v)) {
                    throw badRequest("Filter " + name + " values must be among " + sorted(allowed) + ": " + v);
                }
            }
        }
    }

    private static void accountId(String value, String name) {
        if (value != null && !JobValues.isAccountId(value)) {
            throw badRequest(name + " must be a 12-digit account id: " + value);
        }
    }

    private static boolean negative(Long value) {
        return value != null && value < 0;
    }

    private static long count(List<String> values, String value) {
        return values.stream().filter(value::equals).count();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static S3Exception badRequest(String message) {
        return S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, message);
    }
}

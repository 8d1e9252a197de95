package dev.objectlock.emulator.badinput;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The locked versions the fuzz must leave alone, created through the SDK before it runs, and a
 * snapshot of everything about them a malformed request could change: the version list of their
 * bucket, each version's content, retention and legal hold, and the bucket's versioning and Object
 * Lock configuration.
 */
final class LockedVersions {

    static final String LOCKED = "fuzz-locked";
    static final String SCRATCH = "fuzz-scratch";

    private LockedVersions() {}

    static FuzzTargets create(S3Client s3) {
        Instant until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        s3.createBucket(b -> b.bucket(LOCKED).objectLockEnabledForBucket(true));
        String compliance = s3.putObject(
                        b -> b.bucket(LOCKED)
                                .key("compliance")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(until),
                        RequestBody.fromString("compliance content"))
                .versionId();
        String governance = s3.putObject(
                        b -> b.bucket(LOCKED)
                                .key("governance")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(until),
                        RequestBody.fromString("governance content"))
                .versionId();
        String hold = s3.putObject(
                        b -> b.bucket(LOCKED).key("hold").objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("held content"))
                .versionId();
        s3.createBucket(b -> b.bucket(SCRATCH));
        s3.putBucketVersioning(
                b -> b.bucket(SCRATCH).versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
        s3.putObject(b -> b.bucket(SCRATCH).key("k"), RequestBody.fromString("scratch"));
        return new FuzzTargets(
                LOCKED,
                List.of("compliance", "governance", "hold"),
                List.of(compliance, governance, hold),
                until,
                SCRATCH);
    }

    static List<String> snapshot(S3Client s3) {
        List<String> lines = new ArrayList<>();
        lines.add("versioning " + s3.getBucketVersioning(b -> b.bucket(LOCKED)).statusAsString());
        lines.add("lock configuration "
                + s3.getObjectLockConfiguration(b -> b.bucket(LOCKED)).objectLockConfiguration());
        s3.listObjectVersionsPaginator(b -> b.bucket(LOCKED)).forEach(page -> {
            page.deleteMarkers().forEach(m -> lines.add("delete marker " + m.key() + " " + m.versionId()));
            page.versions().forEach(v -> {
                lines.add("version " + v.key() + " " + v.versionId() + " latest=" + v.isLatest() + " etag=" + v.eTag()
                        + " size=" + v.size());
                lines.add("  content "
                        + HexFormat.of()
                                .formatHex(s3.getObjectAsBytes(b ->
                                                b.bucket(LOCKED).key(v.key()).versionId(v.versionId()))
                                        .asByteArray()));
                lines.add("  retention "
                        + orNone(() -> s3.getObjectRetention(
                                        b -> b.bucket(LOCKED).key(v.key()).versionId(v.versionId()))
                                .retention()));
                lines.add("  legal hold "
                        + orNone(() -> s3.getObjectLegalHold(
                                        b -> b.bucket(LOCKED).key(v.key()).versionId(v.versionId()))
                                .legalHold()));
            });
        });
        return lines;
    }

    private static String orNone(Supplier<Object> read) {
        try {
            return String.valueOf(read.get());
        } catch (S3Exception e) {
            return "none (" + e.awsErrorDetails().errorCode() + ")";
        }
    }
}

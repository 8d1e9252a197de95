package dev.objectlock.emulator.it;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/** Shared steps and constants of the Object Lock integration tests ([B]). */
final class LockSupport {

    /** [E16]: the message of every refusal that protects a locked version. */
    static final String PROTECTED = "Access Denied because object protected by object lock.";

    static final String MALFORMED_XML =
            "The XML you provided was not well-formed or did not validate against our published schema";
    /** [E15]. */
    static final String NO_LOCK_CONFIGURATION = "The specified object does not have a ObjectLock configuration";
    /** [R23, E13]: the retention and legal-hold APIs' spelling, with spaces. */
    static final String MISSING_LOCK_CONFIGURATION = "Bucket is missing Object Lock Configuration";
    /** [R23, E14]: the write APIs' spelling, without a space. */
    static final String MISSING_LOCK_CONFIGURATION_ON_WRITE = "Bucket is missing ObjectLockConfiguration";

    /**
     * Where the lock tests put the emulator clock, so dates are fixed. The clock keeps ticking from
     * there, so "T0 + 1 day" is a future date for the whole test.
     */
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private LockSupport() {}

    /** CreateBucket with x-amz-bucket-object-lock-enabled: true. */
    static void createLockBucket(S3Client client, String bucket) {
        client.createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true));
    }

    /** An instant this many days after {@link #T0}. */
    static Instant days(long n) {
        return T0.plus(n, ChronoUnit.DAYS);
    }

    /** PutObject with retention; returns the new version id. */
    static String putWithRetention(
            S3Client client, String bucket, String key, String body, ObjectLockMode mode, Instant until) {
        return client.putObject(
                        b -> b.bucket(bucket).key(key).objectLockMode(mode).objectLockRetainUntilDate(until),
                        RequestBody.fromString(body))
                .versionId();
    }

    /** PutObject with legal hold ON; returns the new version id. */
    static String putWithLegalHold(S3Client client, String bucket, String key, String body) {
        return client.putObject(
                        b -> b.bucket(bucket).key(key).objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString(body))
                .versionId();
    }

    /** PutObject without lock headers; returns the new version id. */
    static String put(S3Client client, String bucket, String key, String body) {
        return client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body))
                .versionId();
    }

    static void putRetention(
            S3Client client,
            String bucket,
            String key,
            String versionId,
            ObjectLockRetentionMode mode,
            Instant until,
            boolean bypass) {
        client.putObjectRetention(b -> b.bucket(bucket)
                .key(key)
                .versionId(versionId)
                .retention(r -> r.mode(mode).retainUntilDate(until))
                .bypassGovernanceRetention(bypass ? Boolean.TRUE : null));
    }

    static void legalHold(
            S3Client client, String bucket, String key, String versionId, ObjectLockLegalHoldStatus status) {
        client.putObjectLegalHold(
                b -> b.bucket(bucket).key(key).versionId(versionId).legalHold(h -> h.status(status)));
    }

    /** The listed version with this id; the listing carries Last-Modified to the millisecond. */
    static ObjectVersion listedVersion(S3Client client, String bucket, String versionId) {
        return client.listObjectVersions(b -> b.bucket(bucket)).versions().stream()
                .filter(v -> v.versionId().equals(versionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("version " + versionId + " is not listed"));
    }

    /** Base64 Content-MD5 of a body, for raw requests. */
    static String md5(byte[] body) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean versionExists(S3Client client, String bucket, String versionId) {
        return client.listObjectVersions(b -> b.bucket(bucket)).versions().stream()
                .anyMatch(v -> v.versionId().equals(versionId));
    }
}

package dev.objectlock.conformance;

import dev.objectlock.conformance.target.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRetentionResponse;

/**
 * Base of the Object Lock scenario classes: the shared steps for retention and legal hold, the
 * exact AWS messages ([D]), and retain-until dates that are safe on AWS (see
 * conformance/README.md). GOVERNANCE dates lie minutes ahead and are removed with the bypass; COMPLIANCE
 * dates lie seconds ahead, so {@code BucketFixture} can wait them out. Dates are whole seconds,
 * which every target stores and returns unchanged.
 */
abstract class ObjectLockScenario extends Scenario {

    /** [E16]. */
    static final String PROTECTED = "Access Denied because object protected by object lock.";
    /** [E15] (no trailing period). */
    static final String NO_OBJECT_LOCK_CONFIGURATION = "The specified object does not have a ObjectLock configuration";
    /** [E13], with spaces: the retention and legal-hold APIs on a bucket without Object Lock. */
    static final String BUCKET_MISSING_LOCK = "Bucket is missing Object Lock Configuration";
    /** [E14], without a space: lock headers on writes to a bucket without Object Lock. */
    static final String BUCKET_MISSING_LOCK_ON_WRITE = "Bucket is missing ObjectLockConfiguration";
    /** [E6, E11]. */
    static final String MALFORMED_XML =
            "The XML you provided was not well-formed or did not validate against our published schema";
    /** [E19]. */
    static final String RETAIN_UNTIL_IN_PAST = "The retain until date must be in the future!";
    /** [E2]. */
    static final String METHOD_NOT_ALLOWED = "The specified method is not allowed against this resource.";

    /** How far ahead GOVERNANCE retention lies: long enough for any scenario, removed by bypass. */
    static final Duration GOVERNANCE_AHEAD = Duration.ofMinutes(10);
    /** How far ahead COMPLIANCE retention lies: only seconds, so AWS cleanup can wait it out. */
    static final Duration COMPLIANCE_AHEAD = Duration.ofSeconds(20);

    protected Target target;

    @BeforeEach
    final void injectLockTarget(Target target) {
        this.target = target;
    }

    /** The target's clock (the emulator's, or this machine's for aws). */
    Instant now() {
        return target.now();
    }

    /** A GOVERNANCE retain-until date minutes ahead, in whole seconds. */
    Instant governanceUntil() {
        return now().plus(GOVERNANCE_AHEAD).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A COMPLIANCE retain-until date seconds ahead, in whole seconds. */
    Instant complianceUntil() {
        return now().plus(COMPLIANCE_AHEAD).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Puts a version with retention from the request headers; returns its version id. */
    String putLocked(String bucket, String key, ObjectLockRetentionMode mode, Instant until) {
        return s3.putObject(
                        b -> b.bucket(bucket)
                                .key(key)
                                .objectLockMode(mode.toString())
                                .objectLockRetainUntilDate(until),
                        RequestBody.fromString("locked"))
                .versionId();
    }

    /** Puts a version with a legal hold ON from the request header; returns its version id. */
    String putOnLegalHold(String bucket, String key) {
        return s3.putObject(
                        b -> b.bucket(bucket).key(key).objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("held"))
                .versionId();
    }

    ObjectLockRetention retention(String bucket, String key, String versionId) {
        return s3.getObjectRetention(b -> b.bucket(bucket).key(key).versionId(versionId))
                .retention();
    }

    PutObjectRetentionResponse putRetention(
            String bucket, String key, String versionId, ObjectLockRetentionMode mode, Instant until, boolean bypass) {
        return s3.putObjectRetention(b -> {
            b.bucket(bucket)
                    .key(key)
                    .versionId(versionId)
                    .retention(r -> r.mode(mode).retainUntilDate(until));
            if (bypass) {
                b.bypassGovernanceRetention(true);
            }
        });
    }

    /** PutObjectRetention with an empty {@code <Retention/>}: the request that removes retention. */
    PutObjectRetentionResponse clearRetention(String bucket, String key, String versionId, boolean bypass) {
        return s3.putObjectRetention(b -> {
            b.bucket(bucket)
                    .key(key)
                    .versionId(versionId)
                    .retention(ObjectLockRetention.builder().build());
            if (bypass) {
                b.bypassGovernanceRetention(true);
            }
        });
    }

    ObjectLockLegalHoldStatus legalHold(String bucket, String key, String versionId) {
        return s3.getObjectLegalHold(b -> b.bucket(bucket).key(key).versionId(versionId))
                .legalHold()
                .status();
    }

    void setLegalHold(String bucket, String key, String versionId, ObjectLockLegalHoldStatus status) {
        s3.putObjectLegalHold(
                b -> b.bucket(bucket).key(key).versionId(versionId).legalHold(h -> h.status(status)));
    }

    HeadObjectResponse head(String bucket, String key, String versionId) {
        return s3.headObject(b -> b.bucket(bucket).key(key).versionId(versionId));
    }

    /**
     * Creates a multipart upload (changed by {@code create}, e.g. lock headers), uploads one small
     * part and completes it; returns the new version id.
     */
    String multipartUpload(String bucket, String key, Consumer<CreateMultipartUploadRequest.Builder> create) {
        String uploadId = s3.createMultipartUpload(
                        b -> create.accept(b.bucket(bucket).key(key)))
                .uploadId();
        String etag = s3.uploadPart(
                        b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(1),
                        RequestBody.fromString("one small last part"))
                .eTag();
        return s3.completeMultipartUpload(b -> b.bucket(bucket)
                        .key(key)
                        .uploadId(uploadId)
                        .multipartUpload(m -> m.parts(
                                CompletedPart.builder().partNumber(1).eTag(etag).build())))
                .versionId();
    }

    /** Sets a default retention rule on a lock bucket. */
    void setDefaultRetention(String bucket, ObjectLockRetentionMode mode, int days) {
        s3.putObjectLockConfiguration(b -> b.bucket(bucket)
                .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                        .rule(r -> r.defaultRetention(d -> d.mode(mode).days(days)))));
    }
}

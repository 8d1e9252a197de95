package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3ErrorAssert;
import dev.objectlock.conformance.target.AwsSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The per-object lock headers {@code x-amz-object-lock-mode}, {@code -retain-until-date} and
 * {@code -legal-hold} on PutObject, CopyObject and CreateMultipartUpload: applied to the new
 * version, validated with the AWS messages and {@code <Error>} elements, refused on buckets
 * without Object Lock ([B.5, B.6], [R20]–[R23]).
 */
class LockHeadersOnWriteConformanceTest extends ObjectLockScenario {

    private static final String MODE = "x-amz-object-lock-mode";
    private static final String RETAIN_UNTIL = "x-amz-object-lock-retain-until-date";
    private static final String LEGAL_HOLD = "x-amz-object-lock-legal-hold";
    private static final String BOTH_REQUIRED =
            "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied";
    private static final String CHECKSUM_REQUIRED = "Content-MD5 OR x-amz-checksum- HTTP header is required for "
            + "Put Object requests with Object Lock parameters";

    /**
     * A PutObject, changed by {@code request}, that is expected to fail on its headers. It carries
     * no body, so a rejection from the headers alone cannot race the upload of a body, and no
     * checksum; with {@code contentMd5} it sends the empty body's Content-MD5, so the integrity
     * rule of [B.5] is met whatever order AWS checks in.
     */
    private S3ErrorAssert assertBodilessPutFails(
            String bucket, boolean contentMd5, Consumer<PutObjectRequest.Builder> request) {
        try (S3Client plain = clientWithoutDefaultChecksums()) {
            return assertS3Error(() -> plain.putObject(
                    b -> {
                        request.accept(b.bucket(bucket).key("key"));
                        if (contentMd5) {
                            b.contentMD5(md5Base64(""));
                        }
                    },
                    RequestBody.empty()));
        }
    }

    private S3ErrorAssert assertPutFails(String bucket, Consumer<PutObjectRequest.Builder> request) {
        return assertBodilessPutFails(bucket, true, request);
    }

    private void assertNothingWritten(String bucket) {
        assertThat(steps.listingOrder(bucket))
                .as("the rejected write created no version")
                .isEmpty();
    }

    /**
     * A client that, like SDKs before 2025, sends a checksum only where the operation requires one,
     * and sends the body as it is (no aws-chunked framing, which would carry a body even when empty).
     */
    private S3Client clientWithoutDefaultChecksums() {
        return target.newClient(b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .serviceConfiguration(c -> c.chunkedEncodingEnabled(false)));
    }

    private static String md5Base64(String body) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.5"},
            value = "[B.1, B.5] [Model PutObject ObjectLockMode, "
                    + "ObjectLockRetainUntilDate]; ls-s3 test_s3_object_lock_mode_validation [AWS-recorded]")
    void putWithRetentionHeadersLocksTheNewVersion() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        ObjectLockRetention retention = retention(bucket, "key", version);
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(retention.retainUntilDate()).isEqualTo(until);
        assertS3Error(() -> legalHold(bucket, "key", version)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.5"},
            value = "[B.5] \"Legal hold can be set alongside retention, or on its own\" [UG]")
    void putWithLegalHoldHeaderAloneHoldsTheVersionWithoutRetention() {
        String bucket = buckets.createWithObjectLock();

        String version = putOnLegalHold(bucket, "key");

        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertS3Error(() -> retention(bucket, "key", version))
                .hasStatus(404)
                .hasCode("NoSuchObjectLockConfiguration")
                .hasMessage(NO_OBJECT_LOCK_CONFIGURATION);
    }

    @Test
    @AwsSource(
            rules = {"B.5"},
            value = "[B.5] [UG; Model PutObject]")
    void putWithRetentionAndLegalHoldHeadersSetsBoth() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        String version = s3.putObject(
                        b -> b.bucket(bucket)
                                .key("key")
                                .objectLockMode(ObjectLockRetentionMode.GOVERNANCE.toString())
                                .objectLockRetainUntilDate(until)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("body"))
                .versionId();

        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R20"},
            value = "ls-s3 test_s3_object_lock_mode_validation, [E17] [AWS-recorded]")
    void modeWithoutRetainUntilDateIsInvalidArgumentNamingTheDate() {
        String bucket = buckets.createWithObjectLock();

        assertPutFails(bucket, b -> b.objectLockMode(ObjectLockRetentionMode.GOVERNANCE.toString()))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(BOTH_REQUIRED)
                .hasElement("ArgumentName", RETAIN_UNTIL)
                .hasNoElement("ArgumentValue");
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R20"},
            value = "ls-s3 test_s3_object_lock_mode_validation, [E17] [AWS-recorded]")
    void retainUntilDateWithoutModeIsInvalidArgumentNamingTheMode() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        assertPutFails(bucket, b -> b.objectLockRetainUntilDate(until))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(BOTH_REQUIRED)
                .hasElement("ArgumentName", MODE)
                .hasNoElement("ArgumentValue");
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5"},
            value = "ls-s3 test_s3_object_lock_mode_validation, [E18] [AWS-recorded]")
    void unknownModeIsInvalidArgumentEchoingTheValue() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        assertPutFails(bucket, b -> b.objectLockMode("FOREVER").objectLockRetainUntilDate(until))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Unknown wormMode directive.")
                .hasElement("ArgumentName", MODE)
                .hasElement("ArgumentValue", "FOREVER");
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5"},
            value = "[B.5] [AWS-recorded: versitygw issues quoting raw AWS], [E20]")
    void unparsableRetainUntilDateIsInvalidArgumentEchoingTheValue() {
        String bucket = buckets.createWithObjectLock();

        assertPutFails(
                        bucket,
                        b -> b.objectLockMode(ObjectLockRetentionMode.GOVERNANCE.toString())
                                .overrideConfiguration(o -> o.putHeader(RETAIN_UNTIL, "not-a-date")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("The retain until date must be provided in ISO 8601 format")
                .hasElement("ArgumentName", RETAIN_UNTIL)
                .hasElement("ArgumentValue", "not-a-date");
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R21"},
            value = "versitygw issue #1734 (raw AWS response), [E19] [AWS-recorded]")
    void pastRetainUntilDateIsInvalidArgumentNamingTheHeader() {
        String bucket = buckets.createWithObjectLock();

        assertPutFails(
                        bucket,
                        b -> b.objectLockMode(ObjectLockRetentionMode.GOVERNANCE.toString())
                                .overrideConfiguration(o -> o.putHeader(RETAIN_UNTIL, "2020-01-01T00:00:00Z")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(RETAIN_UNTIL_IN_PAST)
                .hasElement("ArgumentName", RETAIN_UNTIL)
                .hasElement("ArgumentValue", "2020-01-01T00:00:00Z");
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5"},
            value = "[B.5] [AWS-recorded: versitygw issues quoting raw AWS], [E21]")
    void unknownLegalHoldValueIsInvalidArgumentEchoingTheValue() {
        String bucket = buckets.createWithObjectLock();

        assertPutFails(bucket, b -> b.objectLockLegalHoldStatus("MAYBE"))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Legal Hold must be either of 'ON' or 'OFF'")
                .hasElement("ArgumentName", LEGAL_HOLD)
                .hasElement("ArgumentValue", "MAYBE");
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R23"},
            value = "vgw PutObject_missing_bucket_lock, [E14]")
    void retentionHeadersOnBucketWithoutObjectLockAreInvalidRequest() {
        String bucket = buckets.createVersioned();
        Instant until = governanceUntil();

        assertPutFails(
                        bucket,
                        b -> b.objectLockMode(ObjectLockRetentionMode.GOVERNANCE.toString())
                                .objectLockRetainUntilDate(until))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK_ON_WRITE);
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R23"},
            value = "vgw PutObject_missing_bucket_lock, [E14]")
    void legalHoldHeaderOnBucketWithoutObjectLockIsInvalidRequest() {
        String bucket = buckets.createVersioned();

        assertPutFails(bucket, b -> b.objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK_ON_WRITE);
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R22"},
            value = "versitygw issue #1776, aws-sdk-php #1694 (AWS error quotes), " + "[E22] [AWS-recorded]")
    void putWithLockHeadersButNoChecksumIsInvalidRequest() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        assertBodilessPutFails(
                        bucket,
                        false,
                        b -> b.objectLockMode(ObjectLockMode.GOVERNANCE).objectLockRetainUntilDate(until))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(CHECKSUM_REQUIRED);
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R22"},
            value = "versitygw issue #1776, minio #16480 (AWS error quotes); " + "UG object-lock-overview note")
    void putIntoBucketWithDefaultRetentionButNoChecksumIsInvalidRequest() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);

        assertBodilessPutFails(bucket, false, b -> {})
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(CHECKSUM_REQUIRED);
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R22"},
            value = "[B.5]: legal hold alone is a lock parameter; " + "versitygw issue #1776 (AWS error quote)")
    void putWithLegalHoldButNoChecksumIsInvalidRequest() {
        String bucket = buckets.createWithObjectLock();

        assertBodilessPutFails(bucket, false, b -> b.objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(CHECKSUM_REQUIRED);
        assertNothingWritten(bucket);
    }

    @Test
    @AwsSource(
            rules = {"R22"},
            value = "[R22]: only lock parameters or a default retention need the check")
    void putWithoutLockParametersOrDefaultNeedsNoChecksum() {
        String bucket = buckets.createWithObjectLock();

        try (S3Client plain = clientWithoutDefaultChecksums()) {
            plain.putObject(b -> b.bucket(bucket).key("key"), RequestBody.fromString("body"));
        }

        assertThat(steps.read(bucket, "key")).isEqualTo("body");
    }

    @Test
    @AwsSource(
            rules = {"B.5", "R22"},
            value = "[B.5]: Content-MD5 satisfies the rule; versitygw issue #1776")
    void putWithLockHeadersAndContentMd5IsAccepted() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String md5 = md5Base64("body");

        String version;
        try (S3Client plain = clientWithoutDefaultChecksums()) {
            version = plain.putObject(
                            b -> b.bucket(bucket)
                                    .key("key")
                                    .contentMD5(md5)
                                    .objectLockMode(ObjectLockRetentionMode.GOVERNANCE.toString())
                                    .objectLockRetainUntilDate(until),
                            RequestBody.fromString("body"))
                    .versionId();
        }

        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.5"},
            value = "ls-s3 test_s3_object_lock_mode_validation, [E18] [AWS-recorded]; "
                    + "the S3 error must reach an SDK that is still uploading the body")
    void putRejectedOnItsHeadersAnswersWithTheS3ErrorWhileTheBodyIsUploaded() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String body = "x".repeat(64 * 1024);

        for (int attempt = 0; attempt < 10; attempt++) {
            assertS3Error(() -> s3.putObject(
                            b -> b.bucket(bucket)
                                    .key("key")
                                    .objectLockMode("FOREVER")
                                    .objectLockRetainUntilDate(until),
                            RequestBody.fromString(body)))
                    .hasStatus(400)
                    .hasCode("InvalidArgument")
                    .hasMessage("Unknown wormMode directive.");
        }
        assertNothingWritten(bucket);
    }
}

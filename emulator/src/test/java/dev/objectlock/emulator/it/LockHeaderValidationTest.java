package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.MISSING_LOCK_CONFIGURATION_ON_WRITE;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.md5;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The x-amz-object-lock-* headers of PutObject, CopyObject and CreateMultipartUpload: every
 * refusal, per operation ([B.5, R20, R21, R23, E14], [E17]–[E21]). A refused write stores nothing.
 */
class LockHeaderValidationTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String MODE = "x-amz-object-lock-mode";
    private static final String DATE = "x-amz-object-lock-retain-until-date";
    private static final String HOLD = "x-amz-object-lock-legal-hold";

    /** The three writes that take lock headers. */
    enum Write {
        PUT,
        COPY,
        MULTIPART
    }

    private final S3Client client = s3.client();

    @BeforeEach
    void lockBucketWithACopySource() {
        s3.emulator().clock().set(T0);
        createLockBucket(client, "locked");
        put(client, "locked", "src", "source");
    }

    // [R20, B.5, E17]: mode without date names the missing date header, with no
    // ArgumentValue and no trailing period [AWS-recorded ls-s3 test_s3_object_lock_mode_validation].
    @ParameterizedTest
    @EnumSource(Write.class)
    void modeWithoutDateNamesTheDateHeader(Write write) {
        S3Exception e = refused(write, "locked", "GOVERNANCE", null, null);

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied");
        assertThat(errorElement(e, "ArgumentName")).contains(DATE);
        assertThat(errorElement(e, "ArgumentValue")).isEmpty();
        assertNothingWritten();
    }

    // [R20, E17]: date without mode names the mode header [AWS-recorded ls-s3].
    @ParameterizedTest
    @EnumSource(Write.class)
    void dateWithoutModeNamesTheModeHeader(Write write) {
        S3Exception e = refused(write, "locked", null, days(1), null);

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied");
        assertThat(errorElement(e, "ArgumentName")).contains(MODE);
    }

    // [B.5, E18]: a mode other than GOVERNANCE/COMPLIANCE (case-sensitive) is "Unknown wormMode
    // directive." with the value as ArgumentValue [AWS-recorded].
    @ParameterizedTest
    @EnumSource(Write.class)
    void unknownModeIsRefused(Write write) {
        S3Exception e = refused(write, "locked", "governance", days(1), null);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Unknown wormMode directive.");
        assertThat(errorElement(e, "ArgumentName")).contains(MODE);
        assertThat(errorElement(e, "ArgumentValue")).contains("governance");
        assertNothingWritten();
    }

    // [R21, B.5, E19]: a date not in the future names the header (not RetainUntilDate) and
    // echoes the value as sent [versitygw issue #1734, raw AWS].
    @ParameterizedTest
    @EnumSource(Write.class)
    void pastDateIsRefused(Write write) {
        S3Exception e = refused(write, "locked", "COMPLIANCE", T0.minus(Duration.ofDays(1)), null);

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The retain until date must be in the future!");
        assertThat(errorElement(e, "ArgumentName")).contains(DATE);
        assertThat(errorElement(e, "ArgumentValue")).isEqualTo(s3.lastRequest().firstMatchingHeader(DATE));
        assertNothingWritten();
    }

    // [B.5, E21]: a legal-hold value other than ON/OFF is refused with the value [AWS-recorded issue].
    @ParameterizedTest
    @EnumSource(Write.class)
    void badLegalHoldIsRefused(Write write) {
        S3Exception e = refused(write, "locked", null, null, "on");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Legal Hold must be either of 'ON' or 'OFF'");
        assertThat(errorElement(e, "ArgumentName")).contains(HOLD);
        assertThat(errorElement(e, "ArgumentValue")).contains("on");
        assertNothingWritten();
    }

    // [R23, B.5, E14]: any lock header on a bucket without Object Lock is InvalidRequest
    // "Bucket is missing ObjectLockConfiguration" (no space) [vgw PutObject_missing_bucket_lock,
    // CopyObject_missing_bucket_lock]; retention and legal hold alike; nothing is written.
    @ParameterizedTest
    @EnumSource(Write.class)
    void lockHeadersOnABucketWithoutLockAreRefused(Write write) {
        s3.createVersionedBucket("plain");

        S3Exception retention =
                s3Error(() -> write(write, "plain", "GOVERNANCE", days(1), null), 400, "InvalidRequest");
        assertThat(retention.awsErrorDetails().errorMessage()).isEqualTo(MISSING_LOCK_CONFIGURATION_ON_WRITE);
        S3Exception hold = s3Error(() -> write(write, "plain", null, null, "ON"), 400, "InvalidRequest");
        assertThat(hold.awsErrorDetails().errorMessage()).isEqualTo(MISSING_LOCK_CONFIGURATION_ON_WRITE);
        assertThat(client.listObjectVersions(b -> b.bucket("plain")).versions()).isEmpty();
        assertThat(client.listMultipartUploads(b -> b.bucket("plain")).uploads())
                .isEmpty();
    }

    // [B.5, E20]: an unparsable date is "The retain until date must be provided in ISO 8601
    // format" with the value [AWS-recorded issue]. Raw HTTP, since the SDK only sends valid dates;
    // PutObject carries a Content-MD5 so that only the date can be wrong.
    @ParameterizedTest
    @EnumSource(Write.class)
    void unparsableDateIsRefused(Write write) {
        for (String bad : new String[] {"2030-13-45T00:00:00Z", "tomorrow", "Tue, 01 Jan 2030 00:00:00 GMT"}) {
            Map<String, String> headers = new HashMap<>(Map.of(MODE, "GOVERNANCE", DATE, bad));
            HttpResponse<String> r = raw(write, headers);

            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body())
                    .as(bad)
                    .contains(
                            "<Code>InvalidArgument</Code>",
                            "<Message>The retain until date must be provided in ISO 8601 format</Message>",
                            "<ArgumentName>" + DATE + "</ArgumentName>",
                            "<ArgumentValue>" + bad + "</ArgumentValue>");
        }
        assertNothingWritten();
    }

    // [0.4]: the header accepts any ISO-8601 instant, fractions or not, Z or an offset; the
    // stored date is kept to the millisecond. (The raw write proves the emulator parses what other
    // SDKs, e.g. botocore, send.)
    @Test
    void isoDatesWithFractionsAndOffsetsAreAccepted() {
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = s3.raw(
                "PUT",
                "/locked/k",
                Map.of(MODE, "GOVERNANCE", DATE, "2030-01-02T01:00:00.123456+01:00", "Content-MD5", md5(body)),
                body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(client.headObject(b -> b.bucket("locked").key("k")).objectLockRetainUntilDate())
                .isEqualTo(Instant.parse("2030-01-02T00:00:00.123Z"));
    }

    // A refusal must reach the client as the S3 error. A PutObject refused before its body was read
    // used to lose the race with the unread body (Jetty closed the connection, the SDK reported
    // "Error writing request body to server" about one call in four), so this repeats it.
    @Test
    void refusedPutObjectsAlwaysAnswerWithTheErrorDocument() {
        byte[] body = new byte[256 * 1024];
        for (int i = 0; i < 30; i++) {
            s3Error(
                    () -> client.putObject(
                            b -> b.bucket("locked").key("k").objectLockMode("GOVERNANCE"), RequestBody.fromBytes(body)),
                    400,
                    "InvalidArgument");
            s3Error(
                    () -> client.putObject(b -> b.bucket("no-such-bucket").key("k"), RequestBody.fromBytes(body)),
                    404,
                    "NoSuchBucket");
        }
    }

    private S3Exception refused(Write write, String bucket, String mode, Instant until, String hold) {
        return s3Error(() -> write(write, bucket, mode, until, hold), 400, "InvalidArgument");
    }

    private void write(Write write, String bucket, String mode, Instant until, String hold) {
        switch (write) {
            case PUT ->
                client.putObject(
                        b -> b.bucket(bucket)
                                .key("k")
                                .objectLockMode(mode)
                                .objectLockRetainUntilDate(until)
                                .objectLockLegalHoldStatus(hold),
                        RequestBody.fromString("new"));
            case COPY ->
                client.copyObject(b -> b.sourceBucket("locked")
                        .sourceKey("src")
                        .destinationBucket(bucket)
                        .destinationKey("k")
                        .objectLockMode(mode)
                        .objectLockRetainUntilDate(until)
                        .objectLockLegalHoldStatus(hold));
            case MULTIPART ->
                client.createMultipartUpload(b -> b.bucket(bucket)
                        .key("k")
                        .objectLockMode(mode)
                        .objectLockRetainUntilDate(until)
                        .objectLockLegalHoldStatus(hold));
        }
    }

    private HttpResponse<String> raw(Write write, Map<String, String> headers) {
        byte[] body = "new".getBytes(StandardCharsets.UTF_8);
        return switch (write) {
            case PUT -> {
                headers.put("Content-MD5", md5(body));
                yield s3.raw("PUT", "/locked/k", headers, body);
            }
            case COPY -> {
                headers.put("x-amz-copy-source", "/locked/src");
                yield s3.raw("PUT", "/locked/k", headers, null);
            }
            case MULTIPART -> s3.raw("POST", "/locked/k?uploads", headers, null);
        };
    }

    /** Only the copy source exists: no version of "k", no upload. */
    private void assertNothingWritten() {
        assertThat(client.listObjectVersions(b -> b.bucket("locked")).versions())
                .extracting(v -> v.key())
                .containsExactly("src");
        assertThat(client.listMultipartUploads(b -> b.bucket("locked")).uploads())
                .isEmpty();
    }
}

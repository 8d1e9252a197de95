package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.RawRequests;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorClock;
import dev.objectlock.conformance.target.EmulatorOnly;
import dev.objectlock.conformance.target.Principals;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned URLs ([P.3]): made by the SDK's {@code S3Presigner} as a user makes them, fetched over
 * the JDK's HTTP client as a browser or {@code curl} would. Expiry is judged on real time, also
 * after an emulator's clock has been moved ([P2]).
 */
class PresignedUrlConformanceTest extends PermissionScenario {

    /** A bucket holding one object {@code k}. */
    private String bucketWithObject() {
        String bucket = buckets.create();
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("presigned"));
        return bucket;
    }

    /** A GetObject URL for {@code k}, signed by the app, valid for {@code expiry}. */
    private URI presignedGet(String bucket, Duration expiry) {
        try (S3Presigner presigner = principals.presigner(Principals.APP)) {
            return URI.create(presigner
                    .presignGetObject(p -> p.signatureDuration(expiry)
                            .getObjectRequest(g -> g.bucket(bucket).key("k")))
                    .url()
                    .toExternalForm());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Test
    @AwsSource(
            rules = {"P23", "P24", "P31"},
            value = "API page sigv4-query-string-auth [Docs]; ls-s3 test_s3_presigned_url_expired [AWS-recorded]")
    void presignedGetWithinItsExpiryReturnsTheObject() {
        String bucket = bucketWithObject();

        RawRequests.Reply reply = RawRequests.get(presignedGet(bucket, Duration.ofMinutes(5)), Map.of());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("presigned");
    }

    @Test
    @AwsSource(
            rules = {"P26", "E41"},
            value = "ls-s3 test_s3_presigned_url_expired [AWS-recorded]")
    void expiredPresignedUrlIsAccessDeniedRequestHasExpired() {
        String bucket = bucketWithObject();
        URI url = presignedGet(bucket, Duration.ofSeconds(1));
        sleep(Duration.ofMillis(2500));

        RawRequests.Reply reply = RawRequests.get(url, Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("AccessDenied");
        assertThat(reply.message()).isEqualTo("Request has expired");
        assertThat(reply.element("X-Amz-Expires")).contains("1");
        assertThat(reply.element("Expires")).isPresent();
        assertThat(reply.element("ServerTime")).isPresent();
    }

    @Test
    @AwsSource(
            rules = {"P28", "E30"},
            value = "ls-s3 test_s3_put_presigned_url_with_different_headers [AWS-recorded]")
    void queryParameterAddedAfterSigningIsSignatureDoesNotMatch() {
        String bucket = bucketWithObject();
        URI url = presignedGet(bucket, Duration.ofMinutes(5));

        RawRequests.Reply reply = RawRequests.get(URI.create(url + "&response-content-type=text%2Fplain"), Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    @EmulatorOnly(reason = "moves the emulator's clock; AWS has one clock")
    @AwsSource(
            rules = {"P2", "P26"},
            value = "Design (two clocks); ls-s3 test_s3_presigned_url_expired [AWS-recorded]")
    void presignedExpiryFollowsRealTimeWhateverTheEmulatorClockSays(EmulatorClock clock) {
        String bucket = bucketWithObject();
        URI valid = presignedGet(bucket, Duration.ofMinutes(5));
        URI expiring = presignedGet(bucket, Duration.ofSeconds(1));
        sleep(Duration.ofMillis(2500));

        clock.advance(Duration.ofDays(365));
        RawRequests.Reply afterAYear = RawRequests.get(valid, Map.of());
        clock.set(Instant.now().minus(Duration.ofDays(1)));
        RawRequests.Reply stillExpired = RawRequests.get(expiring, Map.of());
        clock.useSystemTime();

        assertThat(afterAYear.status()).as(afterAYear.body()).isEqualTo(200);
        assertThat(stillExpired.status()).isEqualTo(403);
        assertThat(stillExpired.message()).isEqualTo("Request has expired");
    }

    @Test
    @EmulatorOnly(reason = "moves the emulator's clock; AWS has one clock")
    @AwsSource(
            rules = {"P2", "P14"},
            value = "Design (two clocks): the skew is measured on real time")
    void headerSignedRequestsStillAuthenticateAfterTheClockMovesAYear(EmulatorClock clock) {
        String bucket = bucketWithObject();

        clock.advance(Duration.ofDays(365));
        String read = app().getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String();
        clock.useSystemTime();

        assertThat(read).isEqualTo("presigned");
    }
}

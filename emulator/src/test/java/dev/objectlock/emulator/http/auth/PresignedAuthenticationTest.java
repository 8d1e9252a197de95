package dev.objectlock.emulator.http.auth;

import static dev.objectlock.emulator.http.auth.AuthAssert.authenticated;
import static dev.objectlock.emulator.http.auth.SdkSigning.REGION;
import static dev.objectlock.emulator.http.auth.SdkSigning.SIGNED_AT;
import static dev.objectlock.emulator.http.auth.SdkSigning.presign;
import static dev.objectlock.emulator.http.auth.SdkSigning.request;
import static dev.objectlock.emulator.http.auth.SdkSigning.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.presigner.PresignedRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Presigned URLs made by the AWS SDK v2 authenticate for as long as they say, and no longer
 * ([P.3], [P23]-[P31]).
 */
class PresignedAuthenticationTest {

    @ParameterizedTest
    @MethodSource("dev.objectlock.emulator.http.auth.HeaderAuthenticationTest#keys")
    void anyKey(String key) {
        AuthRequest url = presign(
                request(SdkHttpMethod.GET, "localhost:9000", "/b/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key)),
                SdkSigning.USER,
                Duration.ofMinutes(5));

        AuthResult.Authenticated<String> result =
                authenticated(verifierAt(SIGNED_AT.plusSeconds(299)).verify(url, REGION));

        assertThat(result.principal()).isEqualTo("app");
        assertThat(result.authType().conditionValue()).isEqualTo("REST-QUERY-STRING");
        assertThat(result.signedAt()).isEqualTo(SIGNED_AT);
        assertThat(result.payload()).isEqualTo(PayloadHash.unsigned());
        assertThat(url.header("authorization")).isNull();
    }

    @Test
    void aSubResourceWithAVersionIdVirtualHostStyle() {
        AuthRequest url = presign(
                request(SdkHttpMethod.PUT, "my-bucket.localhost:9000", "/a%20b")
                        .putRawQueryParameter("retention", (String) null)
                        .putRawQueryParameter("versionId", "x+y/z"),
                SdkSigning.USER,
                Duration.ofMinutes(1));

        authenticated(SdkSigning.verifier().verify(url, REGION));
    }

    @Test
    void aWeekIsTheLongestLifeAndIsAccepted() {
        // [P25]: the documented maximum is 604800 seconds; aws-sdk-js refuses only what exceeds it.
        AuthRequest url =
                presign(request(SdkHttpMethod.GET, "localhost:9000", "/b/k"), SdkSigning.USER, Duration.ofDays(7));

        assertThat(url.rawQuery()).contains("X-Amz-Expires=604800");
        authenticated(verifierAt(SIGNED_AT.plus(Duration.ofDays(7))).verify(url, REGION));
    }

    @Test
    void aRoleSessionSignsItsTokenIntoTheQuery() {
        // [P24]: X-Amz-Security-Token is a query parameter like the others, so it is signed.
        AuthRequest url = presign(
                request(SdkHttpMethod.GET, "localhost:9000", "/b/k"), SdkSigning.SESSION, Duration.ofMinutes(5));

        assertThat(url.rawQuery()).contains("X-Amz-Security-Token=");
        assertThat(authenticated(SdkSigning.verifier().verify(url, REGION)).principal())
                .isEqualTo("batch");
    }

    @Test
    void signedHeadersMustComeAlongAndUnsignedContentSha256IsTolerated() {
        // [P28]: x-amz-content-sha256 is exempt from the unsigned-header rule (LocalStack's AWS-validated snapshots).
        AuthRequest url = presign(
                request(SdkHttpMethod.PUT, "localhost:9000", "/b/k").putHeader("Content-Type", "text/csv"),
                SdkSigning.USER,
                Duration.ofMinutes(5));

        assertThat(url.rawQuery()).contains("X-Amz-SignedHeaders=content-type%3Bhost");
        authenticated(SdkSigning.verifier()
                .verify(SdkSigning.withHeader(url, "x-amz-content-sha256", PayloadHash.UNSIGNED_PAYLOAD), REGION));
    }

    @Test
    void theS3PresignerUrlsOfGetAndPutWorkOnTheRealClock() {
        // The presigner signs with the real clock; so does the verifier ([P2]).
        SignatureVerifier<String> verifier = new SignatureVerifier<>(SdkSigning.store(), Clock.systemUTC());
        try (S3Presigner presigner = presigner(AwsBasicCredentials.create(SdkSigning.KEY, SdkSigning.SECRET))) {
            PresignedRequest get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(10))
                    .getObjectRequest(r ->
                            r.bucket("reports").key("2025/q1 summary+final.csv").versionId("v1")));
            PresignedRequest put = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(10))
                    .putObjectRequest(r -> r.bucket("reports")
                            .key("\u00e9t\u00e9/(draft)!.csv")
                            .contentType("text/csv")
                            .metadata(Map.of("owner", "ops"))));

            assertThat(authenticated(verifier.verify(asReceived(get), REGION)).principal())
                    .isEqualTo("app");
            assertThat(authenticated(verifier.verify(asReceived(put), REGION)).principal())
                    .isEqualTo("app");
        }
        try (S3Presigner presigner = presigner(AwsSessionCredentials.create(
                SdkSigning.SESSION_KEY, SdkSigning.SESSION_SECRET, SdkSigning.SESSION_TOKEN))) {
            PresignedRequest get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(10))
                    .getObjectRequest(r -> r.bucket("reports").key("k")));
            // The fixed session of SdkSigning expires at SESSION_EXPIRES, long past; only the token
            // matters here, so look it up without expiry.
            SignatureVerifier<String> sessions = new SignatureVerifier<>(
                    id -> SdkSigning.store()
                            .find(id)
                            .map(c -> c.sessionToken() == null
                                    ? c
                                    : SigningCredential.session(
                                            c.secretAccessKey(), c.sessionToken(), null, c.principal())),
                    Clock.systemUTC());
            assertThat(authenticated(sessions.verify(asReceived(get), REGION)).principal())
                    .isEqualTo("batch");
        }
    }

    private static S3Presigner presigner(software.amazon.awssdk.auth.credentials.AwsCredentials credentials) {
        return S3Presigner.builder()
                .region(Region.of(REGION))
                .endpointOverride(URI.create("http://localhost:9000"))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    /** The URL as a server receives it, with the headers the presigner says must be sent. */
    private static AuthRequest asReceived(PresignedRequest presigned) {
        URL url = presigned.url();
        Map<String, List<String>> headers = presigned.signedHeaders();
        return new AuthRequest(presigned.httpRequest().method().name(), url.getPath(), url.getQuery(), headers);
    }
}

package dev.objectlock.emulator.http.auth;

import static dev.objectlock.emulator.http.auth.AuthAssert.authenticated;
import static dev.objectlock.emulator.http.auth.SdkSigning.REGION;
import static dev.objectlock.emulator.http.auth.SdkSigning.request;
import static dev.objectlock.emulator.http.auth.SdkSigning.sign;
import static dev.objectlock.emulator.http.auth.SdkSigning.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Requests signed in the Authorization header by the AWS SDK v2's signer authenticate: every key
 * shape S3 allows, path and virtual-host style, ports, sub-resource queries, header whitespace,
 * payload hashes and session tokens ([P.2], [P9]-[P12]).
 */
class HeaderAuthenticationTest {

    /** Keys whose encoding has broken S3 servers: spaces, unicode, '+', "!*'()", "//", dots, '%'. */
    static Stream<String> keys() {
        return Stream.of(
                "plain.txt",
                "with space.txt",
                "unicode/\u00fc\u00f1\u00ee/\u65e5\u672c.txt",
                "plus+sign+",
                "bang!star*quote'(paren)",
                "a//b/./c/../d",
                "trailing/",
                "100%25 literal%",
                "tilde~under_dash-.dot",
                "emoji \uD83D\uDE00",
                "query?hash#amp&eq=semi;comma,colon:at@dollar$",
                "tab\tnewline\n");
    }

    @ParameterizedTest
    @MethodSource("keys")
    void anyKeyPathStyle(String key) {
        AuthRequest signed = sign(
                request(SdkHttpMethod.GET, "localhost:9000", "/my-bucket/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key)));

        AuthResult.Authenticated<String> result = authenticated(verifier().verify(signed, REGION));

        assertThat(result.principal()).isEqualTo("app");
        assertThat(result.accessKeyId()).isEqualTo(SdkSigning.KEY);
        assertThat(result.region()).isEqualTo(REGION);
        assertThat(result.authType().conditionValue()).isEqualTo("REST-HEADER");
        assertThat(result.signedAt()).isEqualTo(SdkSigning.SIGNED_AT);
        assertThat(result.payload().kind()).isEqualTo(PayloadHash.Kind.UNSIGNED);
        assertThat(result.chunkVerifier()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void anyKeyVirtualHostStyle(String key) {
        AuthRequest signed = sign(
                request(SdkHttpMethod.PUT, "my-bucket.localhost:9000", "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key)));

        authenticated(verifier().verify(signed, REGION));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost:9000",
                "127.0.0.1:54321",
                "[::1]:9000",
                "s3.eu-central-1.amazonaws.com",
                "my.bucket.s3.eu-central-1.amazonaws.com:8443",
                "host.docker.internal:32768"
            })
    void hostIsSignedAsReceivedPortIncluded(String host) {
        AuthRequest signed = sign(request(SdkHttpMethod.HEAD, host, "/b/k"));

        assertThat(signed.header("host")).isEqualTo(host);
        authenticated(verifier().verify(signed, REGION));
    }

    static Stream<Arguments> subResourceQueries() {
        return Stream.of(
                Arguments.of("retention", null, "versionId", "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY"),
                Arguments.of("legal-hold", null, "versionId", "x"),
                Arguments.of("versions", null, "key-marker", "a b/c+d"),
                Arguments.of("list-type", "2", "prefix", "photos/2025/\u00e9t\u00e9 ~*'"),
                Arguments.of("uploads", null, "x-id", "CreateMultipartUpload"),
                Arguments.of("tagging", "", "versionId", "null"),
                Arguments.of("delimiter", "/", "encoding-type", "url"));
    }

    @ParameterizedTest
    @MethodSource("subResourceQueries")
    void subResourceQueriesAreSignedSortedAndEncoded(
            String first, String firstValue, String second, String secondValue) {
        AuthRequest signed = sign(request(SdkHttpMethod.PUT, "localhost:9000", "/b/a%20key")
                .putRawQueryParameter(second, secondValue)
                .putRawQueryParameter(first, firstValue));

        authenticated(verifier().verify(signed, REGION));
    }

    @Test
    void repeatedQueryParametersAreSortedByValue() {
        AuthRequest signed = sign(request(SdkHttpMethod.GET, "localhost:9000", "/b")
                .putRawQueryParameter("z", List.of("2", "10", "1"))
                .putRawQueryParameter("a", "x"));

        authenticated(verifier().verify(signed, REGION));
    }

    @Test
    void headerValuesAreTrimmedAndInnerSpacesCollapsedAndRepeatsJoined() {
        AuthRequest signed = sign(request(SdkHttpMethod.PUT, "localhost:9000", "/b/k")
                .putHeader("x-amz-meta-spaced", "  several   inner    spaces  ")
                .putHeader("x-amz-meta-repeated", List.of("one", " two "))
                .putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("x-amz-object-lock-mode", "GOVERNANCE")
                .putHeader("x-amz-bypass-governance-retention", "true"));

        authenticated(verifier().verify(signed, REGION));
    }

    @Test
    void aSignedPayloadHashIsKeptForTheBodyCheck() {
        byte[] body = "Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8);
        AuthRequest signed = sign(request(SdkHttpMethod.PUT, "localhost:9000", "/b/k"), SdkSigning.USER, body, s -> {});

        AuthResult.Authenticated<String> result = authenticated(verifier().verify(signed, REGION));

        assertThat(result.payload())
                .isEqualTo(new PayloadHash(
                        PayloadHash.Kind.SHA256, "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
        result.payload().checkBody(SigV4.sha256().digest(body));
    }

    @Test
    void aRoleSessionSignsWithItsToken() {
        // [P7]: x-amz-security-token travels as a signed header (aws/aws-cli#4356 shows it in CanonicalRequest).
        AuthRequest signed = sign(
                request(SdkHttpMethod.DELETE, "localhost:9000", "/b/k").putRawQueryParameter("versionId", "v1"),
                SdkSigning.SESSION,
                null,
                s -> {});

        assertThat(signed.header("x-amz-security-token")).isEqualTo(SdkSigning.SESSION_TOKEN);
        AuthResult.Authenticated<String> result = authenticated(verifier().verify(signed, REGION));
        assertThat(result.principal()).isEqualTo("batch");
    }

    @Test
    void noExpectedRegionAcceptsTheScopeRegion() {
        // [P16]: ListBuckets and CreateBucket have no bucket region to check against; the
        // signature is still computed with the region of the scope.
        AuthResult.Authenticated<String> result =
                authenticated(verifier().verify(sign(request(SdkHttpMethod.GET, "localhost:9000", "/")), null));

        assertThat(result.region()).isEqualTo(REGION);
    }

    @Test
    void theRawPathIsTriedWhenTheClientSignedCharactersUnencoded() {
        // [P10]: a client that leaves !*'() unencoded in the path signs them unencoded.
        AuthRequest signed = sign(request(SdkHttpMethod.GET, "localhost:9000", "/b/it's(1)!*.txt"));

        assertThat(signed.rawPath()).isEqualTo("/b/it's(1)!*.txt");
        assertThat(CanonicalRequest.uri(signed.rawPath())).isEqualTo("/b/it%27s%281%29%21%2A.txt");
        authenticated(verifier().verify(signed, REGION));
    }

    @Test
    void theDateHeaderDatesARequestWithoutXAmzDate() {
        // [P15] step 3, API reference sig-v4-header-based-auth: x-amz-date, or else Date; the
        // string to sign carries the time in X-Amz-Date's form.
        String canonical = "GET\n/b/k\n\ndate:Sun, 01 Jun 2025 12:00:00 GMT\nhost:localhost:9000\n"
                + "x-amz-content-sha256:UNSIGNED-PAYLOAD\n\ndate;host;x-amz-content-sha256\nUNSIGNED-PAYLOAD";
        String stringToSign = "AWS4-HMAC-SHA256\n20250601T120000Z\n20250601/" + REGION + "/s3/aws4_request\n"
                + SignedChunks.sha256Hex(canonical);
        String signature =
                SignedChunks.hmacHex(SignedChunks.signingKey(SdkSigning.SECRET, "20250601", REGION), stringToSign);
        AuthRequest request = new AuthRequest(
                "GET",
                "/b/k",
                "",
                Map.of(
                        "Host", List.of("localhost:9000"),
                        "Date", List.of("Sun, 01 Jun 2025 12:00:00 GMT"),
                        "x-amz-content-sha256", List.of("UNSIGNED-PAYLOAD"),
                        "Authorization",
                                List.of("AWS4-HMAC-SHA256 Credential=" + SdkSigning.KEY + "/20250601/" + REGION
                                        + "/s3/aws4_request, SignedHeaders=date;host;x-amz-content-sha256, Signature="
                                        + signature)));

        assertThat(authenticated(verifier().verify(request, REGION)).signedAt()).isEqualTo(SdkSigning.SIGNED_AT);
    }

    @ParameterizedTest
    @ValueSource(longs = {-900, -1, 0, 1, 900})
    void upToFifteenMinutesOfSkewEitherWayIsAccepted(long seconds) {
        // [P14]: more than 15 minutes between the request time and the real time is refused.
        AuthRequest signed = sign(request(SdkHttpMethod.GET, "localhost:9000", "/b/k"));

        authenticated(
                SdkSigning.verifierAt(SdkSigning.SIGNED_AT.plusSeconds(seconds)).verify(signed, REGION));
    }

    @ParameterizedTest
    @ValueSource(longs = {-901, 901})
    void aSecondMoreIsRefused(long seconds) {
        AuthRequest signed = sign(request(SdkHttpMethod.GET, "localhost:9000", "/b/k"));

        assertThat(SdkSigning.verifierAt(SdkSigning.SIGNED_AT.plusSeconds(seconds))
                        .verify(signed, REGION))
                .isInstanceOf(AuthResult.Refused.class);
    }

    @Test
    void anS3ControlRequestIsVerifiedTheSameWay() {
        // S3 Control signs with the signing name s3 (SDK model s3control), its path under /v20180820/.
        AuthRequest signed =
                sign(request(SdkHttpMethod.POST, "123456789012.localhost:9000", "/v20180820/jobs/id-1/status")
                        .putRawQueryParameter("requestedJobStatus", "Cancelled")
                        .putHeader("x-amz-account-id", "123456789012"));

        authenticated(verifier().verify(signed, REGION));
    }
}

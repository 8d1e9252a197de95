package dev.objectlock.emulator.http.auth;

import static dev.objectlock.emulator.http.auth.AuthAssert.details;
import static dev.objectlock.emulator.http.auth.AuthAssert.refused;
import static dev.objectlock.emulator.http.auth.SdkSigning.KEY;
import static dev.objectlock.emulator.http.auth.SdkSigning.REGION;
import static dev.objectlock.emulator.http.auth.SdkSigning.SIGNED_AT;
import static dev.objectlock.emulator.http.auth.SdkSigning.request;
import static dev.objectlock.emulator.http.auth.SdkSigning.sign;
import static dev.objectlock.emulator.http.auth.SdkSigning.withHeader;
import static dev.objectlock.emulator.http.auth.SdkSigning.withPath;
import static dev.objectlock.emulator.http.auth.SdkSigning.withQuery;
import static dev.objectlock.emulator.http.auth.SdkSigning.withoutHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Every way header authentication fails, as a decision table: the request (an SDK-signed one,
 * then spoiled), the real time, and S3's code, status, message and extra elements ([P.13],
 * [P.5]). {@code "*"} stands for a value not compared here.
 */
class HeaderAuthenticationErrorsTest {

    private static final String MISMATCH = "The request signature we calculated does not match the signature you "
            + "provided. Check your key and signing method.";
    private static final String[] MISMATCH_DETAILS = {
        "AWSAccessKeyId",
        KEY,
        "StringToSign",
        "*",
        "SignatureProvided",
        "*",
        "StringToSignBytes",
        "*",
        "CanonicalRequest",
        "*",
        "CanonicalRequestBytes",
        "*"
    };
    private static final String MALFORMED = "The authorization header is malformed; ";
    private static final String UNSUPPORTED =
            "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.";
    private static final String NOT_SIGNED = "There were headers present in the request which were not signed";

    record Case(
            String name,
            Supplier<AuthRequest> request,
            Instant realNow,
            String region,
            String code,
            int status,
            String message,
            String... details) {
        @Override
        public String toString() {
            return name;
        }
    }

    static AuthRequest base() {
        return sign(request(SdkHttpMethod.GET, "localhost:9000", "/b/k").putHeader("x-amz-meta-a", "1"));
    }

    static AuthRequest signedAs(AwsCredentialsIdentity identity) {
        return sign(request(SdkHttpMethod.GET, "localhost:9000", "/b/k"), identity, null, s -> {});
    }

    /** The base request with its Authorization header rewritten. */
    static Supplier<AuthRequest> authorization(String from, String to) {
        return () -> withHeader(
                base(), "authorization", base().header("authorization").replace(from, to));
    }

    static Case fails(
            String name, Supplier<AuthRequest> request, String code, int status, String message, String... details) {
        return new Case(name, request, SIGNED_AT.plusSeconds(5), REGION, code, status, message, details);
    }

    static Stream<Case> cases() {
        String credential = "Credential=" + KEY + "/20250601/" + REGION + "/s3/aws4_request";
        return Stream.of(
                // [E29, E30]: key and signature
                fails(
                        "unknown access key",
                        () -> signedAs(AwsCredentialsIdentity.create("AKIANOSUCHKEY0000000", "s")),
                        "InvalidAccessKeyId",
                        403,
                        "The AWS Access Key Id you provided does not exist in our records.",
                        "AWSAccessKeyId",
                        "AKIANOSUCHKEY0000000"),
                fails(
                        "wrong secret",
                        () -> signedAs(AwsCredentialsIdentity.create(KEY, "not-the-secret")),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "signed header changed",
                        () -> withHeader(base(), "x-amz-meta-a", "2"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "signed header removed",
                        () -> withoutHeader(base(), "x-amz-meta-a"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "query parameter appended",
                        () -> withQuery(base(), "versionId=v2"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "path changed",
                        () -> withPath(base(), "/b/other"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                // [E36]: 15 minutes either way, on the real clock
                new Case(
                        "16 minutes late",
                        HeaderAuthenticationErrorsTest::base,
                        SIGNED_AT.plus(Duration.ofMinutes(16)),
                        REGION,
                        "RequestTimeTooSkewed",
                        403,
                        "The difference between the request time and the current time is too large.",
                        "RequestTime",
                        "20250601T120000Z",
                        "ServerTime",
                        "2025-06-01T12:16:00Z",
                        "MaxAllowedSkewMilliseconds",
                        "900000"),
                new Case(
                        "16 minutes early",
                        HeaderAuthenticationErrorsTest::base,
                        SIGNED_AT.minus(Duration.ofMinutes(16)),
                        REGION,
                        "RequestTimeTooSkewed",
                        403,
                        "The difference between the request time and the current time is too large.",
                        "RequestTime",
                        "20250601T120000Z",
                        "ServerTime",
                        "2025-06-01T11:44:00Z",
                        "MaxAllowedSkewMilliseconds",
                        "900000"),
                // [E31]: wrong region ([P16]) and malformed parts
                new Case(
                        "wrong region",
                        HeaderAuthenticationErrorsTest::base,
                        SIGNED_AT,
                        "us-west-2",
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED + "the region '" + REGION + "' is wrong; expecting 'us-west-2'",
                        "Region",
                        "us-west-2"),
                fails(
                        "two components",
                        authorization(", SignedHeaders=", "; SignedHeaders="),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED
                                + "the authorization header requires three components: Credential, SignedHeaders, "
                                + "and Signature."),
                fails(
                        "empty signature",
                        () -> withHeader(
                                base(),
                                "authorization",
                                "AWS4-HMAC-SHA256 " + credential + ", SignedHeaders=host, Signature="),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED + "the authorization component \" Signature=\" is malformed."),
                fails(
                        "credential of four parts",
                        authorization("/s3/aws4_request", "/s3"),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED
                                + "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."),
                fails(
                        "other service",
                        authorization("/s3/aws4_request", "/ec2/aws4_request"),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED + "incorrect service \"ec2\". This endpoint belongs to \"s3\"."),
                fails(
                        "other terminal",
                        authorization("/aws4_request", "/aws5_request"),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED + "incorrect terminal \"aws5_request\". This endpoint uses \"aws4_request\"."),
                fails(
                        "credential date not a date",
                        authorization("/20250601/", "/20251301/"),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED + "incorrect date format \"20251301\". "
                                + "This date in the credential must be in the format \"yyyyMMdd\"."),
                fails(
                        "credential date of another day",
                        authorization("/20250601/", "/20250531/"),
                        "AuthorizationHeaderMalformed",
                        400,
                        MALFORMED + "Invalid credential date. Date is not the same as X-Amz-Date."),
                // [E37, E38]: mechanisms S3 refuses
                fails(
                        "SigV2 header",
                        () -> withHeader(base(), "authorization", "AWS " + KEY + ":bWq2s1WEIj+Ydj0vQ697zp+IXMU="),
                        "InvalidRequest",
                        400,
                        UNSUPPORTED),
                fails(
                        "SigV4a header",
                        authorization("AWS4-HMAC-SHA256 ", "AWS4-ECDSA-P256-SHA256 "),
                        "InvalidRequest",
                        400,
                        UNSUPPORTED),
                fails(
                        "other scheme",
                        () -> withHeader(base(), "authorization", "Bearer eyJhbGciOi"),
                        "InvalidArgument",
                        400,
                        "Unsupported Authorization Type",
                        "ArgumentName",
                        "Authorization",
                        "ArgumentValue",
                        "Bearer"),
                fails(
                        "scheme alone",
                        () -> withHeader(base(), "authorization", "AWS4-HMAC-SHA256"),
                        "InvalidArgument",
                        400,
                        "Authorization header is invalid -- one and only one ' ' (space) required.",
                        "ArgumentName",
                        "Authorization",
                        "ArgumentValue",
                        "AWS4-HMAC-SHA256"),
                // [E32]: no usable date
                fails(
                        "no date at all",
                        () -> withoutHeader(base(), "x-amz-date"),
                        "AccessDenied",
                        403,
                        "AWS authentication requires a valid Date or x-amz-date header"),
                fails(
                        "x-amz-date unreadable",
                        () -> withHeader(base(), "x-amz-date", "2025-06-01T12:00:00Z"),
                        "AccessDenied",
                        403,
                        "AWS authentication requires a valid Date or x-amz-date header"),
                // [E43, E33]: x-amz-content-sha256
                fails(
                        "no x-amz-content-sha256",
                        () -> withoutHeader(base(), "x-amz-content-sha256"),
                        "InvalidRequest",
                        400,
                        "Missing required header for this request: x-amz-content-sha256"),
                fails(
                        "x-amz-content-sha256 of no known form",
                        () -> withHeader(base(), "x-amz-content-sha256", "abc"),
                        "InvalidArgument",
                        400,
                        AuthErrors.invalidContentSha256("abc").getMessage(),
                        "ArgumentName",
                        "x-amz-content-sha256",
                        "ArgumentValue",
                        "abc"),
                fails(
                        "SigV4a streaming payload",
                        () -> withHeader(base(), "x-amz-content-sha256", "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD"),
                        "InvalidRequest",
                        400,
                        UNSUPPORTED),
                // [E42]: every x-amz-* header but x-amz-content-sha256 must be signed, and Host
                fails(
                        "x-amz header added after signing",
                        () -> withHeader(base(), "x-amz-meta-late", "1"),
                        "AccessDenied",
                        403,
                        NOT_SIGNED,
                        "HeadersNotSigned",
                        "x-amz-meta-late"),
                fails(
                        "two unsigned headers, sorted",
                        () -> withHeader(withHeader(base(), "x-amz-tagging", "a=b"), "X-Amz-Meta-B", "1"),
                        "AccessDenied",
                        403,
                        NOT_SIGNED,
                        "HeadersNotSigned",
                        "x-amz-meta-b, x-amz-tagging"),
                // [P7], [P8]: session tokens
                fails(
                        "temporary key without its token",
                        () -> withoutHeader(signedAs(SdkSigning.SESSION), "x-amz-security-token"),
                        "InvalidAccessKeyId",
                        403,
                        "The AWS Access Key Id you provided does not exist in our records.",
                        "AWSAccessKeyId",
                        SdkSigning.SESSION_KEY),
                fails(
                        "temporary key with another token",
                        () -> withHeader(signedAs(SdkSigning.SESSION), "x-amz-security-token", "forged"),
                        "InvalidToken",
                        400,
                        "The provided token is malformed or otherwise invalid.",
                        "Token-0",
                        "forged"),
                fails(
                        "expired session",
                        () -> signedAs(SdkSigning.EXPIRED_SESSION),
                        "ExpiredToken",
                        400,
                        "The provided token has expired.",
                        "Token-0",
                        SdkSigning.SESSION_TOKEN),
                fails(
                        "long-term key with a token",
                        () -> signedAs(AwsSessionCredentialsIdentity.create(KEY, SdkSigning.SECRET, "tok")),
                        "InvalidToken",
                        400,
                        "The provided token is malformed or otherwise invalid.",
                        "Token-0",
                        "tok"),
                // [E50] ([P30]) and SigV2 query auth ([P32])
                fails(
                        "Authorization and X-Amz-Algorithm",
                        () -> withQuery(base(), "X-Amz-Algorithm=AWS4-HMAC-SHA256"),
                        "InvalidArgument",
                        400,
                        "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                                + "parameter, Signature query string parameter or the Authorization header should be specified",
                        "ArgumentName",
                        "Authorization",
                        "ArgumentValue",
                        "*"),
                fails(
                        "Authorization and a SigV2 Signature parameter",
                        () -> withQuery(base(), "Signature=abc"),
                        "InvalidArgument",
                        400,
                        "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                                + "parameter, Signature query string parameter or the Authorization header should be specified",
                        "ArgumentName",
                        "Authorization",
                        "ArgumentValue",
                        "*"),
                fails(
                        "SigV2 presigned URL",
                        () -> withQuery(
                                withoutHeader(base(), "authorization"),
                                "AWSAccessKeyId=" + KEY
                                        + "&Expires=1735689600&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D"),
                        "InvalidRequest",
                        400,
                        UNSUPPORTED),
                // [P34]: anonymous requests cannot claim signed chunks
                fails(
                        "anonymous with signed chunks",
                        () -> withHeader(
                                withoutHeader(base(), "authorization"),
                                "x-amz-content-sha256",
                                "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"),
                        "InvalidRequest",
                        400,
                        "Anonymous requests don't support this x-amz-content-sha256 value. "
                                + "Please use UNSIGNED-PAYLOAD or STREAMING-UNSIGNED-PAYLOAD-TRAILER."),
                fails(
                        "anonymous with SigV4a chunks",
                        () -> withHeader(
                                withoutHeader(base(), "authorization"),
                                "x-amz-content-sha256",
                                "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER"),
                        "InvalidRequest",
                        400,
                        "Anonymous requests don't support this x-amz-content-sha256 value. "
                                + "Please use UNSIGNED-PAYLOAD or STREAMING-UNSIGNED-PAYLOAD-TRAILER."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithS3sError(Case c) {
        AuthResult<String> result =
                SdkSigning.verifierAt(c.realNow()).verify(c.request().get(), c.region());

        S3Exception error = refused(result, c.code(), c.status(), c.message());
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < c.details().length; i += 2) {
            expected.put(c.details()[i], c.details()[i + 1]);
        }
        Map<String, String> actual = details(error);
        assertThat(actual.keySet()).as("extra elements, in order").containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, value) -> {
            if (!value.equals("*")) {
                assertThat(actual.get(name)).as(name).isEqualTo(value);
            }
        });
    }
}

package dev.objectlock.emulator.http.auth;

import static dev.objectlock.emulator.http.auth.AuthAssert.details;
import static dev.objectlock.emulator.http.auth.AuthAssert.refused;
import static dev.objectlock.emulator.http.auth.SdkSigning.KEY;
import static dev.objectlock.emulator.http.auth.SdkSigning.REGION;
import static dev.objectlock.emulator.http.auth.SdkSigning.SIGNED_AT;
import static dev.objectlock.emulator.http.auth.SdkSigning.presign;
import static dev.objectlock.emulator.http.auth.SdkSigning.request;
import static dev.objectlock.emulator.http.auth.SdkSigning.withHeader;
import static dev.objectlock.emulator.http.auth.SdkSigning.withQuery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Every way a presigned URL fails, as a decision table ([P.3, P.13]: [E39]–[E42], [P23]-[P29]):
 * an SDK-presigned URL valid for 60 seconds, spoiled, and the real time it is used at.
 */
class PresignedAuthenticationErrorsTest {

    private static final String QUERY_PARAMETERS = "AuthorizationQueryParametersError";
    private static final String SIX_PARAMETERS = "Query-string authentication version 4 requires the X-Amz-Algorithm, "
            + "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.";
    private static final String CREDENTIAL = "Error parsing the X-Amz-Credential parameter; ";
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
    private static final String NOT_SIGNED = "There were headers present in the request which were not signed";

    record Case(
            String name,
            Supplier<AuthRequest> request,
            Instant realNow,
            String code,
            int status,
            String message,
            String... details) {
        @Override
        public String toString() {
            return name;
        }
    }

    static AuthRequest url() {
        return presign(request(SdkHttpMethod.GET, "localhost:9000", "/b/k"), SdkSigning.USER, Duration.ofSeconds(60));
    }

    /** The URL with one query parameter replaced (or removed, when {@code to} is null). */
    static Supplier<AuthRequest> param(String name, String to) {
        return () -> {
            StringBuilder query = new StringBuilder();
            for (String part : url().rawQuery().split("&")) {
                String value = part.startsWith(name + "=") ? (to == null ? null : name + "=" + to) : part;
                if (value != null) {
                    query.append(query.length() == 0 ? "" : "&").append(value);
                }
            }
            return withQuery(url(), query.toString());
        };
    }

    static Case fails(
            String name, Supplier<AuthRequest> request, String code, int status, String message, String... details) {
        return new Case(name, request, SIGNED_AT.plusSeconds(5), code, status, message, details);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // [E39] ([P23])
                fails("no X-Amz-Algorithm", param("X-Amz-Algorithm", null), QUERY_PARAMETERS, 400, SIX_PARAMETERS),
                fails("no X-Amz-Credential", param("X-Amz-Credential", null), QUERY_PARAMETERS, 400, SIX_PARAMETERS),
                fails("no X-Amz-Date", param("X-Amz-Date", null), QUERY_PARAMETERS, 400, SIX_PARAMETERS),
                fails("no X-Amz-Expires", param("X-Amz-Expires", null), QUERY_PARAMETERS, 400, SIX_PARAMETERS),
                fails(
                        "no X-Amz-SignedHeaders",
                        param("X-Amz-SignedHeaders", null),
                        QUERY_PARAMETERS,
                        400,
                        SIX_PARAMETERS),
                fails("no X-Amz-Signature", param("X-Amz-Signature", null), QUERY_PARAMETERS, 400, SIX_PARAMETERS),
                fails("empty X-Amz-Signature", param("X-Amz-Signature", ""), QUERY_PARAMETERS, 400, SIX_PARAMETERS),
                fails(
                        "another algorithm",
                        param("X-Amz-Algorithm", "AWS4-HMAC-SHA1"),
                        QUERY_PARAMETERS,
                        400,
                        "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256 and AWS4-ECDSA-P256-SHA256\""),
                fails(
                        "SigV4a",
                        param("X-Amz-Algorithm", "AWS4-ECDSA-P256-SHA256"),
                        "InvalidRequest",
                        400,
                        "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256."),
                // [P29]
                fails(
                        "credential mal-formed",
                        param("X-Amz-Credential", KEY + "%2F20250601%2F" + REGION + "%2Fs3"),
                        QUERY_PARAMETERS,
                        400,
                        CREDENTIAL
                                + "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."),
                fails(
                        "credential double-encoded",
                        param("X-Amz-Credential", KEY + "%252F20250601%252F" + REGION + "%252Fs3%252Faws4_request"),
                        QUERY_PARAMETERS,
                        400,
                        CREDENTIAL
                                + "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."),
                fails(
                        "credential of another region",
                        param("X-Amz-Credential", KEY + "%2F20250601%2Fus-east-1%2Fs3%2Faws4_request"),
                        QUERY_PARAMETERS,
                        400,
                        CREDENTIAL + "the region 'us-east-1' is wrong; expecting '" + REGION + "'"),
                fails(
                        "credential of another service",
                        param("X-Amz-Credential", KEY + "%2F20250601%2F" + REGION + "%2Fiam%2Faws4_request"),
                        QUERY_PARAMETERS,
                        400,
                        CREDENTIAL + "incorrect service \"iam\". This endpoint belongs to \"s3\"."),
                fails(
                        "credential of another day",
                        param("X-Amz-Credential", KEY + "%2F20250602%2F" + REGION + "%2Fs3%2Faws4_request"),
                        QUERY_PARAMETERS,
                        400,
                        "Invalid credential date \"20250602\". This date is not the same as X-Amz-Date: \"20250601\"."),
                fails(
                        "X-Amz-Date unreadable",
                        param("X-Amz-Date", "2025-06-01T12%3A00%3A00Z"),
                        QUERY_PARAMETERS,
                        400,
                        "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""),
                // [P25]: X-Amz-Expires
                fails(
                        "X-Amz-Expires over a week",
                        param("X-Amz-Expires", "604801"),
                        QUERY_PARAMETERS,
                        400,
                        "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be "
                                + "less than 604800 seconds"),
                fails(
                        "X-Amz-Expires huge",
                        param("X-Amz-Expires", "99999999999999999999"),
                        QUERY_PARAMETERS,
                        400,
                        "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be "
                                + "less than 604800 seconds"),
                fails(
                        "X-Amz-Expires not a number",
                        param("X-Amz-Expires", "1h"),
                        QUERY_PARAMETERS,
                        400,
                        "X-Amz-Expires should be a number"),
                fails(
                        "X-Amz-Expires negative",
                        param("X-Amz-Expires", "-1"),
                        QUERY_PARAMETERS,
                        400,
                        "X-Amz-Expires must be non-negative"),
                // [E41] ([P26]): expiry on the real clock, elements in AWS's order
                new Case(
                        "used a second too late",
                        PresignedAuthenticationErrorsTest::url,
                        SIGNED_AT.plusSeconds(61),
                        "AccessDenied",
                        403,
                        "Request has expired",
                        "X-Amz-Expires",
                        "60",
                        "Expires",
                        "2025-06-01T12:01:00Z",
                        "ServerTime",
                        "2025-06-01T12:01:01Z"),
                new Case(
                        "used a year later",
                        PresignedAuthenticationErrorsTest::url,
                        SIGNED_AT.plus(Duration.ofDays(365)),
                        "AccessDenied",
                        403,
                        "Request has expired",
                        "X-Amz-Expires",
                        "60",
                        "Expires",
                        "2025-06-01T12:01:00Z",
                        "ServerTime",
                        "2026-06-01T12:00:00Z"),
                fails(
                        "valid for zero seconds",
                        param("X-Amz-Expires", "0"),
                        "AccessDenied",
                        403,
                        "Request has expired",
                        "X-Amz-Expires",
                        "0",
                        "Expires",
                        "2025-06-01T12:00:00Z",
                        "ServerTime",
                        "2025-06-01T12:00:05Z"),
                new Case(
                        "dated in the future",
                        PresignedAuthenticationErrorsTest::url,
                        SIGNED_AT.minusSeconds(1),
                        "AccessDenied",
                        403,
                        "Request is not valid yet"),
                // [E29], [P8], [P27]
                fails(
                        "unknown key",
                        () -> presign(
                                request(SdkHttpMethod.GET, "localhost:9000", "/b/k"),
                                AwsCredentialsIdentity.create("AKIANOSUCHKEY0000000", "x"),
                                Duration.ofSeconds(60)),
                        "InvalidAccessKeyId",
                        403,
                        "The AWS Access Key Id you provided does not exist in our records.",
                        "AWSAccessKeyId",
                        "AKIANOSUCHKEY0000000"),
                fails(
                        "session expired before the URL",
                        () -> presign(
                                request(SdkHttpMethod.GET, "localhost:9000", "/b/k"),
                                SdkSigning.EXPIRED_SESSION,
                                Duration.ofDays(7)),
                        "ExpiredToken",
                        400,
                        "The provided token has expired.",
                        "Token-0",
                        SdkSigning.SESSION_TOKEN),
                // [E42] ([P28])
                fails(
                        "x-amz header not signed",
                        () -> withHeader(url(), "x-amz-meta-owner", "me"),
                        "AccessDenied",
                        403,
                        NOT_SIGNED,
                        "HeadersNotSigned",
                        "x-amz-meta-owner"),
                fails(
                        "a signed parameter repeated as a header",
                        () -> withHeader(withHeader(url(), "x-amz-expires", "60"), "x-amz-date", "20250601T120000Z"),
                        "AccessDenied",
                        403,
                        NOT_SIGNED,
                        "HeadersNotSigned",
                        "x-amz-date, x-amz-expires"),
                // [E30]
                fails(
                        "wrong secret",
                        () -> presign(
                                request(SdkHttpMethod.GET, "localhost:9000", "/b/k"),
                                AwsCredentialsIdentity.create(KEY, "wrong"),
                                Duration.ofSeconds(60)),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "parameter appended after signing",
                        () -> withQuery(url(), url().rawQuery() + "&versionId=v1"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "X-Amz-Expires lengthened",
                        param("X-Amz-Expires", "3600"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS),
                fails(
                        "signed Content-Type changed",
                        () -> withHeader(
                                presign(
                                        request(SdkHttpMethod.PUT, "localhost:9000", "/b/k")
                                                .putHeader("Content-Type", "text/csv"),
                                        SdkSigning.USER,
                                        Duration.ofSeconds(60)),
                                "content-type",
                                "text/html"),
                        "SignatureDoesNotMatch",
                        403,
                        MISMATCH,
                        MISMATCH_DETAILS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithS3sError(Case c) {
        S3Exception error = refused(
                SdkSigning.verifierAt(c.realNow()).verify(c.request().get(), REGION),
                c.code(),
                c.status(),
                c.message());

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

    @Test
    void theMismatchShowsTheCanonicalRequestWithoutTheSignatureAndWithUnsignedPayload() {
        // [P24]: every parameter but X-Amz-Signature is signed; the payload hash is UNSIGNED-PAYLOAD.
        S3Exception error = refused(
                SdkSigning.verifier().verify(param("X-Amz-Expires", "3600").get(), REGION),
                "SignatureDoesNotMatch",
                403,
                MISMATCH);

        assertThat(details(error).get("CanonicalRequest"))
                .isEqualTo("GET\n/b/k\n"
                        + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + KEY + "%2F20250601%2F" + REGION
                        + "%2Fs3%2Faws4_request&X-Amz-Date=20250601T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                        + "host:localhost:9000\n\nhost\nUNSIGNED-PAYLOAD");
        assertThat(details(error).get("StringToSign"))
                .startsWith("AWS4-HMAC-SHA256\n20250601T120000Z\n20250601/" + REGION + "/s3/aws4_request\n");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 59, 60})
    void validUpToTheLastSecond(long secondsAfterSigning) {
        AuthResult<String> result = SdkSigning.verifierAt(SIGNED_AT.plusSeconds(secondsAfterSigning))
                .verify(url(), REGION);

        assertThat(result).isInstanceOf(AuthResult.Authenticated.class);
    }
}

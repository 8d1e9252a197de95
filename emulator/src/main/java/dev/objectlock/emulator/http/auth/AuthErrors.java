package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The authentication errors of [P.13] ([E29]–[E46], [E50]) with the extra elements S3 puts in their
 * {@code <Error>} document ([P.5]), in AWS's order. Sources per error: "AWS-recorded" means a
 * raw S3 reply quoted in a public issue thread; "vgw" means versitygw's copy of AWS's texts.
 */
public final class AuthErrors {

    /** [P14]: a request more than 15 minutes away from the server's real time is refused. */
    public static final long MAX_SKEW_MILLIS = 900_000;

    private static final String MALFORMED = "The authorization header is malformed; ";
    private static final String DENIED_UNSIGNED = "There were headers present in the request which were not signed";

    private AuthErrors() {}

    /** [E30], with what the server computed: that is how AWS lets clients debug (aws/aws-cli#4356). */
    public static S3Exception signatureDoesNotMatch(
            String accessKeyId, String stringToSign, String signatureProvided, String canonicalRequest) {
        return S3Exception.of(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH)
                .with("AWSAccessKeyId", accessKeyId)
                .with("StringToSign", stringToSign)
                .with("SignatureProvided", signatureProvided)
                .with("StringToSignBytes", SigV4.spacedHex(stringToSign))
                .with("CanonicalRequest", canonicalRequest)
                .with("CanonicalRequestBytes", SigV4.spacedHex(canonicalRequest));
    }

    /** [E29] (raster-foundry/raster-foundry#289). */
    public static S3Exception invalidAccessKeyId(String accessKeyId) {
        return S3Exception.of(S3ErrorCode.INVALID_ACCESS_KEY_ID).with("AWSAccessKeyId", accessKeyId);
    }

    /** [E36] (versity/versitygw#1514): the request time as sent, the server's in ISO form. */
    public static S3Exception requestTimeTooSkewed(String requestTime, Instant serverTime) {
        return S3Exception.of(S3ErrorCode.REQUEST_TIME_TOO_SKEWED)
                .with("RequestTime", requestTime)
                .with("ServerTime", iso(serverTime))
                .with("MaxAllowedSkewMilliseconds", Long.toString(MAX_SKEW_MILLIS));
    }

    /** [E31] for a malformed part; {@code detail} completes "The authorization header is malformed; ...". */
    public static S3Exception headerMalformed(String detail) {
        return S3Exception.of(S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED, MALFORMED + detail);
    }

    /** [E31] for a scope naming another region than the bucket's ([P16], jsoma/flatware#10). */
    public static S3Exception wrongRegion(String region, String expected) {
        return headerMalformed("the region '" + region + "' is wrong; expecting '" + expected + "'")
                .with("Region", expected);
    }

    /** [E39, E40] and the other presigned-parameter errors ([P23]-[P29]). */
    public static S3Exception queryParametersError(String message) {
        return S3Exception.of(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR, message);
    }

    /** [E41] ([P26], LocalStack's AWS-validated snapshot): no final period, elements in this order. */
    public static S3Exception requestExpired(long expiresSeconds, Instant expiresAt, Instant serverTime) {
        return S3Exception.of(S3ErrorCode.ACCESS_DENIED, "Request has expired")
                .with("X-Amz-Expires", Long.toString(expiresSeconds))
                .with("Expires", iso(expiresAt))
                .with("ServerTime", iso(serverTime));
    }

    /** A presigned URL dated in the future ([P26], vgw). */
    public static S3Exception notValidYet() {
        return S3Exception.of(S3ErrorCode.ACCESS_DENIED, "Request is not valid yet");
    }

    /** [E42] ([P28]): the offending names lower-case, sorted, joined with ", ". */
    public static S3Exception headersNotSigned(List<String> names) {
        return S3Exception.of(S3ErrorCode.ACCESS_DENIED, DENIED_UNSIGNED)
                .with("HeadersNotSigned", String.join(", ", names));
    }

    /** [E44] ([P8]; aws/aws-sdk-js#4129 shows the token echoed as Token-0). */
    public static S3Exception invalidToken(String token) {
        return S3Exception.of(S3ErrorCode.INVALID_TOKEN).with("Token-0", token);
    }

    /** [E45] ([P8], craftcms/aws-s3#182). */
    public static S3Exception expiredToken(String token) {
        return S3Exception.of(S3ErrorCode.EXPIRED_TOKEN).with("Token-0", token);
    }

    /** [E32] (hubrick/vertx-s3-client#5). */
    public static S3Exception missingDate() {
        return S3Exception.of(
                S3ErrorCode.ACCESS_DENIED, "AWS authentication requires a valid Date or x-amz-date header");
    }

    /** [E43] (avi-wish/aws4-signature-php#1). */
    public static S3Exception missingContentSha256() {
        return S3Exception.invalidRequest("Missing required header for this request: x-amz-content-sha256");
    }

    /** [E33] (vgw). */
    public static S3Exception invalidContentSha256(String value) {
        return S3Exception.invalidArgument(
                "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, "
                        + "STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, "
                        + "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, "
                        + "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.",
                "x-amz-content-sha256",
                value);
    }

    /** [E34] (postmanlabs/postman-app-support#3680): what the client claimed and what was read. */
    public static S3Exception contentSha256Mismatch(String clientComputed, String s3Computed) {
        return S3Exception.of(S3ErrorCode.X_AMZ_CONTENT_SHA256_MISMATCH)
                .with("ClientComputedContentSHA256", clientComputed)
                .with("S3ComputedContentSHA256", s3Computed);
    }

    /** [P22] (vgw): a streaming x-amz-content-sha256 on an operation other than PutObject or UploadPart. */
    public static S3Exception streamingNotAllowed() {
        return S3Exception.invalidRequest("The value of x-amz-content-sha256 header is invalid.");
    }

    /** [E37] ([P32], stevearc/pypicloud#248): SigV2, and SigV4a which the emulator does not verify. */
    public static S3Exception unsupportedMechanism() {
        return S3Exception.invalidRequest(
                "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.");
    }

    /** [E38] ([P35], vgw): an Authorization scheme S3 does not know. */
    public static S3Exception unsupportedAuthorizationType(String scheme) {
        return S3Exception.invalidArgument("Unsupported Authorization Type", "Authorization", scheme);
    }

    /** An Authorization header without the space after the scheme (vgw). */
    public static S3Exception authorizationNeedsOneSpace(String value) {
        return S3Exception.invalidArgument(
                "Authorization header is invalid -- one and only one ' ' (space) required.", "Authorization", value);
    }

    /** [E50] ([P30]; full text AWS-recorded in catalyst/moodle-tool_objectfs#303 and terrapod#1077). */
    public static S3Exception onlyOneMechanism(String authorization) {
        return S3Exception.invalidArgument(
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                        + "Signature query string parameter or the Authorization header should be specified",
                "Authorization",
                authorization);
    }

    /** [P34] (vgw). */
    public static S3Exception anonymousStreaming() {
        return S3Exception.invalidRequest("Anonymous requests don't support this x-amz-content-sha256 value. "
                + "Please use UNSIGNED-PAYLOAD or STREAMING-UNSIGNED-PAYLOAD-TRAILER.");
    }

    /** [E46] ([P19], vgw): {@code chunk} counts from 1 and names the short chunk that was not the last. */
    public static S3Exception invalidChunkSize(int chunk, long size) {
        return S3Exception.of(S3ErrorCode.INVALID_CHUNK_SIZE)
                .with("Chunk", Integer.toString(chunk))
                .with("BadChunkSize", Long.toString(size));
    }

    /** A signed-trailer body whose trailer lacks its signature ([P20], vgw). */
    public static S3Exception malformedTrailer() {
        return S3Exception.of(S3ErrorCode.MALFORMED_TRAILER);
    }

    /** "2018-03-29T11:17:34Z": whole seconds, as AWS writes ServerTime and Expires. */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.auth.AuthResult.AuthType;
import dev.objectlock.emulator.http.auth.AuthResult.Authenticated;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * SigV4 in the query string, a presigned URL ([P.3]; API reference sigv4-query-string-auth):
 * the six parameters, the credential, the date, X-Amz-Expires and the validity window on the real
 * clock, key and token, unsigned headers, then the signature over every parameter but
 * X-Amz-Signature with the payload hash UNSIGNED-PAYLOAD ([P24]). No 15-minute skew check: only
 * expiry applies ([P26]).
 */
final class PresignedAuthentication<P> {

    static final String ALGORITHM = "X-Amz-Algorithm";
    static final String CREDENTIAL = "X-Amz-Credential";
    static final String DATE = "X-Amz-Date";
    static final String EXPIRES = "X-Amz-Expires";
    static final String SIGNED_HEADERS = "X-Amz-SignedHeaders";
    static final String SIGNATURE = "X-Amz-Signature";
    static final String SECURITY_TOKEN = "X-Amz-Security-Token";
    /** The parameters whose presence makes a request query-authenticated. */
    static final List<String> PARAMETERS = List.of(ALGORITHM, CREDENTIAL, DATE, EXPIRES, SIGNED_HEADERS, SIGNATURE);

    /** [P25]: the longest a presigned URL may live, seven days; exactly 604800 is accepted. */
    private static final long MAX_EXPIRES_SECONDS = 604_800;

    private final CredentialLookup<P> keys;
    private final Clock realClock;

    PresignedAuthentication(CredentialLookup<P> keys, Clock realClock) {
        this.keys = keys;
        this.realClock = realClock;
    }

    /** @throws S3Exception the first check that fails */
    Authenticated<P> authenticate(AuthRequest request, List<QueryParameter> query, String expectedRegion) {
        String algorithm = QueryParameter.find(query, ALGORITHM);
        if ("AWS4-ECDSA-P256-SHA256".equals(algorithm)) {
            throw AuthErrors.unsupportedMechanism();
        }
        for (String name : PARAMETERS) {
            String value = QueryParameter.find(query, name);
            if (value == null || value.isEmpty()) {
                // [E39] (LocalStack's AWS-validated test_s3_put_presigned_url_missing_sig_param)
                throw S3Exception.of(S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR);
            }
        }
        for (String name : PARAMETERS) {
            // Which of two signatures or dates would count is a guess; refuse both [R57].
            if (query.stream().filter(p -> p.name().equals(name)).count() > 1) {
                throw AuthErrors.queryParametersError(name + " must be given only once");
            }
        }
        if (!algorithm.equals(SigV4.ALGORITHM)) {
            throw AuthErrors.queryParametersError(
                    "X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256 and " + "AWS4-ECDSA-P256-SHA256\"");
        }
        CredentialScope scope =
                CredentialScope.parse(QueryParameter.find(query, CREDENTIAL), CredentialScope.Source.QUERY);
        String amzDate = QueryParameter.find(query, DATE);
        Instant signedAt = SigV4.parseAmzDate(amzDate);
        if (signedAt == null) {
            throw AuthErrors.queryParametersError(
                    "X-Amz-Date must be in the ISO8601 Long Format " + "\"yyyyMMdd'T'HHmmss'Z'\"");
        }
        scope.check(amzDate.substring(0, 8), expectedRegion, CredentialScope.Source.QUERY);
        long expires = expires(QueryParameter.find(query, EXPIRES));
        Instant now = realClock.instant();
        if (signedAt.isAfter(now)) {
            throw AuthErrors.notValidYet();
        }
        Instant expiresAt = signedAt.plusSeconds(expires);
        // Zero seconds is a URL that was never valid ([P.14]: treat it as expired).
        if (expires == 0 || now.isAfter(expiresAt)) {
            throw AuthErrors.requestExpired(expires, expiresAt, now);
        }
        SigningCredential<P> credential =
                keys.find(scope.accessKeyId(), QueryParameter.find(query, SECURITY_TOKEN), now);
        List<String> signedHeaders = AuthorizationHeader.names(QueryParameter.find(query, SIGNED_HEADERS));
        RequestSignature.requireSigned(request, signedHeaders);
        byte[] key = SigningKeys.of(credential.secretAccessKey(), scope.date(), scope.region(), scope.service());
        RequestSignature.verify(
                new RequestSignature.Signed(request, query, SIGNATURE, signedHeaders, PayloadHash.UNSIGNED_PAYLOAD),
                new RequestSignature.Signing(scope.accessKeyId(), amzDate, scope, key),
                QueryParameter.find(query, SIGNATURE));
        return new Authenticated<>(
                credential.principal(),
                scope.accessKeyId(),
                scope.region(),
                AuthType.REST_QUERY_STRING,
                signedAt,
                PayloadHash.unsigned(),
                null);
    }

    /**
     * [P25]: whole seconds up to a week; the texts are AWS-recorded (bryanjos/aws_auth#31,
     * minio/minio-js#1312) except "non-negative" (vgw).
     */
    private static long expires(String value) {
        if (!value.matches("-?[0-9]+")) {
            throw AuthErrors.queryParametersError("X-Amz-Expires should be a number");
        }
        if (value.startsWith("-")) {
            throw AuthErrors.queryParametersError("X-Amz-Expires must be non-negative");
        }
        if (value.length() > 7 || Long.parseLong(value) > MAX_EXPIRES_SECONDS) {
            throw AuthErrors.queryParametersError("X-Amz-Expires must be less than a week (in seconds); that is, "
                    + "the given X-Amz-Expires must be less than 604800 seconds");
        }
        return Long.parseLong(value);
    }
}

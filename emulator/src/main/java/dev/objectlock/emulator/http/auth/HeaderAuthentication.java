package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.http.auth.AuthResult.AuthType;
import dev.objectlock.emulator.http.auth.AuthResult.Authenticated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * SigV4 in the Authorization header ([P.2]; API reference sig-v4-header-based-auth), checked in
 * the order of [P15]: scheme, parts, date, skew, scope, key and token, x-amz-content-sha256,
 * signature. The body (its hash or its chunk signatures) is checked later, while it is read.
 */
final class HeaderAuthentication<P> {

    private final CredentialLookup<P> keys;
    private final Clock realClock;

    HeaderAuthentication(CredentialLookup<P> keys, Clock realClock) {
        this.keys = keys;
        this.realClock = realClock;
    }

    /** @throws dev.objectlock.emulator.domain.error.S3Exception the first check that fails */
    Authenticated<P> authenticate(
            AuthRequest request, List<QueryParameter> query, String authorization, String expectedRegion) {
        AuthorizationHeader header = AuthorizationHeader.parse(authorization);
        RequestDate date = RequestDate.of(request);
        Instant now = realClock.instant();
        if (Duration.between(date.instant(), now).abs().toMillis() > AuthErrors.MAX_SKEW_MILLIS) {
            throw AuthErrors.requestTimeTooSkewed(date.sent(), now);
        }
        CredentialScope scope = header.credential();
        scope.check(date.amzDate().substring(0, 8), expectedRegion, CredentialScope.Source.HEADER);
        SigningCredential<P> credential = keys.find(scope.accessKeyId(), request.header("x-amz-security-token"), now);
        String contentSha256 = request.header("x-amz-content-sha256");
        if (contentSha256 == null) {
            throw AuthErrors.missingContentSha256();
        }
        PayloadHash payload = PayloadHash.parse(contentSha256);
        RequestSignature.requireSigned(request, header.signedHeaders());
        byte[] key = SigningKeys.of(credential.secretAccessKey(), scope.date(), scope.region(), scope.service());
        String canonical = RequestSignature.verify(
                new RequestSignature.Signed(request, query, null, header.signedHeaders(), payload.value()),
                new RequestSignature.Signing(scope.accessKeyId(), date.amzDate(), scope, key),
                header.signature());
        ChunkSeed seed = !payload.hasSignedChunks()
                ? null
                : new ChunkSeed(
                        scope.accessKeyId(),
                        date.amzDate(),
                        scope.scope(),
                        key,
                        header.signature(),
                        canonical,
                        payload.kind() == PayloadHash.Kind.STREAMING_SIGNED_TRAILER);
        return new Authenticated<>(
                credential.principal(),
                scope.accessKeyId(),
                scope.region(),
                AuthType.REST_HEADER,
                date.instant(),
                payload,
                seed);
    }

    /**
     * The request time: x-amz-date, or else the Date header ([P15] step 3, [E32]).
     *
     * @param sent    the header value as sent, echoed by RequestTimeTooSkewed
     * @param amzDate the time in X-Amz-Date form, the string to sign's second line
     */
    record RequestDate(String sent, Instant instant, String amzDate) {

        static RequestDate of(AuthRequest request) {
            String amz = request.header("x-amz-date");
            if (amz != null) {
                Instant instant = SigV4.parseAmzDate(amz);
                if (instant == null) {
                    throw AuthErrors.missingDate();
                }
                return new RequestDate(amz, instant, amz);
            }
            String http = request.header("date");
            Instant instant = http == null ? null : SigV4.parseHttpDate(http);
            if (instant == null) {
                throw AuthErrors.missingDate();
            }
            return new RequestDate(http, instant, SigV4.amzDate(instant));
        }
    }
}

package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Authenticates a request as S3 does ([P.2]–[P.5]): tells which mechanism it uses, refuses the
 * ones S3 refuses, and verifies Signature Version 4 in the Authorization header or in a presigned
 * URL. It decides who signed, not what they may do: authorisation comes after, with the
 * principal it answers.
 *
 * <p>Time: request freshness, presigned expiry and session expiry are judged on the real clock
 * given here, never on the emulator's movable clock ([P2]): clients sign with their own real
 * clock, so a test that moves the emulator a year ahead must still authenticate.
 *
 * @param <P> the caller's principal type (see {@link CredentialStore})
 */
public final class SignatureVerifier<P> {

    private final HeaderAuthentication<P> header;
    private final PresignedAuthentication<P> presigned;

    /** @param realClock the wall clock ({@code Clock.systemUTC()}); tests may fix it */
    public SignatureVerifier(CredentialStore<P> credentials, Clock realClock) {
        CredentialLookup<P> keys = new CredentialLookup<>(Objects.requireNonNull(credentials, "credentials"));
        this.header = new HeaderAuthentication<>(keys, Objects.requireNonNull(realClock, "realClock"));
        this.presigned = new PresignedAuthentication<>(keys, realClock);
    }

    /**
     * @param expectedRegion the region the request must be signed for: the bucket's, or the
     *                       emulator's for requests without a bucket ([P16]); null accepts any
     *                       (the signature is still computed with the scope's region)
     */
    public AuthResult<P> verify(AuthRequest request, String expectedRegion) {
        try {
            return authenticate(request, expectedRegion);
        } catch (S3Exception e) {
            return new AuthResult.Refused<>(e);
        }
    }

    private AuthResult<P> authenticate(AuthRequest request, String expectedRegion) {
        List<QueryParameter> query = QueryParameter.parse(request.rawQuery());
        String authorization = request.header("authorization");
        boolean sigV2Query = QueryParameter.has(query, "Signature") || QueryParameter.has(query, "AWSAccessKeyId");
        if (authorization != null) {
            // [E50] ([P30]): AWS names the two query parameters in its message and checks them first.
            if (QueryParameter.has(query, PresignedAuthentication.ALGORITHM)
                    || QueryParameter.has(query, "Signature")) {
                throw AuthErrors.onlyOneMechanism(authorization);
            }
            return header.authenticate(request, query, authorization, expectedRegion);
        }
        if (sigV2Query) {
            throw AuthErrors.unsupportedMechanism();
        }
        for (String parameter : PresignedAuthentication.PARAMETERS) {
            if (QueryParameter.has(query, parameter)) {
                return presigned.authenticate(request, query, expectedRegion);
            }
        }
        return new AuthResult.Anonymous<>(PayloadHash.forAnonymous(request.header("x-amz-content-sha256")));
    }
}

package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Principal;
import dev.objectlock.emulator.http.auth.AuthResult;
import dev.objectlock.emulator.http.auth.PayloadHash;
import dev.objectlock.emulator.http.auth.SignatureVerifier;
import dev.objectlock.emulator.http.auth.SigningCredential;
import dev.objectlock.emulator.http.body.BodyCheck;
import dev.objectlock.emulator.http.body.ChunkSignatureListener;
import java.time.Clock;
import java.util.Optional;

/**
 * Secured mode's authentication: the request's SigV4 signature (Authorization header or presigned
 * URL) is verified with the secret of the access key it names, taken from the identities in force
 * ([P3], [P7]). Freshness and presigned expiry are judged on the real clock given here, never on the
 * emulator's movable one ([P2]): a test that moves the clock a year ahead still authenticates.
 *
 * <p>The request body is not read here: the {@link BodyCheck} returned with the caller holds it, once
 * read, to the hex {@code x-amz-content-sha256} the signature names ([P9] E34), and verifies the
 * chunk and trailer signatures of a signed aws-chunked body ([P18], [P20]).
 */
public final class SignatureAuthenticator implements RequestAuthenticator {

    private final Clock realClock;

    /**
     * A scope of any region is verified with that region: one emulator plays every regional endpoint,
     * and {@link RegionRouting} has already refused a region that is not the bucket's ([P16], [R103]).
     *
     * @param realClock the wall clock ({@code Clock.systemUTC()} outside tests)
     */
    public SignatureAuthenticator(Clock realClock) {
        this.realClock = realClock;
    }

    @Override
    public Authentication authenticate(Request request, Identities identities) {
        var verifier = new SignatureVerifier<Principal>(keyId -> credential(identities, keyId), realClock);
        AuthResult<Principal> result = verifier.verify(request.signedParts(), null);
        if (result instanceof AuthResult.Authenticated<Principal> authenticated) {
            Optional<ChunkSignatureListener> chunks =
                    authenticated.chunkVerifier().map(v -> v);
            PayloadHash payload = authenticated.payload();
            return new Authentication(authenticated.principal(), new BodyCheck(sha256Check(payload), chunks), payload);
        }
        if (result instanceof AuthResult.Refused<Principal> refused) {
            throw refused.error();
        }
        PayloadHash payload = ((AuthResult.Anonymous<Principal>) result).payload();
        return new Authentication(Principal.ANONYMOUS, new BodyCheck(sha256Check(payload), Optional.empty()), payload);
    }

    /** [E34]: only a hex hash is compared with the body; the other forms name none. */
    private static java.util.function.Consumer<byte[]> sha256Check(PayloadHash payload) {
        return payload.kind() == PayloadHash.Kind.SHA256 ? payload::checkBody : null;
    }

    private static Optional<SigningCredential<Principal>> credential(Identities identities, String accessKeyId) {
        return identities
                .credential(accessKeyId)
                .map(found -> found.key().sessionToken() == null
                        ? SigningCredential.longTerm(found.key().secretAccessKey(), found.principal())
                        : SigningCredential.session(
                                found.key().secretAccessKey(), found.key().sessionToken(), null, found.principal()));
    }
}

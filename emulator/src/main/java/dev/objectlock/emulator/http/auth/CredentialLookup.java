package dev.objectlock.emulator.http.auth;

import java.time.Instant;

/**
 * Step 6 of [P15]: the access key must be known ([E29]), and a temporary one must come with its
 * session token, unexpired ([P7], [P8]).
 */
final class CredentialLookup<P> {

    private final CredentialStore<P> store;

    CredentialLookup(CredentialStore<P> store) {
        this.store = store;
    }

    /**
     * @param token x-amz-security-token or X-Amz-Security-Token; null when not sent
     * @param now   the real time ([P2]): session expiry is never judged on the emulator's clock
     */
    SigningCredential<P> find(String accessKeyId, String token, Instant now) {
        SigningCredential<P> credential =
                store.find(accessKeyId).orElseThrow(() -> AuthErrors.invalidAccessKeyId(accessKeyId));
        if (credential.sessionToken() == null) {
            if (token != null) {
                // A long-term key has no token, so whatever is sent cannot be valid for it.
                throw AuthErrors.invalidToken(token);
            }
            return credential;
        }
        if (token == null) {
            // AWS answers a temporary key sent without its token as an unknown key
            // (AWS-recorded in ex-aws/ex_aws#37 and prolane/samltoawsstskeys#40).
            throw AuthErrors.invalidAccessKeyId(accessKeyId);
        }
        if (!SigV4.same(credential.sessionToken(), token)) {
            throw AuthErrors.invalidToken(token);
        }
        if (credential.expiresAt() != null && !now.isBefore(credential.expiresAt())) {
            throw AuthErrors.expiredToken(token);
        }
        return credential;
    }
}

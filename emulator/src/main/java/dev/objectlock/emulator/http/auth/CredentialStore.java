package dev.objectlock.emulator.http.auth;

import java.util.Optional;

/**
 * Where the verifier looks up the secret behind an access key id. It knows nothing of identities
 * or policies: the caller adapts its own identity model, and gets its principal back in
 * {@link AuthResult.Authenticated#principal()}.
 *
 * @param <P> the caller's principal type, opaque to the verifier
 */
@FunctionalInterface
public interface CredentialStore<P> {

    /** The credential of that access key id; empty when no such key exists ([E29]). */
    Optional<SigningCredential<P>> find(String accessKeyId);
}

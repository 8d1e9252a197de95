package dev.objectlock.emulator.http.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * The secret behind one access key and whom it belongs to. Temporary credentials (a role session,
 * keys starting {@code ASIA}) also carry the session token every request must present and, if
 * they expire, when ([P7], [P8]).
 *
 * @param secretAccessKey the secret the signature is computed with; never sent by the client
 * @param sessionToken    null for a long-term key
 * @param expiresAt       when the session token expires; null for never (and for long-term keys)
 * @param principal       the caller's own handle for whoever holds the key
 * @param <P>             the caller's principal type, opaque to the verifier
 */
public record SigningCredential<P>(String secretAccessKey, String sessionToken, Instant expiresAt, P principal) {

    public SigningCredential {
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (sessionToken == null && expiresAt != null) {
            throw new IllegalArgumentException("only a session token expires");
        }
    }

    public static <P> SigningCredential<P> longTerm(String secretAccessKey, P principal) {
        return new SigningCredential<>(secretAccessKey, null, null, principal);
    }

    /** @param expiresAt null for a session that never expires */
    public static <P> SigningCredential<P> session(
            String secretAccessKey, String sessionToken, Instant expiresAt, P principal) {
        return new SigningCredential<>(
                secretAccessKey, Objects.requireNonNull(sessionToken, "sessionToken"), expiresAt, principal);
    }

    /** Keeps the secret and token out of logs and assertion messages. */
    @Override
    public String toString() {
        return "SigningCredential[principal=" + principal + (sessionToken == null ? "" : ", session") + "]";
    }
}

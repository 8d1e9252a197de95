package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Principal;
import dev.objectlock.emulator.http.auth.AuthRequest;
import dev.objectlock.emulator.http.auth.PayloadHash;
import dev.objectlock.emulator.http.body.BodyCheck;

/**
 * Turns a request into the principal that sent it, in secured mode, before any handler runs (ARCHITECTURE.md
 * "Authentication is protocol"; [P.1]–[P.5]). The one seam for authentication: the access gate calls
 * {@link #authenticate} once per S3 and S3 Control request, and the composition root chooses the
 * implementation: {@link SignatureAuthenticator}, which verifies SigV4 signatures.
 *
 * <p>Never called in open mode, where any credentials are accepted and nothing is checked.
 */
@FunctionalInterface
public interface RequestAuthenticator {

    /**
     * @param identities the identities in force, read once for this request: the access keys, their
     *     secrets and the principals they stand for
     * @return the caller, or {@link Principal#ANONYMOUS} for a request without credentials (no
     *     Authorization header, no presign parameters; [P33]), with what the body is held to
     * @throws dev.objectlock.emulator.domain.error.S3Exception the authentication errors of [P.5],
     *     such as 403 InvalidAccessKeyId for a key no identity has ([P3])
     */
    Authentication authenticate(Request request, Identities identities);

    /**
     * Who sent the request, and what its body must satisfy once read ([P.2.4]).
     *
     * @param payload the form of {@code x-amz-content-sha256}, which may refuse streaming ([P22])
     */
    record Authentication(Principal principal, BodyCheck body, PayloadHash payload) {}

    /** What authentication may read of a request: its line and headers, never its body. */
    interface Request {

        String method();

        /** The path as sent, still percent-encoded. */
        String rawPath();

        /** The query string as sent, without '?'; null when there is none. */
        String rawQuery();

        /** A header's first value (name in any case); null when absent. */
        String header(String name);

        /** A query parameter's first value, decoded; null when absent. */
        String queryParameter(String name);

        /** Everything a signature covers: method, raw path and query, every header as sent. */
        AuthRequest signedParts();
    }
}

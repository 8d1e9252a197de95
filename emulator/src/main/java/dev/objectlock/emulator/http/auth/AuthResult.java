package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SignatureVerifier} concluded about one request.
 *
 * @param <P> the caller's principal type (see {@link CredentialStore})
 */
public sealed interface AuthResult<P> {

    /** The value of the {@code s3:authType} condition key ([P31]; API reference bucket-policy-s3-sigv4-conditions). */
    enum AuthType {
        REST_HEADER("REST-HEADER"),
        REST_QUERY_STRING("REST-QUERY-STRING");

        private final String conditionValue;

        AuthType(String conditionValue) {
            this.conditionValue = conditionValue;
        }

        public String conditionValue() {
            return conditionValue;
        }
    }

    /**
     * A correctly signed request by a known key.
     *
     * @param region    the region of the credential scope (the one the signature was computed for)
     * @param signedAt  X-Amz-Date (or Date): {@code s3:signatureAge} is real now minus this ([P31])
     * @param payload   how the body is covered: hash to compare once read, or chunk signatures
     * @param chunkSeed where chunk signatures start; null unless {@code payload} has signed chunks
     */
    record Authenticated<P>(
            P principal,
            String accessKeyId,
            String region,
            AuthType authType,
            Instant signedAt,
            PayloadHash payload,
            ChunkSeed chunkSeed)
            implements AuthResult<P> {

        public Authenticated {
            Objects.requireNonNull(payload, "payload");
            if (payload.hasSignedChunks() != (chunkSeed != null)) {
                throw new IllegalArgumentException("signed chunks need a seed, and only they do");
            }
        }

        /**
         * A fresh verifier of the chunk and trailer signatures, to hand to the aws-chunked
         * decoder; empty unless the body is STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER].
         */
        public Optional<ChunkSignatureVerifier> chunkVerifier() {
            return Optional.ofNullable(chunkSeed).map(ChunkSeed::newVerifier);
        }
    }

    /**
     * Neither an Authorization header nor presigned parameters ([P33]): only a public bucket
     * policy can allow it.
     */
    record Anonymous<P>(PayloadHash payload) implements AuthResult<P> {}

    /** Authentication failed; {@code error} is S3's answer, ready for the one error renderer. */
    record Refused<P>(S3Exception error) implements AuthResult<P> {}
}

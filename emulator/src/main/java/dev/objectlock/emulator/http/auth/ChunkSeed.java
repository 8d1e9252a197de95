package dev.objectlock.emulator.http.auth;

/**
 * What chunk signatures chain from ([P18], [P20]): the request's signing key, date and scope, and
 * the signature of its headers, the "seed" that the first chunk's string to sign names as its
 * previous signature. Opaque outside this package: it only makes verifiers, which read its fields.
 */
public final class ChunkSeed {

    final String accessKeyId;
    final String amzDate;
    final String scope;
    final byte[] signingKey;
    final String seedSignature;
    final String canonicalRequest;
    final boolean signedTrailer;

    ChunkSeed(
            String accessKeyId,
            String amzDate,
            String scope,
            byte[] signingKey,
            String seedSignature,
            String canonicalRequest,
            boolean signedTrailer) {
        this.accessKeyId = accessKeyId;
        this.amzDate = amzDate;
        this.scope = scope;
        this.signingKey = signingKey.clone();
        this.seedSignature = seedSignature;
        this.canonicalRequest = canonicalRequest;
        this.signedTrailer = signedTrailer;
    }

    /** A verifier that starts at the seed; one per request body. */
    public ChunkSignatureVerifier newVerifier() {
        return new ChunkSignatureVerifier(this);
    }

    @Override
    public String toString() {
        return "ChunkSeed[" + scope + (signedTrailer ? ", signed trailer" : "") + "]";
    }
}

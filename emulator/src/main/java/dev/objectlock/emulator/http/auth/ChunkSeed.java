package dev.objectlock.emulator.http.auth;

/**
 * What chunk signatures chain from ([P18], [P20]): the request's signing key, date and scope, and
 * the signature of its headers, the "seed" that the first chunk's string to sign names as its
 * previous signature. Opaque: it only makes verifiers.
 */
public final class ChunkSeed {

    private final String accessKeyId;
    private final String amzDate;
    private final String scope;
    private final byte[] signingKey;
    private final String seedSignature;
    private final String canonicalRequest;
    private final boolean signedTrailer;

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
        return new ChunkSignatureVerifier(
                accessKeyId, amzDate, scope, signingKey, seedSignature, canonicalRequest, signedTrailer);
    }

    @Override
    public String toString() {
        return "ChunkSeed[" + scope + (signedTrailer ? ", signed trailer" : "") + "]";
    }
}

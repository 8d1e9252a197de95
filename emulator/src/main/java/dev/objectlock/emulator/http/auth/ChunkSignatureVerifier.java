package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.http.body.ChunkSignatureListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Checks the signature chain of a STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER] body while the
 * aws-chunked decoder reads it (API reference sigv4-streaming and sigv4-streaming-trailers). For
 * each chunk, the final empty one included ([P18]):
 * <pre>
 * AWS4-HMAC-SHA256-PAYLOAD \n date \n scope \n previous-signature \n hex(SHA256("")) \n hex(SHA256(data))
 * </pre>
 * the first previous signature being the seed (the header signature). Then, with a signed trailer
 * ([P20]):
 * <pre>
 * AWS4-HMAC-SHA256-TRAILER \n date \n scope \n previous-signature \n hex(SHA256("name:value\n"...))
 * </pre>
 * A chunk's data reaches the reader before its signature is checked (at the chunk's end), so a
 * bad chunk fails the read that ends it: the body is never committed. One instance per body.
 */
public final class ChunkSignatureVerifier implements ChunkSignatureListener {

    /** [P19]: every chunk but the last carries at least this much data. */
    static final int MIN_CHUNK_SIZE = 8192;

    private final ChunkSeed seed;
    private final MessageDigest digest = SigV4.sha256();
    private String previousSignature;
    private String claimedSignature;
    private int chunks;
    private long lastDataChunkSize = -1;

    ChunkSignatureVerifier(ChunkSeed seed) {
        this.seed = seed;
        this.previousSignature = seed.seedSignature;
    }

    @Override
    public void chunkStarted(long size, String signature) {
        if (size > 0 && lastDataChunkSize >= 0 && lastDataChunkSize < MIN_CHUNK_SIZE) {
            throw AuthErrors.invalidChunkSize(chunks, lastDataChunkSize);
        }
        chunks++;
        if (size > 0) {
            lastDataChunkSize = size;
        }
        claimedSignature = signature;
        digest.reset();
    }

    @Override
    public void chunkData(byte[] b, int off, int len) {
        digest.update(b, off, len);
    }

    @Override
    public void chunkEnded() {
        String stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + seed.amzDate + "\n" + seed.scope + "\n" + previousSignature
                + "\n" + SigV4.EMPTY_SHA256 + "\n" + SigV4.hex(digest.digest());
        previousSignature = check(stringToSign, claimedSignature);
    }

    @Override
    public void trailersEnded(List<Trailer> trailers, String trailerSignature) {
        if (!seed.signedTrailer) {
            return;
        }
        if (trailerSignature == null) {
            throw AuthErrors.malformedTrailer();
        }
        StringBuilder canonical = new StringBuilder();
        for (Trailer t : trailers) {
            canonical.append(t.name()).append(':').append(t.value()).append('\n');
        }
        String stringToSign = "AWS4-HMAC-SHA256-TRAILER\n" + seed.amzDate + "\n" + seed.scope + "\n" + previousSignature
                + "\n" + SigV4.sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        previousSignature = check(stringToSign, trailerSignature);
    }

    /**
     * [E30] on a difference, echoing this string to sign and the request's canonical request, as
     * for the headers ([P18]: whether AWS echoes them for a chunk is not recorded).
     */
    private String check(String stringToSign, String claimed) {
        String expected = SigV4.signature(seed.signingKey, stringToSign);
        if (!SigV4.same(expected, claimed)) {
            throw AuthErrors.signatureDoesNotMatch(
                    seed.accessKeyId, stringToSign, claimed == null ? "" : claimed, seed.canonicalRequest);
        }
        return claimed;
    }
}

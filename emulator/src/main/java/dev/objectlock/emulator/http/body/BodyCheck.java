package dev.objectlock.emulator.http.body;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What secured mode holds a request body to, as authentication left it ([P.2.4]): the SHA-256 the
 * signature names, compared once the body is read ([E34]), and the listener that verifies the
 * chunk and trailer signatures of a signed aws-chunked body ([P18], [P20]). Both run before the
 * payload's claims are judged, so a body that fails them is never committed.
 *
 * @param sha256Check given the SHA-256 of the body as received; throws on a mismatch; null when
 *     the signature names no hash
 * @param chunkListener the chunk signature checker, for a STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER] body
 */
public record BodyCheck(Consumer<byte[]> sha256Check, Optional<ChunkSignatureListener> chunkListener) {

    /** Open mode, an unsigned payload, an anonymous request: nothing to check. */
    public static final BodyCheck NONE = new BodyCheck(null, Optional.empty());

    /** Where the access gate leaves a request's check for whoever opens its body. */
    public static final String ATTRIBUTE = BodyCheck.class.getName();

    /**
     * Wraps the body as sent (before any aws-chunked decoding), so that the hash covers what went over
     * the wire; {@link #received} then compares it.
     */
    InputStream hashing(InputStream raw) {
        return sha256Check == null ? raw : new HashingInputStream(raw);
    }

    /** Once {@code body} (what {@link #hashing} returned) is read to its end: [E34] on a mismatch. */
    void received(InputStream body) {
        if (sha256Check != null && body instanceof HashingInputStream hashed) {
            sha256Check.accept(hashed.digest.digest());
        }
    }

    private static final class HashingInputStream extends FilterInputStream {
        private final MessageDigest digest;

        HashingInputStream(InputStream in) {
            super(in);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException("every byte must be hashed");
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}

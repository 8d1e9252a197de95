package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body on its way in, with the digests the client claims for it. The claims are read
 * only after the body is consumed, because an aws-chunked body carries its checksum in a trailer.
 *
 * @param algorithm          the additional checksum to compute and store, or null
 * @param integrityDeclared  whether the request announced Content-MD5 or an x-amz-checksum header or trailer
 */
public record Payload(
        InputStream body, ChecksumAlgorithm algorithm, boolean integrityDeclared, Supplier<Claimed> claimed) {

    /** A body the emulator produces itself (copies), with nothing to hold it to. */
    public static Payload internal(InputStream body, ChecksumAlgorithm algorithm) {
        return new Payload(body, algorithm, false, () -> new Claimed(null, null));
    }

    /** Digests the client sent: base64 Content-MD5 and the base64 value of {@code algorithm}; either may be null. */
    public record Claimed(String contentMd5, String checksum) {}
}

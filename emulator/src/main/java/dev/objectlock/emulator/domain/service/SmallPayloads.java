package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.checksum.DigestingInputStream;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Reads a small request document (DeleteObjects, Tagging, ...) whole, held to the client's digests. */
public final class SmallPayloads {

    private SmallPayloads() {}

    public static byte[] read(Payload payload, int maxBytes) {
        return read(payload, maxBytes, () -> S3Exception.of(S3ErrorCode.MALFORMED_XML));
    }

    /** As {@link #read(Payload, int)}, with the error of a document that is not XML when it is too large. */
    public static byte[] read(Payload payload, int maxBytes, Supplier<S3Exception> tooLarge) {
        DigestingInputStream in = new DigestingInputStream(payload.body(), payload.algorithm());
        byte[] body;
        try {
            body = in.readNBytes(maxBytes + 1);
            if (in.read() >= 0 || body.length > maxBytes) {
                throw tooLarge.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PayloadWriter.verify(in.result(), payload.claimed().get());
        return body;
    }
}

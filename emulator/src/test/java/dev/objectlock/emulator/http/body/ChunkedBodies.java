package dev.objectlock.emulator.http.body;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds aws-chunked bodies as the SDKs send them (S3 API reference, "Signature Calculations for
 * the Authorization Header: Transferring Payload in Multiple Chunks" and "... including trailing
 * headers"): {@code hex-size[;chunk-signature=sig]\r\n data \r\n}, a zero-size chunk, optional
 * trailer lines and a final blank line.
 */
final class ChunkedBodies {

    static final String SIGNATURE = "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";

    private ChunkedBodies() {}

    /** STREAMING-AWS4-HMAC-SHA256-PAYLOAD: every chunk signed, no trailer. */
    static String signed(String... chunks) {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks) {
            body.append(Integer.toHexString(bytes(chunk)))
                    .append(";chunk-signature=")
                    .append(SIGNATURE)
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        return body.append("0;chunk-signature=")
                .append(SIGNATURE)
                .append("\r\n\r\n")
                .toString();
    }

    /** STREAMING-UNSIGNED-PAYLOAD-TRAILER: plain chunks, then the trailer lines. */
    static String unsignedWithTrailers(String[] chunks, String... trailerLines) {
        StringBuilder body = new StringBuilder();
        for (String chunk : chunks) {
            body.append(Integer.toHexString(bytes(chunk)))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        body.append("0\r\n");
        for (String line : trailerLines) {
            body.append(line).append("\r\n");
        }
        return body.append("\r\n").toString();
    }

    static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private static int bytes(String chunk) {
        return chunk.getBytes(StandardCharsets.UTF_8).length;
    }
}

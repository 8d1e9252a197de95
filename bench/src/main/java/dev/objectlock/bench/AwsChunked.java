package dev.objectlock.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes an aws-chunked body, signed or not: {@code hex-size[;chunk-signature=...]CRLF data CRLF}
 * until a chunk of size 0, then trailer lines ({@code x-amz-checksum-crc32:...}) and an empty line.
 * Signatures and checksums are taken as sent: the limit server checks nothing.
 */
final class AwsChunked {

    private AwsChunked() {}

    /** The object bytes and the trailer headers (names in lower case). */
    record Decoded(byte[] body, Map<String, String> trailers) {}

    static Decoded decode(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String header = line(in);
            int semicolon = header.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? header : header.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(in.readNBytes(size));
            if (!line(in).isEmpty()) {
                throw new IOException("chunk longer than its size");
            }
        }
        Map<String, String> trailers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            trailers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        return new Decoded(body.toByteArray(), trailers);
    }

    /** One CRLF-ended line without its CRLF; an empty string at the end of the body. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.size() == 0) {
                    return "";
                }
                throw new EOFException("aws-chunked body ends inside a line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}

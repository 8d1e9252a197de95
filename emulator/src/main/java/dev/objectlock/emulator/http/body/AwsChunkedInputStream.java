package dev.objectlock.emulator.http.body;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes an {@code aws-chunked} request body: chunks of {@code <hex-size>[;chunk-signature=..]\r\n
 * <bytes>\r\n}, a zero-size chunk, then optional trailer headers (the SDK v2 sends its checksum
 * there) and a blank line. Signed (STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]) and unsigned
 * (STREAMING-UNSIGNED-PAYLOAD-TRAILER) forms share this framing. Signatures are not verified here:
 * an optional {@link ChunkSignatureListener} sees each chunk and the trailer as they pass, and may
 * refuse them.
 */
public final class AwsChunkedInputStream extends InputStream {

    private static final int MAX_LINE = 4096;
    private static final String CHUNK_SIGNATURE = "chunk-signature=";
    private static final String TRAILER_SIGNATURE = "x-amz-trailer-signature";

    private final InputStream raw;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private final ChunkSignatureListener listener;
    private long remainingInChunk;
    private boolean finished;

    public AwsChunkedInputStream(InputStream raw) {
        this(raw, null);
    }

    /** @param listener sees every chunk and the trailer as they are decoded; null for none */
    public AwsChunkedInputStream(InputStream raw, ChunkSignatureListener listener) {
        this.raw = raw;
        this.listener = listener;
    }

    /** Trailer headers, lower-case names; complete once the stream has returned -1. */
    public Map<String, String> trailers() {
        return Collections.unmodifiableMap(trailers);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (finished) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        if (remainingInChunk == 0) {
            remainingInChunk = nextChunkSize();
            if (remainingInChunk == 0) {
                if (listener != null) {
                    listener.chunkEnded();
                }
                readTrailers();
                finished = true;
                return -1;
            }
        }
        int n = raw.read(b, off, (int) Math.min(len, remainingInChunk));
        if (n < 0) {
            throw incomplete();
        }
        if (listener != null) {
            listener.chunkData(b, off, n);
        }
        remainingInChunk -= n;
        if (remainingInChunk == 0) {
            expectCrLf();
            if (listener != null) {
                listener.chunkEnded();
            }
        }
        return n;
    }

    private long nextChunkSize() throws IOException {
        String header = readLine();
        int semicolon = header.indexOf(';');
        String hex = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
        long size;
        try {
            size = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw malformed();
        }
        if (size < 0) {
            throw malformed();
        }
        if (listener != null) {
            listener.chunkStarted(size, semicolon < 0 ? null : chunkSignature(header.substring(semicolon + 1)));
        }
        return size;
    }

    /** The value of the {@code chunk-signature} extension among {@code ext1=v1;ext2=v2}; null when absent. */
    private static String chunkSignature(String extensions) {
        for (String extension : extensions.split(";")) {
            String e = extension.strip();
            if (e.startsWith(CHUNK_SIGNATURE)) {
                return e.substring(CHUNK_SIGNATURE.length()).strip();
            }
        }
        return null;
    }

    private void readTrailers() throws IOException {
        List<ChunkSignatureListener.Trailer> lines = new ArrayList<>();
        while (true) {
            String line = readLineOrEnd();
            if (line == null || line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                trailers.put(name, value);
                if (!name.equals(TRAILER_SIGNATURE)) {
                    lines.add(new ChunkSignatureListener.Trailer(name, value));
                }
            }
        }
        if (listener != null) {
            listener.trailersEnded(lines, trailers.get(TRAILER_SIGNATURE));
        }
    }

    /** The CRLF after a chunk's data; a body that ends here is truncated (IncompleteBody), not malformed. */
    private void expectCrLf() throws IOException {
        int cr = raw.read();
        int lf = cr < 0 ? -1 : raw.read();
        if (cr < 0 || lf < 0) {
            throw incomplete();
        }
        if (cr != '\r' || lf != '\n') {
            throw malformed();
        }
    }

    private String readLine() throws IOException {
        String line = readLineOrEnd();
        if (line == null) {
            throw incomplete();
        }
        return line;
    }

    /** A CRLF-terminated line (a bare LF is tolerated); null at end of stream. */
    private String readLineOrEnd() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = raw.read();
            if (c < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (c == '\n') {
                String s = line.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (line.size() >= MAX_LINE) {
                throw malformed();
            }
            line.write(c);
        }
    }

    private static S3Exception incomplete() {
        return S3Exception.of(S3ErrorCode.INCOMPLETE_BODY);
    }

    private static S3Exception malformed() {
        return S3Exception.of(S3ErrorCode.INVALID_REQUEST, "The chunked encoding of the request body is malformed.");
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}

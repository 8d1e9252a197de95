package dev.objectlock.emulator.http.auth;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code x-amz-content-sha256} says about the body ([P.2.1]; API reference
 * sigv4-auth-using-authorization-header, sigv4-streaming, sigv4-streaming-trailers), and so what
 * the server checks while reading it.
 *
 * @param value the header value exactly as sent: the canonical request's last line
 */
public record PayloadHash(Kind kind, String value) {

    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    public enum Kind {
        /** The hex SHA-256 of the whole body: compare after reading, [E34] on a difference. */
        SHA256,
        /** The body is not covered. */
        UNSIGNED,
        /** STREAMING-AWS4-HMAC-SHA256-PAYLOAD: aws-chunked, every chunk signed ([P18]). */
        STREAMING_SIGNED,
        /** STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER: signed chunks and a signed trailer ([P20]). */
        STREAMING_SIGNED_TRAILER,
        /** STREAMING-UNSIGNED-PAYLOAD-TRAILER: plain chunks and an unsigned trailer ([P21]). */
        STREAMING_UNSIGNED_TRAILER
    }

    /** The hash a presigned URL signs ([P24]) and the one assumed when a request sends none. */
    public static PayloadHash unsigned() {
        return new PayloadHash(Kind.UNSIGNED, UNSIGNED_PAYLOAD);
    }

    /** Step 7 of [P15]: [E33] for a value of no known form; SigV4a streaming is refused ([E37]). */
    static PayloadHash parse(String value) {
        switch (value) {
            case UNSIGNED_PAYLOAD:
                return unsigned();
            case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD":
                return new PayloadHash(Kind.STREAMING_SIGNED, value);
            case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER":
                return new PayloadHash(Kind.STREAMING_SIGNED_TRAILER, value);
            case "STREAMING-UNSIGNED-PAYLOAD-TRAILER":
                return new PayloadHash(Kind.STREAMING_UNSIGNED_TRAILER, value);
            case "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD", "STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER":
                throw AuthErrors.unsupportedMechanism();
            default:
                if (SHA256_HEX.matcher(value).matches()) {
                    return new PayloadHash(Kind.SHA256, value);
                }
                throw AuthErrors.invalidContentSha256(value);
        }
    }

    /** An aws-chunked body; [P22] allows it on PutObject and UploadPart only ({@link #refuseStreaming}). */
    public boolean isStreaming() {
        return kind == Kind.STREAMING_SIGNED
                || kind == Kind.STREAMING_SIGNED_TRAILER
                || kind == Kind.STREAMING_UNSIGNED_TRAILER;
    }

    public boolean hasSignedChunks() {
        return kind == Kind.STREAMING_SIGNED || kind == Kind.STREAMING_SIGNED_TRAILER;
    }

    /** [P22]: for every operation but PutObject and UploadPart. */
    public void refuseStreaming() {
        if (isStreaming()) {
            throw AuthErrors.streamingNotAllowed();
        }
    }

    /**
     * [E34] once the body is read: the SHA-256 the server computed must be the one the client
     * signed. Does nothing unless the header named a hash.
     */
    public void checkBody(byte[] sha256) {
        String computed = SigV4.hex(sha256);
        if (kind == Kind.SHA256 && !computed.equals(value.toLowerCase(Locale.ROOT))) {
            throw AuthErrors.contentSha256Mismatch(value, computed);
        }
    }

    /** An anonymous request may not claim signed chunks ([P34]). */
    static PayloadHash forAnonymous(String value) {
        if (value == null) {
            return unsigned();
        }
        PayloadHash hash;
        try {
            hash = parse(value);
        } catch (S3Exception e) {
            if (value.startsWith("STREAMING-AWS4-ECDSA")) {
                throw AuthErrors.anonymousStreaming();
            }
            throw e;
        }
        if (hash.hasSignedChunks()) {
            throw AuthErrors.anonymousStreaming();
        }
        return hash;
    }
}

package dev.objectlock.emulator.batch.manifest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The URL encoding of object keys in manifest CSVs (UG batch-ops-create-job: "object keys must be
 * URL-encoded"; inventory CSVs likewise, UG storage-inventory "Key").
 *
 * <p>This is percent-encoding (RFC 3986), not the HTML form encoding: a {@code +} in a manifest is
 * the character {@code +}, which is legal in a key, not a space. A writer that percent-encodes only
 * what must be escaped leaves {@code +} alone, so reading it as a space would address a different
 * object ({@code a+b} would become {@code a b}); AWS's own example encodes spaces as {@code %20}
 * ({@code object%20key%20with%20spaces}). [UNCERTAIN]: [C.7.2], not checked against AWS.
 */
public final class KeyCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private KeyCodec() {}

    /** The key {@code encoded} stands for; empty when a {@code %} escape or the UTF-8 it spells is broken. */
    public static Optional<String> decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return Optional.of(encoded);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else {
                int end = i;
                while (end < encoded.length() && encoded.charAt(end) != '%') {
                    end++;
                }
                bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Percent-encodes every UTF-8 byte except the RFC 3986 unreserved characters and {@code /}, so
     * the result reads back through {@link #decode} whatever the key holds (commas, quotes, line breaks).
     */
    public static String encode(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~'
                    || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }
}

package dev.objectlock.emulator.http.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding SigV4 signs with (API reference sig-v4-header-based-auth, "UriEncode"):
 * every byte except {@code A-Z a-z 0-9 - _ . ~} becomes {@code %XX} with upper-case hex, a space is
 * {@code %20}, never {@code +}. Paths keep {@code /}; query names and values encode it too.
 */
final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {}

    static String encode(String text, boolean keepSlash) {
        return encode(text.getBytes(StandardCharsets.UTF_8), keepSlash);
    }

    static String encode(byte[] bytes, boolean keepSlash) {
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (unreserved(c) || (keepSlash && c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Percent-decodes to bytes, leaving {@code +} a plus sign ([P10], [P11]). Null when a
     * {@code %} is not followed by two hex digits: such text cannot be re-encoded faithfully.
     */
    static byte[] decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] != '%') {
                bytes.write(utf8[i]);
                continue;
            }
            if (i + 2 >= utf8.length) {
                return null;
            }
            int hi = Character.digit(utf8[i + 1], 16);
            int lo = Character.digit(utf8[i + 2], 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes.write((hi << 4) | lo);
            i += 2;
        }
        return bytes.toByteArray();
    }

    /** Decodes as UTF-8 text, for parameter values the verifier reads (X-Amz-Credential, ...). */
    static String decodeText(String raw) {
        byte[] bytes = decode(raw);
        return bytes == null ? raw : new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
    }
}

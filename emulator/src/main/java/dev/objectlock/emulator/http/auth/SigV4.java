package dev.objectlock.emulator.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of Signature Version 4 (API reference sig-v4-header-based-auth): the signing
 * key derived from the secret, the string to sign, HMAC-SHA256 signatures and their comparison.
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String SERVICE = "s3";
    static final String TERMINAL = "aws4_request";
    /** Hex SHA-256 of no bytes: the hash of an empty chunk in a chunk's string to sign ([P18]). */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withResolverStyle(ResolverStyle.STRICT);
    private static final HexFormat LOWER_HEX = HexFormat.of();
    private static final HexFormat SPACED_HEX = HexFormat.ofDelimiter(" ");

    private SigV4() {}

    /** {@code HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")}. */
    static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, TERMINAL);
    }

    static String scope(String date, String region, String service) {
        return date + "/" + region + "/" + service + "/" + TERMINAL;
    }

    /** The four-line string to sign of a request ([P9]-[P12] give the canonical request it hashes). */
    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
    }

    static String signature(byte[] signingKey, String stringToSign) {
        return LOWER_HEX.formatHex(hmac(signingKey, stringToSign));
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        return LOWER_HEX.formatHex(sha256().digest(bytes));
    }

    static String hex(byte[] bytes) {
        return LOWER_HEX.formatHex(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in time independent of where the strings differ, so timing reveals nothing ([P13]). */
    static boolean same(String expected, String provided) {
        return provided != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), provided.getBytes(StandardCharsets.UTF_8));
    }

    /** The UTF-8 bytes as space-separated lower-case hex, as in {@code <StringToSignBytes>} ([P.5]). */
    static String spacedHex(String text) {
        return SPACED_HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** X-Amz-Date's form, yyyyMMdd'T'HHmmss'Z'; null when the text is not in it. */
    static Instant parseAmzDate(String text) {
        try {
            return LocalDateTime.parse(text, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An HTTP Date header (RFC 1123), the fallback when x-amz-date is absent; null when unreadable. */
    static Instant parseHttpDate(String text) {
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String amzDate(Instant instant) {
        return AMZ_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}

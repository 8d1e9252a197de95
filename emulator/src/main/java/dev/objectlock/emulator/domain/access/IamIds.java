package dev.objectlock.emulator.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers AWS assigns and the emulator derives deterministically, so that the same identities
 * document always yields the same IDs (tests may print or compare them).
 */
final class IamIds {

    /** The alphabet of AWS unique IDs: upper-case letters and digits 2-7 (base32). */
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private IamIds() {}

    /**
     * A unique ID: the prefix ({@code AIDA} user, {@code AROA} role; IAM User Guide "IAM identifiers",
     * unique ID prefixes) and 17 characters, 21 in all, derived from the ARN.
     */
    static String uniqueId(String prefix, String arn) {
        byte[] hash = sha256(arn);
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 17; i++) {
            id.append(ALPHABET[(hash[i] & 0xff) % ALPHABET.length]);
        }
        return id.toString();
    }

    /** [P5]: 64 lower-case hex characters, the hex SHA-256 of the account ID. */
    static String canonicalUserId(String accountId) {
        return HexFormat.of().formatHex(sha256(accountId));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}

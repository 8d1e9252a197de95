package dev.objectlock.emulator.domain.model;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * An S3 version id: 32 URL-safe characters for versions written while versioning is Enabled,
 * or the literal {@code null} for versions written while it was never enabled or Suspended.
 * An id we could never have produced is malformed (AWS answers InvalidArgument); a well-formed
 * id that is not stored is merely absent (NoSuchVersion).
 *
 * <p>AWS refuses an id of the right shape that it never issued, such as a real id with its last
 * four characters changed ([A.3], [R63]), so its ids must carry a check. Ours do too: the last 4
 * characters hold 24 bits of a CRC-32 of the first 28, so an invented or altered id is malformed
 * here as it is on AWS, with a chance of 1 in 16,777,216 of passing by luck.
 */
public record VersionId(String value) {

    public static final VersionId NULL = new VersionId("null");

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** An odd constant and its inverse modulo 2^64: multiplying by one undoes the other. */
    private static final long SCRAMBLE = 0x9E3779B97F4A7C15L;

    private static final long UNSCRAMBLE = 0xF1DE83E19937733DL;

    private static final int CHECKED_LENGTH = 28;

    public VersionId {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("version id must not be empty");
        }
    }

    /**
     * A new id for the version with this sequence number. The first 11 characters carry the
     * sequence so a listing can resume after a {@code version-id-marker} whose version has since
     * been deleted (AWS continues with the next older version); the rest is random.
     */
    public static VersionId generate(long sequence) {
        char[] id = new char[32];
        // Scrambled (an invertible multiply) so ids look as random as AWS's instead of all sharing a prefix.
        long bits = sequence * SCRAMBLE;
        for (int i = 10; i >= 0; i--) {
            id[i] = ALPHABET.charAt((int) (bits & 63));
            bits >>>= 6;
        }
        for (int i = 11; i < CHECKED_LENGTH; i++) {
            id[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        writeCheck(id);
        return new VersionId(new String(id));
    }

    /** The sequence number a generated id carries; meaningless for {@code null} or foreign ids. */
    public long embeddedSequence() {
        long bits = 0;
        for (int i = 0; i < 11; i++) {
            bits = (bits << 6) | ALPHABET.indexOf(value.charAt(i));
        }
        return bits * UNSCRAMBLE;
    }

    /** True for {@code null} and for ids of the shape this emulator generates, check characters included. */
    public static boolean isWellFormed(String candidate) {
        if ("null".equals(candidate)) {
            return true;
        }
        if (candidate == null || !WELL_FORMED.matcher(candidate).matches()) {
            return false;
        }
        char[] expected = candidate.toCharArray();
        writeCheck(expected);
        return candidate.equals(new String(expected));
    }

    /**
     * True for 32 characters of the id alphabet, checked or not: the shape of every id this
     * emulator has written, including those of releases before the check ([R63]).
     */
    public static boolean hasIdShape(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** Fills the last 4 characters with the check of the first 28. */
    private static void writeCheck(char[] id) {
        CRC32 crc = new CRC32();
        for (int i = 0; i < CHECKED_LENGTH; i++) {
            crc.update(id[i]);
        }
        long bits = crc.getValue();
        for (int i = id.length - 1; i >= CHECKED_LENGTH; i--) {
            id[i] = ALPHABET.charAt((int) (bits & 63));
            bits >>>= 6;
        }
    }

    public boolean isNull() {
        return "null".equals(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.objectlock.conformance.target;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Unique, valid S3 bucket names: {@code <prefix>-<UTC start of run>-<run id>-<counter><random>},
 * such as {@code olconf-20250101t120000-k3x9-0001ab12}. The UTC timestamp says when a leftover
 * was made, so a later sweep can find buckets of runs that died before cleaning up.
 */
final class BucketNames {

    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                    .format(ZonedDateTime.now(ZoneOffset.UTC))
                    .toLowerCase(java.util.Locale.ROOT)
            + "-" + random(4);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private BucketNames() {}

    /** The prefix if it keeps every generated name valid; otherwise a clear configuration error. */
    static String validPrefix(String prefix) {
        if (!VALID_PREFIX.matcher(prefix).matches()
                || prefix.startsWith("xn--")
                || prefix.startsWith("sthree-")
                || prefix.endsWith("-")) {
            throw new IllegalArgumentException("-D" + Target.BUCKET_PREFIX_PROPERTY + "=" + prefix
                    + " must be 1-20 of [a-z0-9-], start with a letter or digit and not end with '-'");
        }
        return prefix;
    }

    /** This JVM's run id, shared by every bucket it creates. */
    static String runId() {
        return RUN_ID;
    }

    static String next(String prefix) {
        return prefix + "-" + RUN_ID + "-" + String.format("%04d", COUNTER.incrementAndGet() % 10_000) + random(4);
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

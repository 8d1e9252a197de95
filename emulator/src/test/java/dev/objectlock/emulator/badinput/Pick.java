package dev.objectlock.emulator.badinput;

import java.util.List;
import java.util.Random;

/** Seeded choices, so a failing run can be repeated from its seed. */
final class Pick {

    private Pick() {}

    @SafeVarargs
    static <T> T one(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T one(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A string of {@code length} characters drawn from {@code alphabet}. */
    static String text(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Any chars below 256, control characters and high bytes included. */
    static String bytes(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(256));
        }
        return out.toString();
    }
}

package dev.objectlock.emulator.bench;

import java.util.List;
import java.util.Locale;

/** The median and the one-line summary every benchmark prints, so their figures are computed alike. */
public final class Samples {

    private Samples() {}

    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "median … min … max …", each figure {@code width} characters wide with one decimal. */
    public static String summary(List<Double> values, int width, String unit) {
        List<Double> sorted = values.stream().sorted().toList();
        String figure = "%" + width + ".1f " + unit;
        return String.format(
                Locale.ROOT,
                "median " + figure + "   min " + figure + "   max " + figure,
                median(values),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    public static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}

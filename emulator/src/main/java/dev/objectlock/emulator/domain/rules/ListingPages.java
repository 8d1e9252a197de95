package dev.objectlock.emulator.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How ListObjects (v1, v2), ListObjectVersions and ListMultipartUploads cut a listing into pages
 * ([A.5]): keys that contain the delimiter after the prefix roll up into one common prefix each,
 * a common prefix counts as one entry toward the maximum, and a page is truncated only when another
 * entry exists beyond it. A listing that resumes from a marker naming a common prefix skips every
 * key under that prefix, so each common prefix is listed once however the listing is paged.
 *
 * <p>The entries come from a {@link Scan} in listing order (key ascending, then whatever order
 * the listing has within a key); everything else is decided here.
 */
public final class ListingPages {

    /** Entries asked of the scan at a time. */
    static final int BATCH = 1000;
    /**
     * Sorts after every key that starts with a given prefix, so a scan can jump past a rolled-up
     * prefix. Keys are listed by their UTF-8 bytes ([R67]), where U+10FFFF is the largest character.
     */
    private static final String PAST_PREFIX = "\uDBFF\uDFFF";

    private ListingPages() {}

    /**
     * A position in listing order: after {@code key} and, within that key, after the entry
     * {@code within} names (a version's sequence, an upload id). With a null {@code within}, after
     * every entry of the key; with a null key, at the start.
     */
    public record Cursor<W>(String key, W within) {

        public static <W> Cursor<W> afterKey(String key) {
            return new Cursor<>(key, null);
        }
    }

    /** Entries in listing order that start with the listing's prefix, after {@code cursor}, at most {@code limit}. */
    @FunctionalInterface
    public interface Scan<T, W> {
        List<T> after(Cursor<W> cursor, int limit);
    }

    /** The entries and common prefixes of one page, each in listing order. */
    public record Page<T>(List<T> items, List<String> commonPrefixes, boolean truncated, boolean endsWithPrefix) {

        /** The common prefix the page ends with, or null when it ends with an item or is empty. */
        public String lastPrefix() {
            return endsWithPrefix ? commonPrefixes.get(commonPrefixes.size() - 1) : null;
        }

        /** The item the page ends with, or null when it ends with a common prefix or is empty. */
        public T lastItem() {
            return endsWithPrefix || items.isEmpty() ? null : items.get(items.size() - 1);
        }
    }

    /**
     * Walks entries from {@code start}, rolling keys up at the delimiter, until {@code max}
     * entries (items plus common prefixes) are taken. With a {@code max} of 0 the page is empty
     * and truncated when any entry exists; a negative {@code max} never fills a page (callers
     * that refuse it check first).
     *
     * @param positionOf where an item stands in listing order, to resume the scan after it
     */
    public static <T, W> Page<T> page(
            String prefix,
            String delimiter,
            int max,
            Cursor<W> start,
            Scan<T, W> scan,
            Function<T, Cursor<W>> positionOf) {
        return page(prefix, delimiter, max, start, scan, positionOf, BATCH);
    }

    static <T, W> Page<T> page(
            String prefix,
            String delimiter,
            int max,
            Cursor<W> start,
            Scan<T, W> scan,
            Function<T, Cursor<W>> positionOf,
            int batchSize) {
        List<T> items = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String p = prefix == null ? "" : prefix;
        int taken = 0;
        boolean endsWithPrefix = false;
        Cursor<W> cursor = start;
        if (start.key() != null
                && start.within() == null
                && commonPrefix(start.key(), p, delimiter)
                        .filter(start.key()::equals)
                        .isPresent()) {
            // Resuming after a page that ended on a common prefix: skip every key under it.
            cursor = Cursor.afterKey(start.key() + PAST_PREFIX);
        }
        while (true) {
            List<T> batch = scan.after(cursor, batchSize);
            if (batch.isEmpty()) {
                return new Page<>(items, prefixes, false, endsWithPrefix);
            }
            Cursor<W> pastPrefix = null;
            for (T item : batch) {
                Cursor<W> position = positionOf.apply(item);
                if (taken == max) {
                    return new Page<>(items, prefixes, true, endsWithPrefix);
                }
                taken++;
                Optional<String> rolledUp = commonPrefix(position.key(), p, delimiter);
                if (rolledUp.isPresent()) {
                    prefixes.add(rolledUp.get());
                    endsWithPrefix = true;
                    pastPrefix = Cursor.afterKey(rolledUp.get() + PAST_PREFIX);
                    break;
                }
                items.add(item);
                endsWithPrefix = false;
                cursor = position;
            }
            if (pastPrefix != null) {
                cursor = pastPrefix;
            } else if (batch.size() < batchSize) {
                return new Page<>(items, prefixes, false, endsWithPrefix);
            }
        }
    }

    /** The common prefix a key rolls up into, if the delimiter occurs after the listing prefix. */
    static Optional<String> commonPrefix(String key, String prefix, String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            return Optional.empty();
        }
        int at = key.indexOf(delimiter, prefix.length());
        return at < 0 ? Optional.empty() : Optional.of(key.substring(0, at + delimiter.length()));
    }
}

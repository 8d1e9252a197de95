package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.rules.ListingPages.Cursor;
import dev.objectlock.emulator.domain.rules.ListingPages.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a listing is cut into pages, over an in-memory listing. A page reads
 * {@code items ; common prefixes ; more|end}.
 */
class ListingPagesTest {

    /** One entry of a key; a key's entries are listed in {@code n} order. */
    private record Entry(String key, int n) {
        @Override
        public String toString() {
            return n == 1 ? key : key + "#" + n;
        }
    }

    /** A scan over entries held in listing order that counts how often it is asked. */
    private static final class Listing implements ListingPages.Scan<Entry, Integer> {
        private final List<Entry> entries;
        private final String prefix;
        int scans;

        Listing(List<Entry> entries, String prefix) {
            this.entries = entries.stream()
                    .sorted(Comparator.comparing(Entry::key).thenComparing(Entry::n))
                    .toList();
            this.prefix = prefix == null ? "" : prefix;
        }

        @Override
        public List<Entry> after(Cursor<Integer> cursor, int limit) {
            scans++;
            return entries.stream()
                    .filter(e -> e.key().startsWith(prefix))
                    .filter(e -> cursor.key() == null
                            || e.key().compareTo(cursor.key()) > 0
                            || e.key().equals(cursor.key()) && cursor.within() != null && e.n() > cursor.within())
                    .limit(limit)
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // description                                          | keys              | prefix | delimiter |
                // marker | max | page
                "everything fits                                        | a b c             |        |           |        | 10  | a b c ; ; end",
                "the maximum reached with entries left truncates        | a b c             |        |           |        | 2   | a b ; ; more",
                "a page exactly full is not truncated                   | a b c             |        |           |        | 3   | a b c ; ; end",
                "keys roll up at the delimiter, each prefix once        | a/1 a/2 b c/x/y   |        | /         |        | 10  | b ; a/ c/ ; end",
                "a common prefix counts as one entry                    | a/1 a/2 b c/x/y   |        | /         |        | 2   | b ; a/ ; more",
                "a page can end on a common prefix                      | a/1 a/2 b         |        | /         |        | 1   | ; a/ ; more",
                "the roll-up looks for the delimiter after the prefix   | a/1 a/b/c a/b/d b | a/     | /         |        | 10  | a/1 ; a/b/ ; end",
                "a delimiter of several characters                      | x--1 x--2 y       |        | --        |        | 10  | y ; x-- ; end",
                "no delimiter, no roll-up                               | a/1 a/2           |        |           |        | 10  | a/1 a/2 ; ; end",
                "a marker key: resume after it                          | a b c             |        |           | a      | 10  | b c ; ; end",
                "a marker between keys                                  | a b c             |        |           | aa     | 10  | b c ; ; end",
                "a marker naming a common prefix skips the keys under it | a/1 a/2 b c/x    |        | /         | a/     | 10  | b ; c/ ; end",
                "a marker that is no common prefix here skips nothing   | a/1 a/2 b         |        |           | a/     | 10  | a/1 a/2 b ; ; end",
                "max 0 over entries: empty and truncated                | a                 |        |           |        | 0   | ; ; more",
                "max 0 over nothing: empty, not truncated               |                   |        |           |        | 0   | ; ; end",
                "an empty listing                                       |                   |        |           |        | 10  | ; ; end",
                "a negative max never fills a page                      | a b               |        |           |        | -1  | a b ; ; end"
            })
    void page(
            String description, String keys, String prefix, String delimiter, String marker, int max, String expected) {
        Listing listing = new Listing(entries(keys), prefix);

        Page<Entry> page =
                ListingPages.page(prefix, delimiter, max, Cursor.afterKey(marker), listing, ListingPagesTest::at);

        assertThat(render(page)).isEqualTo(expected);
    }

    @Test
    void pagingOneEntryAtATimeListsEachEntryOnceInOrder() {
        Listing listing = new Listing(entries("a/1 a/2 b c/x c/y d e/f/g"), null);
        List<String> seen = new ArrayList<>();
        Cursor<Integer> marker = Cursor.afterKey(null);
        for (int pages = 0; pages < 20; pages++) {
            Page<Entry> page = ListingPages.page(null, "/", 1, marker, listing, ListingPagesTest::at);
            page.items().forEach(e -> seen.add(e.toString()));
            seen.addAll(page.commonPrefixes());
            if (!page.truncated()) {
                break;
            }
            // The next marker names the last entry returned: an item's position, or a common prefix alone.
            marker = page.lastItem() == null ? Cursor.afterKey(page.lastPrefix()) : at(page.lastItem());
        }

        assertThat(seen).containsExactly("a/", "b", "c/", "d", "e/");
    }

    @Test
    void resumesWithinAKeyAfterTheEntryTheCursorNames() {
        Listing listing =
                new Listing(List.of(new Entry("k", 1), new Entry("k", 2), new Entry("k", 3), new Entry("l", 1)), null);

        Page<Entry> page = ListingPages.page(null, null, 2, new Cursor<>("k", 1), listing, ListingPagesTest::at);

        assertThat(render(page)).isEqualTo("k#2 k#3 ; ; more");
        assertThat(page.lastItem()).isEqualTo(new Entry("k", 3));
        assertThat(page.lastPrefix()).isNull();
    }

    @Test
    void readsBatchAfterBatchUntilThePageIsFull() {
        Listing listing = new Listing(entries("a b c d e f g"), null);

        Page<Entry> page = ListingPages.page(null, null, 5, Cursor.afterKey(null), listing, ListingPagesTest::at, 2);

        assertThat(render(page)).isEqualTo("a b c d e ; ; more");
        assertThat(listing.scans).isEqualTo(3);
    }

    @Test
    void jumpsPastACommonPrefixInsteadOfReadingEveryKeyUnderIt() {
        Listing listing = new Listing(entries("a/1 a/2 a/3 a/4 a/5 a/6 b"), null);

        Page<Entry> page = ListingPages.page(null, "/", 10, Cursor.afterKey(null), listing, ListingPagesTest::at, 2);

        assertThat(render(page)).isEqualTo("b ; a/ ; end");
        assertThat(listing.scans).as("a/1 a/2, then b").isEqualTo(2);
        assertThat(page.lastItem()).isEqualTo(new Entry("b", 1));
    }

    @Test
    void aPageEndingOnACommonPrefixNamesIt() {
        Listing listing = new Listing(entries("a b/1 c"), null);

        Page<Entry> page = ListingPages.page(null, "/", 2, Cursor.afterKey(null), listing, ListingPagesTest::at);

        assertThat(page.endsWithPrefix()).isTrue();
        assertThat(page.lastPrefix()).isEqualTo("b/");
        assertThat(page.lastItem()).isNull();
    }

    private static Cursor<Integer> at(Entry e) {
        return new Cursor<>(e.key(), e.n());
    }

    private static List<Entry> entries(String keys) {
        return keys == null
                ? List.of()
                : Arrays.stream(keys.split(" ")).map(k -> new Entry(k, 1)).toList();
    }

    private static String render(Page<Entry> page) {
        String items = page.items().stream().map(Entry::toString).collect(Collectors.joining(" "));
        String prefixes = String.join(" ", page.commonPrefixes());
        return (items + " ; " + prefixes + " ; " + (page.truncated() ? "more" : "end"))
                .replaceAll(" +", " ")
                .trim();
    }
}

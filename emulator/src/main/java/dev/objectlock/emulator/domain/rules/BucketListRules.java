package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import java.util.List;

/**
 * How ListBuckets filters and pages the caller's buckets ([R66]): names in ascending order,
 * {@code prefix} and {@code bucket-region} filter, {@code max-buckets} (1 to 10,000) cuts a page,
 * and a page that stops short of the last bucket says so, so the next page starts after it.
 */
public final class BucketListRules {

    public static final int MAX_BUCKETS_LIMIT = 10_000;

    /** One page; {@code resumeAfter} is the last name listed when more follow, else null. */
    public record Page(List<Bucket> buckets, String resumeAfter) {}

    private BucketListRules() {}

    /**
     * The page of {@code buckets} (sorted by name) after {@code after} (null: from the start).
     * {@code maxBuckets} null lists every match in one page, as ListBuckets without paging does.
     */
    public static Page page(List<Bucket> buckets, String prefix, String region, Integer maxBuckets, String after) {
        if (maxBuckets != null && (maxBuckets < 1 || maxBuckets > MAX_BUCKETS_LIMIT)) {
            throw S3Exception.invalidArgument(
                    "Argument max-buckets must be an integer between 1 and " + MAX_BUCKETS_LIMIT,
                    "max-buckets",
                    maxBuckets.toString());
        }
        List<Bucket> matching = buckets.stream()
                .filter(b -> after == null || b.name().compareTo(after) > 0)
                .filter(b -> prefix == null || b.name().startsWith(prefix))
                .filter(b -> region == null || b.region().equals(region))
                .toList();
        if (maxBuckets == null || matching.size() <= maxBuckets) {
            return new Page(matching, null);
        }
        List<Bucket> page = matching.subList(0, maxBuckets);
        return new Page(List.copyOf(page), page.get(page.size() - 1).name());
    }
}

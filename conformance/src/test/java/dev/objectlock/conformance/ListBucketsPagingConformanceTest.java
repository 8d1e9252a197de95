package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;

/**
 * ListBuckets filtering and paging ([R66]). Each scenario narrows the listing to its own buckets
 * with the common prefix of their names, so other buckets of the account or emulator do not count.
 */
class ListBucketsPagingConformanceTest extends Scenario {

    private static String commonPrefix(List<String> names) {
        String prefix = names.get(0);
        for (String name : names) {
            while (!name.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        return prefix;
    }

    @Test
    @AwsSource(
            rules = {"R66"},
            value = "ls-list TestS3ListBuckets test_list_buckets_with_max_buckets,"
                    + " test_list_buckets_with_continuation_token [AWS-recorded]")
    void maxBucketsPagesThroughEveryBucketOnceWithContinuationTokens() {
        List<String> mine = List.of(buckets.create(), buckets.create(), buckets.create());
        String prefix = commonPrefix(mine);

        List<String> listed = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            ListBucketsResponse page =
                    s3.listBuckets(b -> b.maxBuckets(1).prefix(prefix).continuationToken(current));
            assertThat(page.buckets()).hasSizeLessThanOrEqualTo(1);
            page.buckets().stream().map(Bucket::name).forEach(listed::add);
            token = page.continuationToken();
            pages++;
        } while (token != null && pages < 10);

        assertThat(listed).containsExactlyElementsOf(mine.stream().sorted().toList());
        assertThat(pages).isEqualTo(3);
    }

    @Test
    @AwsSource(
            rules = {"R66"},
            value = "ls-list TestS3ListBuckets test_list_buckets_when_continuation_token_is_empty [AWS-recorded]")
    void emptyContinuationTokenStartsFromTheFirstBucket() {
        List<String> mine = List.of(buckets.create(), buckets.create());
        String prefix = commonPrefix(mine);

        ListBucketsResponse page =
                s3.listBuckets(b -> b.maxBuckets(1).prefix(prefix).continuationToken(""));

        assertThat(page.buckets())
                .extracting(Bucket::name)
                .containsExactly(mine.stream().sorted().findFirst().get());
        assertThat(page.continuationToken()).isNotBlank();
    }

    @Test
    @AwsSource(
            rules = {"R66"},
            value = "ls-list TestS3ListBuckets test_list_buckets_by_prefix_with_case_sensitivity [AWS-recorded]")
    void prefixIsCaseSensitiveAndEchoed() {
        String bucket = buckets.create();

        ListBucketsResponse upper = s3.listBuckets(b -> b.prefix(bucket.toUpperCase(Locale.ROOT)));
        ListBucketsResponse exact = s3.listBuckets(b -> b.prefix(bucket));

        assertThat(upper.buckets()).isEmpty();
        assertThat(upper.prefix()).isEqualTo(bucket.toUpperCase(Locale.ROOT));
        assertThat(exact.buckets()).extracting(Bucket::name).containsExactly(bucket);
        assertThat(exact.prefix()).isEqualTo(bucket);
        assertThat(exact.continuationToken()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"R66"},
            value = "ls-list TestS3ListBuckets test_list_buckets_by_bucket_region [AWS-recorded]")
    void bucketRegionFiltersByTheBucketsRegion() {
        String bucket = buckets.create();
        String region = s3.listBuckets(b -> b.prefix(bucket)).buckets().get(0).bucketRegion();
        String other = "eu-central-1".equals(region) ? "us-west-2" : "eu-central-1";

        assertThat(s3.listBuckets(b -> b.prefix(bucket).bucketRegion(region)).buckets())
                .extracting(Bucket::name, Bucket::bucketRegion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bucket, region));
        assertThat(s3.listBuckets(b -> b.prefix(bucket).bucketRegion(other)).buckets())
                .isEmpty();
    }
}

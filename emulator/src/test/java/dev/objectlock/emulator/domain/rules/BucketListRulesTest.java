package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ListBuckets filtering and paging ([R66]). */
class BucketListRulesTest {

    private static final List<Bucket> BUCKETS =
            List.of(bucket("alpha", "us-east-1"), bucket("beta", "eu-west-1"), bucket("beta-2", "us-east-1"));

    private static Bucket bucket(String name, String region) {
        return new Bucket(name, region, Instant.EPOCH, VersioningStatus.UNVERSIONED, false, false, null);
    }

    private static List<String> names(BucketListRules.Page page) {
        return page.buckets().stream().map(Bucket::name).toList();
    }

    @Test
    void withoutMaxBucketsListsEveryMatchInOnePage() {
        BucketListRules.Page page = BucketListRules.page(BUCKETS, null, null, null, null);

        assertThat(names(page)).containsExactly("alpha", "beta", "beta-2");
        assertThat(page.resumeAfter()).isNull();
    }

    @Test
    void maxBucketsCutsAPageThatResumesAfterItsLastName() {
        BucketListRules.Page first = BucketListRules.page(BUCKETS, null, null, 2, null);
        BucketListRules.Page second = BucketListRules.page(BUCKETS, null, null, 2, first.resumeAfter());

        assertThat(names(first)).containsExactly("alpha", "beta");
        assertThat(first.resumeAfter()).isEqualTo("beta");
        assertThat(names(second)).containsExactly("beta-2");
        assertThat(second.resumeAfter()).isNull();
    }

    @Test
    void aPageEndingOnTheLastMatchIsNotTruncated() {
        BucketListRules.Page page = BucketListRules.page(BUCKETS, null, null, 3, null);

        assertThat(page.resumeAfter()).isNull();
    }

    @Test
    void prefixAndRegionFilterBeforePaging() {
        assertThat(names(BucketListRules.page(BUCKETS, "beta", null, null, null)))
                .containsExactly("beta", "beta-2");
        assertThat(names(BucketListRules.page(BUCKETS, "Beta", null, null, null)))
                .isEmpty();
        assertThat(names(BucketListRules.page(BUCKETS, "beta", "us-east-1", 1, null)))
                .containsExactly("beta-2");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void maxBucketsOutsideOneToTenThousandIsInvalidArgument(int max) {
        assertThatThrownBy(() -> BucketListRules.page(BUCKETS, null, null, max, null))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", "max-buckets"));
                });
    }
}

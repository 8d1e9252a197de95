package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;

/** ListObjectVersions paging: max-keys, truncation and the two markers ([A.5.2]–[A.5.5], [R10, R11]). */
class ListObjectVersionsPagingConformanceTest extends Scenario {

    @Test
    @AwsSource(
            rules = {"A.5.5", "R10"},
            value = "ls-list test_list_objects_versions_markers [AWS-recorded]; "
                    + "vgw ListObjectVersions_multiple_object_versions_truncated")
    void truncatedPageNamesTheLastReturnedEntryInItsNextMarkers() {
        String bucket = buckets.createVersioned();
        String a1 = steps.putVersion(bucket, "a", "a1");
        String a2 = steps.putVersion(bucket, "a", "a2");
        steps.putVersion(bucket, "b", "b1");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(2));

        assertThat(page.isTruncated()).isTrue();
        assertThat(page.maxKeys()).isEqualTo(2);
        assertThat(Entry.of(page)).containsExactly(Entry.version("a", a2, true), Entry.version("a", a1, false));
        assertThat(page.nextKeyMarker()).isEqualTo("a");
        assertThat(page.nextVersionIdMarker())
                .as("the last returned version, not the next one")
                .isEqualTo(a1);
    }

    @Test
    @AwsSource(
            rules = {"R11", "A.5.5"},
            value = "ls-list \"list-objects-versions-5\" [AWS-recorded]")
    void pageCanEndOnDeleteMarker() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "a", "a1");
        String marker = steps.delete(bucket, "a");
        steps.putVersion(bucket, "b", "b1");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(1));

        assertThat(page.isTruncated()).isTrue();
        assertThat(Entry.of(page)).containsExactly(Entry.marker("a", marker, true));
        assertThat(page.nextKeyMarker()).isEqualTo("a");
        assertThat(page.nextVersionIdMarker()).isEqualTo(marker);
    }

    @Test
    @AwsSource(
            rules = {"R11"},
            value = "ls-list [AWS-recorded]: max-keys counts versions, markers, prefixes")
    void maxKeysCountsVersionsAndDeleteMarkersTogether() {
        String bucket = buckets.createVersioned();
        String a1 = steps.putVersion(bucket, "a", "a1");
        String marker = steps.delete(bucket, "a");
        steps.putVersion(bucket, "b", "b1");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(2));

        assertThat(page.isTruncated()).isTrue();
        assertThat(Entry.of(page))
                .containsExactlyInAnyOrder(Entry.version("a", a1, false), Entry.marker("a", marker, true));
        assertThat(page.nextVersionIdMarker()).isEqualTo(a1);
    }

    @Test
    @AwsSource(
            rules = {"A.5.5", "A.5.1"},
            value = "ls-list [AWS-recorded]: a CommonPrefix counts 1 and "
                    + "ends a page with NextKeyMarker = prefix and no NextVersionIdMarker")
    void pageEndingOnCommonPrefixHasNoNextVersionIdMarker() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "dir/a", "1");
        steps.putVersion(bucket, "dir/b", "2");
        steps.putVersion(bucket, "z", "3");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).delimiter("/").maxKeys(1));

        assertThat(page.isTruncated()).isTrue();
        assertThat(page.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("dir/");
        assertThat(page.hasVersions()).isFalse();
        assertThat(page.nextKeyMarker()).isEqualTo("dir/");
        assertThat(page.nextVersionIdMarker()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.5.2", "R10"},
            value = "ls-list \"list-objects-next-key-only\" [AWS-recorded]")
    void keyMarkerAloneStartsAfterAllVersionsOfThatKey() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "a", "a1");
        steps.putVersion(bucket, "a", "a2");
        steps.delete(bucket, "a");
        String b1 = steps.putVersion(bucket, "b", "b1");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).keyMarker("a"));

        assertThat(page.keyMarker()).isEqualTo("a");
        assertThat(Entry.of(page)).containsExactly(Entry.version("b", b1, true));
    }

    @Test
    @AwsSource(
            rules = {"A.5.3", "R10"},
            value = "ls-list test_list_objects_versions_markers [AWS-recorded]")
    void keyMarkerWithVersionIdMarkerStartsWithTheNextOlderVersion() {
        String bucket = buckets.createVersioned();
        String a1 = steps.putVersion(bucket, "a", "a1");
        String a2 = steps.putVersion(bucket, "a", "a2");
        steps.putVersion(bucket, "a", "a3");
        String b1 = steps.putVersion(bucket, "b", "b1");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).keyMarker("a").versionIdMarker(a2));

        assertThat(page.versionIdMarker()).isEqualTo(a2);
        assertThat(Entry.of(page)).containsExactly(Entry.version("a", a1, false), Entry.version("b", b1, true));
    }

    @Test
    @AwsSource(
            rules = {"A.5.3"},
            value = "ls-list \"...page-2-after-delete\" [AWS-recorded]")
    void versionIdMarkerOfVersionDeletedSinceContinuesWithNextOlder() {
        String bucket = buckets.createVersioned();
        String a1 = steps.putVersion(bucket, "a", "a1");
        steps.putVersion(bucket, "a", "a2");
        steps.putVersion(bucket, "a", "a3");
        ListObjectVersionsResponse first =
                s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(2));
        String lastReturned = first.nextVersionIdMarker();
        s3.deleteObject(b -> b.bucket(bucket).key("a").versionId(lastReturned));

        ListObjectVersionsResponse second = s3.listObjectVersions(
                b -> b.bucket(bucket).keyMarker(first.nextKeyMarker()).versionIdMarker(lastReturned));

        assertThat(Entry.of(second)).containsExactly(Entry.version("a", a1, false));
        assertThat(second.isTruncated()).isFalse();
    }

    @Test
    @AwsSource(
            rules = {"A.5.3"},
            value = "[A.5.3] version-id-marker=null is allowed [AWS-recorded ls-list]")
    void versionIdMarkerNullIsAccepted() {
        String bucket = buckets.create();
        steps.put(bucket, "a", "null version");
        steps.enableVersioning(bucket);
        String a1 = steps.putVersion(bucket, "a", "a1");
        String b1 = steps.putVersion(bucket, "b", "b1");

        ListObjectVersionsResponse afterA1 =
                s3.listObjectVersions(b -> b.bucket(bucket).keyMarker("a").versionIdMarker(a1));
        ListObjectVersionsResponse afterNull =
                s3.listObjectVersions(b -> b.bucket(bucket).keyMarker("a").versionIdMarker("null"));

        assertThat(Entry.of(afterA1)).containsExactly(Entry.version("a", "null", false), Entry.version("b", b1, true));
        assertThat(Entry.of(afterNull)).containsExactly(Entry.version("b", b1, true));
    }

    @Test
    @AwsSource(
            rules = {"A.5.4", "R10"},
            value = "ls-list test_list_objects_versions_markers; [E5] [AWS-recorded]")
    void versionIdMarkerWithoutKeyMarkerIsInvalidArgument() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "a", "a1");

        assertS3Error(() -> s3.listObjectVersions(b -> b.bucket(bucket).versionIdMarker(version)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("A version-id marker cannot be specified without a key marker.")
                .hasElement("ArgumentName", "version-id-marker")
                .hasElement("ArgumentValue", version);
    }

    @Test
    @AwsSource(
            rules = {"A.5.5", "R10", "R11"},
            value = "ls-list test_list_objects_versions_markers [AWS-recorded]")
    void followingNextMarkersVisitsEveryEntryExactlyOnce() {
        String bucket = buckets.createVersioned();
        for (String key : List.of("a", "b", "c")) {
            steps.putVersion(bucket, key, key + "1");
            steps.delete(bucket, key);
            steps.putVersion(bucket, key, key + "2");
        }
        List<Entry> all = steps.listingOrder(bucket);

        List<Entry> pagedByTwo = new ArrayList<>();
        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(2));
        pagedByTwo.addAll(Entry.of(page));
        for (int pages = 1; page.isTruncated() && pages < 10; pages++) {
            ListObjectVersionsResponse previous = page;
            page = s3.listObjectVersions(b -> b.bucket(bucket)
                    .maxKeys(2)
                    .keyMarker(previous.nextKeyMarker())
                    .versionIdMarker(previous.nextVersionIdMarker()));
            pagedByTwo.addAll(Entry.of(page));
        }

        assertThat(all).hasSize(9).doesNotHaveDuplicates();
        assertThat(pagedByTwo).containsExactlyInAnyOrderElementsOf(all);
        assertThat(page.isTruncated()).as("9 entries end within 5 pages of 2").isFalse();
        assertThat(s3.listObjectVersionsPaginator(b -> b.bucket(bucket).maxKeys(4)).stream()
                        .limit(10)
                        .flatMap(p -> Entry.of(p).stream()))
                .containsExactlyInAnyOrderElementsOf(all);
    }
}

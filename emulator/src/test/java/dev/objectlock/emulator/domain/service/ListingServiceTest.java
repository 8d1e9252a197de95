package dev.objectlock.emulator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.service.ListingService.ListObjects;
import dev.objectlock.emulator.domain.service.ListingService.ListVersions;
import dev.objectlock.emulator.domain.service.ListingService.ObjectPage;
import dev.objectlock.emulator.domain.service.ListingService.VersionPage;
import dev.objectlock.emulator.storage.InMemoryDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ListObjectVersions and ListObjects paging ([A.5, R10, R11]) on the real JDBC
 * repositories over in-memory H2.
 */
class ListingServiceTest {

    private static final String BUCKET = "bucket";

    private InMemoryDatabase db;
    private ListingService listings;

    @BeforeEach
    void openDatabase() {
        db = new InMemoryDatabase();
        db.createBucket(BUCKET, VersioningStatus.ENABLED);
        listings = new ListingService(db.buckets(), db.versions());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void listsEveryVersionKeyAscendingNewestFirstWithTheLatestFlag() {
        ObjectVersion a1 = db.put(BUCKET, "a");
        ObjectVersion b1 = db.put(BUCKET, "b");
        ObjectVersion a2 = db.put(BUCKET, "a");
        DeleteMarker bMarker = db.deleteMarker(BUCKET, "b");

        VersionPage page = versions(null, null, null, null, 1000);

        assertThat(page.versions())
                .containsExactly(
                        new ListedVersion(a2, true),
                        new ListedVersion(a1, false),
                        new ListedVersion(bMarker, true),
                        new ListedVersion(b1, false));
        assertThat(page.commonPrefixes()).isEmpty();
        assertThat(page.truncated()).isFalse();
        assertThat(page.nextKeyMarker()).isNull();
        assertThat(page.nextVersionIdMarker()).isNull();
    }

    @Test
    void filtersByPrefix() {
        db.put(BUCKET, "logs/1");
        db.put(BUCKET, "logs2");
        db.put(BUCKET, "other");

        assertThat(keys(versions("logs", null, null, null, 1000))).containsExactly("logs/1", "logs2");
    }

    @Test
    void rollsKeysUpIntoCommonPrefixesAtTheDelimiter() {
        // API_ListObjectVersions delimiter example: sample.jpg plus photos/ and videos/.
        db.put(BUCKET, "photos/2006/January/sample.jpg");
        db.put(BUCKET, "photos/2006/February/sample.jpg");
        db.put(BUCKET, "sample.jpg");
        db.put(BUCKET, "videos/2006/March/sample.wmv");

        VersionPage page = versions(null, "/", null, null, 1000);

        assertThat(keys(page)).containsExactly("sample.jpg");
        assertThat(page.commonPrefixes()).containsExactly("photos/", "videos/");
        assertThat(page.truncated()).isFalse();
    }

    @Test
    void rollsUpAtTheFirstDelimiterAfterThePrefix() {
        // API_ListObjectVersions prefix=photos/2006/&delimiter=/ example.
        db.put(BUCKET, "photos/2006/February/sample.jpg");
        db.put(BUCKET, "photos/2006/January/sample.jpg");
        db.put(BUCKET, "photos/2006/March/sample.jpg");
        db.put(BUCKET, "photos/2006/index.html");
        db.put(BUCKET, "photos/2007/x.jpg");

        VersionPage page = versions("photos/2006/", "/", null, null, 1000);

        assertThat(keys(page)).containsExactly("photos/2006/index.html");
        assertThat(page.commonPrefixes())
                .containsExactly("photos/2006/February/", "photos/2006/January/", "photos/2006/March/");
    }

    @Test
    void countsACommonPrefixAsOneEntryTowardsMaxKeys() {
        // [A.5.1, A.5.5]: a rolled-up prefix counts 1; a page ending on it names it as
        // NextKeyMarker, with no NextVersionIdMarker (AWS-recorded ls-list).
        db.put(BUCKET, "a");
        db.put(BUCKET, "dir/x");
        db.put(BUCKET, "dir/y");
        db.put(BUCKET, "dir/y");
        db.put(BUCKET, "e");

        VersionPage page = versions(null, "/", null, null, 2);

        assertThat(keys(page)).containsExactly("a");
        assertThat(page.commonPrefixes()).containsExactly("dir/");
        assertThat(page.truncated()).isTrue();
        assertThat(page.nextKeyMarker()).isEqualTo("dir/");
        assertThat(page.nextVersionIdMarker()).isNull();
    }

    @Test
    void resumesAfterACommonPrefixWithoutRepeatingIt() {
        db.put(BUCKET, "a");
        db.put(BUCKET, "dir/x");
        db.put(BUCKET, "dir/y");
        ObjectVersion e = db.put(BUCKET, "e");

        VersionPage page = versions(null, "/", "dir/", null, 1000);

        assertThat(page.versions()).extracting(ListedVersion::entry).containsExactly(e);
        assertThat(page.commonPrefixes()).isEmpty();
    }

    @Test
    void namesTheLastReturnedVersionInTheNextMarkers() {
        // [R10]: NextKeyMarker/NextVersionIdMarker identify the last entry returned, not the next one.
        db.put(BUCKET, "k");
        ObjectVersion k2 = db.put(BUCKET, "k");
        ObjectVersion k3 = db.put(BUCKET, "k");

        VersionPage page = versions(null, null, null, null, 2);

        assertThat(page.versions()).extracting(ListedVersion::entry).containsExactly(k3, k2);
        assertThat(page.truncated()).isTrue();
        assertThat(page.nextKeyMarker()).isEqualTo("k");
        assertThat(page.nextVersionIdMarker()).isEqualTo(k2.versionId().value());
    }

    @Test
    void mayEndAPageOnADeleteMarker() {
        // [R11]: markers and versions share one order and both count; the page may end on a marker.
        db.put(BUCKET, "k");
        DeleteMarker marker = db.deleteMarker(BUCKET, "k");
        db.put(BUCKET, "z");

        VersionPage page = versions(null, null, null, null, 1);

        assertThat(page.versions()).extracting(ListedVersion::entry).containsExactly(marker);
        assertThat(page.nextKeyMarker()).isEqualTo("k");
        assertThat(page.nextVersionIdMarker()).isEqualTo(marker.versionId().value());
    }

    @Test
    void walksEveryEntryExactlyOnceThroughTheMarkers() {
        List<ListedVersion> all = new ArrayList<>();
        for (String key : List.of("a", "b/1", "b/2", "c")) {
            db.put(BUCKET, key);
            db.deleteMarker(BUCKET, key);
            db.put(BUCKET, key);
        }
        all.addAll(versions(null, null, null, null, 1000).versions());

        List<ListedVersion> walked = new ArrayList<>();
        String keyMarker = null;
        String versionIdMarker = null;
        int pages = 0;
        while (true) {
            VersionPage page = versions(null, null, keyMarker, versionIdMarker, 5);
            walked.addAll(page.versions());
            pages++;
            if (!page.truncated()) {
                break;
            }
            keyMarker = page.nextKeyMarker();
            versionIdMarker = page.nextVersionIdMarker();
        }

        assertThat(all).hasSize(12);
        assertThat(walked).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void skipsEveryVersionOfTheKeyMarkerWhenGivenAlone() {
        // [A.5.2]: key-marker alone starts after all versions of that key (AWS-recorded).
        db.put(BUCKET, "a");
        db.put(BUCKET, "a");
        ObjectVersion b = db.put(BUCKET, "b");

        assertThat(versions(null, null, "a", null, 1000).versions())
                .extracting(ListedVersion::entry)
                .containsExactly(b);
    }

    @Test
    void continuesWithTheNextOlderVersionWhenTheMarkerVersionWasDeleted() {
        // [A.5.3]: if the marker version has since been deleted, continue from the next older one.
        ObjectVersion k1 = db.put(BUCKET, "k");
        ObjectVersion k2 = db.put(BUCKET, "k");
        db.put(BUCKET, "k");
        db.versions().delete(BUCKET, "k", k2.versionId());

        VersionPage page = versions(null, null, "k", k2.versionId().value(), 1000);

        assertThat(page.versions()).extracting(ListedVersion::entry).containsExactly(k1);
    }

    @Test
    void acceptsTheNullVersionAsVersionIdMarker() {
        // [A.5.3]: version-id-marker=null is allowed.
        ObjectVersion nullVersion = db.putNull(BUCKET, "k");
        db.put(BUCKET, "k");
        ObjectVersion z = db.put(BUCKET, "z");

        VersionPage page = versions(null, null, "k", "null", 1000);

        assertThat(page.versions()).extracting(ListedVersion::entry).containsExactly(z);
        assertThat(nullVersion.versionId().isNull()).isTrue();
    }

    @Test
    void isNotTruncatedWhenThePageHoldsExactlyTheRest() {
        db.put(BUCKET, "a");
        db.put(BUCKET, "b");

        VersionPage page = versions(null, null, null, null, 2);

        assertThat(page.versions()).hasSize(2);
        assertThat(page.truncated()).isFalse();
        assertThat(page.nextKeyMarker()).isNull();
    }

    @Test
    void answersMaxKeysZeroWithAnEmptyUntruncatedPage() {
        // [A.5.6]: max-keys=0 gives an empty result with IsTruncated=false [UNCERTAIN].
        db.put(BUCKET, "a");

        VersionPage page = versions(null, null, null, null, 0);

        assertThat(page.versions()).isEmpty();
        assertThat(page.truncated()).isFalse();
    }

    @Test
    void rollsUpPrefixesThatSpanMoreThanOneStorageBatch() {
        // More rows under one prefix than the service fetches at once, then one key after them.
        db.jdbc().inTransaction(() -> {
            for (int i = 0; i < 1_100; i++) {
                db.put(BUCKET, String.format("big/%05d", i));
            }
        });
        db.put(BUCKET, "c");
        ObjectVersion z = db.put(BUCKET, "z");

        VersionPage page = versions(null, "/", null, null, 2);

        assertThat(page.commonPrefixes()).containsExactly("big/");
        assertThat(keys(page)).containsExactly("c");
        assertThat(page.truncated()).isTrue();
        assertThat(versions(null, "/", "c", null, 2).versions())
                .extracting(ListedVersion::entry)
                .containsExactly(z);

        VersionPage full = versions(null, null, null, null, 1000);
        assertThat(full.versions()).hasSize(1000);
        assertThat(full.truncated()).isTrue();
        assertThat(full.nextKeyMarker()).isEqualTo("big/00999");
    }

    @Test
    void rejectsAVersionIdMarkerWithoutAKeyMarker() {
        // [A.5.4, E5] (AWS-recorded ls-list).
        assertThatThrownBy(() -> versions(null, null, null, "gS53zabD7XTvkrwbjMnXlBylVWetO8ym", 1000))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.getMessage())
                            .isEqualTo("A version-id marker cannot be specified without a key marker.");
                    assertThat(e.details())
                            .containsExactly(
                                    new S3Exception.Detail("ArgumentName", "version-id-marker"),
                                    new S3Exception.Detail("ArgumentValue", "gS53zabD7XTvkrwbjMnXlBylVWetO8ym"));
                });
    }

    @Test
    void rejectsAMalformedVersionIdMarker() {
        assertThatThrownBy(() -> versions(null, null, "k", "not-an-id", 1000))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void rejectsNegativeMaxKeys(int maxKeys) {
        // [A.5.6, E25]: "max-keys cannot be negative", ArgumentName maxKeys (vgw).
        assertThatThrownBy(() -> versions(null, null, null, null, maxKeys))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).isEqualTo("max-keys cannot be negative");
                    assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", "maxKeys"));
                });
        assertThatThrownBy(() -> listings.listObjects(new ListObjects(BUCKET, null, null, null, maxKeys)))
                .isInstanceOf(S3Exception.class);
    }

    @Test
    void answersNoSuchBucketForAMissingBucket() {
        assertThatThrownBy(() -> listings.listVersions(new ListVersions("missing", null, null, null, null, 1000)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.NO_SUCH_BUCKET);
                    assertThat(e.details()).containsExactly(new S3Exception.Detail("BucketName", "missing"));
                });
        assertThatThrownBy(() -> listings.listObjects(new ListObjects("missing", null, null, null, 1000)))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.NO_SUCH_BUCKET));
    }

    @Test
    void listsOnlyCurrentObjectsAndHidesKeysWhoseCurrentEntryIsADeleteMarker() {
        db.put(BUCKET, "a");
        ObjectVersion a2 = db.put(BUCKET, "a");
        db.put(BUCKET, "gone");
        db.deleteMarker(BUCKET, "gone");
        ObjectVersion z = db.put(BUCKET, "z");

        ObjectPage page = listings.listObjects(new ListObjects(BUCKET, null, null, null, 1000));

        assertThat(page.objects()).containsExactly(a2, z);
        assertThat(page.truncated()).isFalse();
        assertThat(page.lastReturned()).isEqualTo("z");
    }

    @Test
    void pagesObjectsWithCommonPrefixesAndResumesAfterThem() {
        db.put(BUCKET, "a");
        db.put(BUCKET, "dir/x");
        db.put(BUCKET, "dir/y");
        ObjectVersion e = db.put(BUCKET, "e");

        ObjectPage first = listings.listObjects(new ListObjects(BUCKET, null, "/", null, 2));
        ObjectPage second = listings.listObjects(new ListObjects(BUCKET, null, "/", first.lastReturned(), 2));

        assertThat(first.objects()).extracting(ObjectVersion::key).containsExactly("a");
        assertThat(first.commonPrefixes()).containsExactly("dir/");
        assertThat(first.truncated()).isTrue();
        assertThat(first.lastReturned()).isEqualTo("dir/");
        assertThat(second.objects()).containsExactly(e);
        assertThat(second.commonPrefixes()).isEmpty();
        assertThat(second.truncated()).isFalse();
    }

    @Test
    void startsObjectListingsAfterTheMarkerKey() {
        // API_ListObjectsV2 start-after / API_ListObjects marker: listing starts after this key.
        db.put(BUCKET, "ExampleGuide.pdf");
        ObjectVersion object = db.put(BUCKET, "ExampleObject.txt");
        db.put(BUCKET, "Other");

        ObjectPage page = listings.listObjects(new ListObjects(BUCKET, "E", null, "ExampleGuide.pdf", 3));

        assertThat(page.objects()).containsExactly(object);
    }

    private VersionPage versions(
            String prefix, String delimiter, String keyMarker, String versionIdMarker, int maxKeys) {
        return listings.listVersions(new ListVersions(BUCKET, prefix, delimiter, keyMarker, versionIdMarker, maxKeys));
    }

    private static List<String> keys(VersionPage page) {
        return page.versions().stream().map(v -> v.entry().key()).toList();
    }
}

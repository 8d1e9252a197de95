package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * ListObjectVersions order, filtering and request validation ([A.5.1, A.5.6, A.5.7, A.5.9]; [R11]).
 * Paging is in {@link ListObjectVersionsPagingConformanceTest}.
 */
class ListObjectVersionsConformanceTest extends Scenario {

    @Test
    @AwsSource(
            rules = {"A.1", "A.5.1", "R11"},
            value = "ls-list test_list_objects_versions_markers [AWS-recorded]; "
                    + "[A.2] notes (interleaved Version/DeleteMarker)")
    void versionsAndDeleteMarkersShareOneOrderKeyAscendingNewestFirst() {
        String bucket = buckets.createVersioned();
        String b1 = steps.putVersion(bucket, "b", "b1");
        String bMarker = steps.delete(bucket, "b");
        String b2 = steps.putVersion(bucket, "b", "b2");
        String a1 = steps.putVersion(bucket, "a", "a1");
        String aMarker = steps.delete(bucket, "a");

        assertThat(steps.listingOrder(bucket))
                .containsExactly(
                        Entry.marker("a", aMarker, true),
                        Entry.version("a", a1, false),
                        Entry.version("b", b2, true),
                        Entry.marker("b", bMarker, false),
                        Entry.version("b", b1, false));
    }

    @Test
    @AwsSource(
            rules = {"A.5.1"},
            value = "[A.5.1]: key ascending in UTF-8 binary order")
    void keysSortInUtf8BinaryOrder() {
        String bucket = buckets.createVersioned();
        for (String key : List.of("\u00e9", "b", "a/b", "a-b", "_", "B")) {
            steps.put(bucket, key, key);
        }

        ListObjectVersionsResponse page = s3.listObjectVersions(b -> b.bucket(bucket));

        assertThat(page.versions())
                .extracting(ObjectVersion::key)
                .containsExactly("B", "_", "a-b", "a/b", "b", "\u00e9");
    }

    @Test
    @AwsSource(
            rules = {"A.5.1"},
            value = "[A.5.1] prefix filters")
    void prefixFiltersVersionsAndDeleteMarkers() {
        String bucket = buckets.createVersioned();
        String inside = steps.putVersion(bucket, "logs/a", "1");
        String insideMarker = steps.delete(bucket, "logs/b");
        steps.putVersion(bucket, "logs", "outside: shorter than the prefix");
        steps.putVersion(bucket, "other/a", "outside");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).prefix("logs/"));

        assertThat(page.prefix()).isEqualTo("logs/");
        assertThat(Entry.of(page))
                .containsExactly(Entry.version("logs/a", inside, true), Entry.marker("logs/b", insideMarker, true));
    }

    @Test
    @AwsSource(
            rules = {"A.5.1"},
            value = "[A.5.1] delimiter rolls keys up into CommonPrefixes")
    void delimiterRollsKeysUpIntoCommonPrefixes() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "dir/a", "1");
        steps.putVersion(bucket, "dir/a", "2");
        steps.delete(bucket, "dir/sub/b");
        steps.putVersion(bucket, "other/c", "3");
        String top = steps.putVersion(bucket, "top", "4");

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).delimiter("/"));

        assertThat(page.delimiter()).isEqualTo("/");
        assertThat(page.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("dir/", "other/");
        assertThat(Entry.of(page)).containsExactly(Entry.version("top", top, true));
    }

    @Test
    @AwsSource(
            rules = {"A.5.6"},
            value = "[A.5.6] default max-keys 1000")
    void maxKeysDefaultsTo1000() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        ListObjectVersionsResponse page = s3.listObjectVersions(b -> b.bucket(bucket));

        assertThat(page.maxKeys()).isEqualTo(1000);
        assertThat(page.isTruncated()).isFalse();
    }

    @Test
    @AwsSource(
            rules = {"A.5.6"},
            value = "vgw ListObjectVersions_negative_max_keys; [E25]")
    void negativeMaxKeysIsInvalidArgument() {
        String bucket = buckets.createVersioned();

        assertS3Error(() -> s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(-1)))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("max-keys cannot be negative")
                .hasElement("ArgumentName", "maxKeys");
    }

    @Test
    @AwsSource(
            rules = {"A.5.7"},
            value = "[A.5.7] [AWS-recorded]")
    void unknownEncodingTypeIsInvalidArgument() {
        String bucket = buckets.createVersioned();

        assertS3Error(() -> s3.listObjectVersions(b -> b.bucket(bucket).encodingType("base64")))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Invalid Encoding Method specified in Request")
                .hasElement("ArgumentName", "encoding-type");
    }

    @Test
    @AwsSource(
            rules = {"A.5.7"},
            value = "[A.5.7]: with url, Key/Prefix/KeyMarker are URL-encoded "
                    + "[AWS-recorded]; the SDK decodes them back")
    void urlEncodingTypeRoundTripsKeysThroughTheSdk() {
        String bucket = buckets.createVersioned();
        String key = "dir/a+b c&d=\u00e9";
        String version = steps.putVersion(bucket, key, "body");

        ListObjectVersionsResponse page = s3.listObjectVersions(
                b -> b.bucket(bucket).encodingType(EncodingType.URL).prefix("dir/a+b"));

        assertThat(page.encodingType()).isEqualTo(EncodingType.URL);
        assertThat(page.prefix()).isEqualTo("dir/a+b");
        assertThat(Entry.of(page)).containsExactly(Entry.version(key, version, true));
    }

    @Test
    @AwsSource(
            rules = {"A.2"},
            value = "[A.2] ListVersionsResult shape (AWS API reference example; ls-list "
                    + "snapshots [AWS-recorded] show KeyMarker/VersionIdMarker as empty strings)")
    void untruncatedListingEchoesEmptyMarkersAndOmitsWhatWasNotSent() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");

        ListObjectVersionsResponse page = s3.listObjectVersions(b -> b.bucket(bucket));

        assertThat(page.name()).isEqualTo(bucket);
        assertThat(page.keyMarker()).as("KeyMarker is always present").isEmpty();
        assertThat(page.versionIdMarker())
                .as("VersionIdMarker is always present")
                .isEmpty();
        assertThat(page.nextKeyMarker()).as("only when truncated").isNull();
        assertThat(page.nextVersionIdMarker()).as("only when truncated").isNull();
        assertThat(page.delimiter()).as("only when sent").isNull();
        assertThat(page.encodingType()).as("only when sent").isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.2"},
            value = "[A.2] Version/DeleteMarker elements (AWS API reference example; "
                    + "ls-list snapshots [AWS-recorded])")
    void entriesCarryTheirListedFields() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "four");
        String marker = steps.delete(bucket, "key");

        ListObjectVersionsResponse page = s3.listObjectVersions(b -> b.bucket(bucket));

        assertThat(page.versions()).singleElement().satisfies(v -> {
            assertThat(v.versionId()).isEqualTo(version);
            assertThat(v.size()).isEqualTo(4L);
            assertThat(v.eTag()).startsWith("\"").endsWith("\"");
            assertThat(v.lastModified()).isNotNull();
            assertThat(v.storageClassAsString()).isEqualTo("STANDARD");
            assertThat(v.owner().id()).isNotBlank();
        });
        assertThat(page.deleteMarkers()).singleElement().satisfies(m -> {
            assertThat(m.versionId()).isEqualTo(marker);
            assertThat(m.lastModified()).isNotNull();
            assertThat(m.owner().id()).isNotBlank();
        });
    }

    @Test
    @AwsSource(
            rules = {"A.5.9"},
            value = "s3-tests ('Versions' not in response)")
    void emptyListingOmitsVersionsMarkersAndPrefixes() {
        String bucket = buckets.createVersioned();

        ListObjectVersionsResponse page =
                s3.listObjectVersions(b -> b.bucket(bucket).delimiter("/"));

        assertThat(page.hasVersions()).as("<Version> elements present").isFalse();
        assertThat(page.hasDeleteMarkers())
                .as("<DeleteMarker> elements present")
                .isFalse();
        assertThat(page.hasCommonPrefixes())
                .as("<CommonPrefixes> elements present")
                .isFalse();
        assertThat(page.isTruncated()).isFalse();
    }
}

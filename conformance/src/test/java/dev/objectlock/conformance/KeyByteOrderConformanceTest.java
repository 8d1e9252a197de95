package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Listings order keys by their UTF-8 bytes ([R67]). A character beyond U+FFFF (four UTF-8 bytes,
 * a surrogate pair in UTF-16) sorts after U+FF61 (three bytes), although its first UTF-16 code
 * unit sorts before it.
 */
class KeyByteOrderConformanceTest extends Scenario {

    private static final String ASCII = "a";
    /** U+FF61 HALFWIDTH IDEOGRAPHIC FULL STOP: EF BD A1. */
    private static final String HIGH_BMP = "\uFF61";
    /** U+1F600 GRINNING FACE: F0 9F 98 80; in UTF-16 D83D DE00, which sorts before FF61. */
    private static final String SUPPLEMENTARY = "\uD83D\uDE00";

    private static final List<String> IN_BYTE_ORDER = List.of(ASCII, HIGH_BMP, SUPPLEMENTARY);

    private String bucketWithKeysInMixedOrder(boolean versioned) {
        String bucket = versioned ? buckets.createVersioned() : buckets.create();
        for (String key : List.of(SUPPLEMENTARY, ASCII, HIGH_BMP)) {
            steps.put(bucket, key, key);
        }
        return bucket;
    }

    @Test
    @AwsSource(
            rules = {"R67"},
            value = "API ListObjectsV2 (results in UTF-8 binary order)")
    void listObjectsV2AndV1ListKeysInUtf8ByteOrder() {
        String bucket = bucketWithKeysInMixedOrder(false);

        assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents())
                .extracting(S3Object::key)
                .containsExactlyElementsOf(IN_BYTE_ORDER);
        assertThat(s3.listObjects(b -> b.bucket(bucket)).contents())
                .extracting(S3Object::key)
                .containsExactlyElementsOf(IN_BYTE_ORDER);
    }

    @Test
    @AwsSource(
            rules = {"R67"},
            value = "API ListObjectsV2 (results in UTF-8 binary order); start-after is a position in that order")
    void pagingWithOneKeyPerPageFollowsUtf8ByteOrder() {
        String bucket = bucketWithKeysInMixedOrder(false);

        List<String> listed = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            var page = s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(1).continuationToken(current));
            page.contents().forEach(o -> listed.add(o.key()));
            token = page.nextContinuationToken();
        } while (token != null);

        assertThat(listed).containsExactlyElementsOf(IN_BYTE_ORDER);
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket).startAfter(HIGH_BMP)).contents())
                .extracting(S3Object::key)
                .containsExactly(SUPPLEMENTARY);
    }

    @Test
    @AwsSource(
            rules = {"R67", "A.5.1"},
            value = "API ListObjectVersions (keys in UTF-8 binary order)")
    void listObjectVersionsListsKeysInUtf8ByteOrder() {
        String bucket = bucketWithKeysInMixedOrder(true);

        assertThat(s3.listObjectVersions(b -> b.bucket(bucket)).versions())
                .extracting(ObjectVersion::key)
                .containsExactlyElementsOf(IN_BYTE_ORDER);
    }

    @Test
    @AwsSource(
            rules = {"R67"},
            value = "API ListObjectsV2 (UTF-8 binary order); common prefixes are listed in the same order")
    void commonPrefixesFollowUtf8ByteOrderAndEachIsListedOnce() {
        String bucket = buckets.create();
        for (String prefix : List.of(SUPPLEMENTARY, HIGH_BMP)) {
            steps.put(bucket, "p" + prefix + "/1", "x");
            steps.put(bucket, "p" + prefix + "/2", "x");
        }
        steps.put(bucket, "p" + HIGH_BMP + SUPPLEMENTARY + "/1", "x");

        List<String> prefixes = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            var page = s3.listObjectsV2(
                    b -> b.bucket(bucket).delimiter("/").maxKeys(1).continuationToken(current));
            page.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(prefixes::add);
            token = page.nextContinuationToken();
        } while (token != null);

        assertThat(prefixes)
                .containsExactly("p" + HIGH_BMP + "/", "p" + HIGH_BMP + SUPPLEMENTARY + "/", "p" + SUPPLEMENTARY + "/");
    }

    @Test
    @AwsSource(
            rules = {"R67"},
            value = "API ListMultipartUploads (uploads sorted by key in UTF-8 binary order)")
    void listMultipartUploadsListsKeysInUtf8ByteOrder() {
        String bucket = buckets.create();
        for (String key : List.of(SUPPLEMENTARY, ASCII, HIGH_BMP)) {
            s3.createMultipartUpload(b -> b.bucket(bucket).key(key));
        }

        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads())
                .extracting(MultipartUpload::key)
                .containsExactlyElementsOf(IN_BYTE_ORDER);
    }
}

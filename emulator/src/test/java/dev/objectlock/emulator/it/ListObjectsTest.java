package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** ListObjectsV2 and ListObjects (v1): prefix, delimiter, paging, start-after, marker, encoding. */
class ListObjectsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final List<String> KEYS =
            List.of("a.txt", "dir/x", "dir/y", "dir/sub/z", "e", "photos/2024/p1", "photos/2025/p2", "z");

    private final S3Client client = s3.client();

    private void putAll() {
        s3.createBucket("listing");
        KEYS.forEach(k -> s3.put("listing", k, "body of " + k));
    }

    private static List<String> keys(List<S3Object> objects) {
        return objects.stream().map(S3Object::key).toList();
    }

    private static List<String> prefixes(List<CommonPrefix> prefixes) {
        return prefixes.stream().map(CommonPrefix::prefix).toList();
    }

    // ListObjectsV2 API reference: keys in UTF-8 binary order with Size, ETag, LastModified,
    // StorageClass; KeyCount; Owner only with fetch-owner.
    @Test
    void listsEveryKeyInOrder() {
        putAll();

        ListObjectsV2Response r = client.listObjectsV2(b -> b.bucket("listing"));

        assertThat(keys(r.contents()))
                .containsExactly("a.txt", "dir/sub/z", "dir/x", "dir/y", "e", "photos/2024/p1", "photos/2025/p2", "z");
        assertThat(r.keyCount()).isEqualTo(8);
        assertThat(r.isTruncated()).isFalse();
        assertThat(r.nextContinuationToken()).isNull();
        S3Object e = r.contents().get(4);
        assertThat(e.size()).isEqualTo("body of e".length());
        assertThat(e.eTag()).startsWith("\"").endsWith("\"");
        assertThat(e.storageClassAsString()).isEqualTo("STANDARD");
        assertThat(e.owner()).isNull();
        assertThat(client.listObjectsV2(b -> b.bucket("listing").fetchOwner(true))
                        .contents()
                        .get(0)
                        .owner()
                        .id())
                .isNotBlank();
    }

    // ListObjectsV2 API reference: prefix filters; delimiter rolls keys up into CommonPrefixes.
    @Test
    void prefixAndDelimiter() {
        putAll();

        ListObjectsV2Response top =
                client.listObjectsV2(b -> b.bucket("listing").delimiter("/"));
        ListObjectsV2Response dir =
                client.listObjectsV2(b -> b.bucket("listing").prefix("dir/").delimiter("/"));
        ListObjectsV2Response photos =
                client.listObjectsV2(b -> b.bucket("listing").prefix("photos/"));

        assertThat(keys(top.contents())).containsExactly("a.txt", "e", "z");
        assertThat(prefixes(top.commonPrefixes())).containsExactly("dir/", "photos/");
        assertThat(top.keyCount()).isEqualTo(5);
        assertThat(keys(dir.contents())).containsExactly("dir/x", "dir/y");
        assertThat(prefixes(dir.commonPrefixes())).containsExactly("dir/sub/");
        assertThat(dir.prefix()).isEqualTo("dir/");
        assertThat(dir.delimiter()).isEqualTo("/");
        assertThat(keys(photos.contents())).containsExactly("photos/2024/p1", "photos/2025/p2");
    }

    // ListObjectsV2 API reference: max-keys counts keys and common prefixes; a truncated page
    // carries NextContinuationToken, and the next request echoes it as ContinuationToken.
    @Test
    void pagingWithContinuationTokens() {
        putAll();

        ListObjectsV2Response first =
                client.listObjectsV2(b -> b.bucket("listing").delimiter("/").maxKeys(2));
        ListObjectsV2Response second = client.listObjectsV2(
                b -> b.bucket("listing").delimiter("/").maxKeys(2).continuationToken(first.nextContinuationToken()));
        ListObjectsV2Response third = client.listObjectsV2(
                b -> b.bucket("listing").delimiter("/").maxKeys(2).continuationToken(second.nextContinuationToken()));

        assertThat(first.isTruncated()).isTrue();
        assertThat(first.maxKeys()).isEqualTo(2);
        assertThat(keys(first.contents())).containsExactly("a.txt");
        assertThat(prefixes(first.commonPrefixes())).containsExactly("dir/");
        assertThat(second.continuationToken()).isEqualTo(first.nextContinuationToken());
        assertThat(keys(second.contents())).containsExactly("e");
        assertThat(prefixes(second.commonPrefixes())).containsExactly("photos/");
        assertThat(keys(third.contents())).containsExactly("z");
        assertThat(third.isTruncated()).isFalse();
        assertThat(third.nextContinuationToken()).isNull();
    }

    // The SDK paginator walks every page; together they hold every key once.
    @Test
    void paginatorSeesEveryKeyOnce() {
        putAll();

        List<String> all = client
                .listObjectsV2Paginator(b -> b.bucket("listing").maxKeys(3))
                .contents()
                .stream()
                .map(S3Object::key)
                .toList();

        assertThat(all)
                .containsExactly("a.txt", "dir/sub/z", "dir/x", "dir/y", "e", "photos/2024/p1", "photos/2025/p2", "z");
    }

    // ListObjectsV2 API reference, start-after: listing begins after this key (which need not exist).
    @Test
    void startAfter() {
        putAll();

        ListObjectsV2Response r = client.listObjectsV2(b -> b.bucket("listing").startAfter("dir/y"));

        assertThat(keys(r.contents())).containsExactly("e", "photos/2024/p1", "photos/2025/p2", "z");
        assertThat(r.startAfter()).isEqualTo("dir/y");
        assertThat(keys(client.listObjectsV2(b -> b.bucket("listing").startAfter("f"))
                        .contents()))
                .containsExactly("photos/2024/p1", "photos/2025/p2", "z");
    }

    // ListObjects lists current objects only: noncurrent versions and keys behind delete markers are absent.
    @Test
    void onlyCurrentObjectsAreListed() {
        s3.createVersionedBucket("listing");
        s3.put("listing", "kept", "1");
        s3.put("listing", "kept", "2");
        s3.put("listing", "gone", "1");
        client.deleteObject(b -> b.bucket("listing").key("gone"));

        assertThat(keys(client.listObjectsV2(b -> b.bucket("listing")).contents()))
                .containsExactly("kept");
        assertThat(keys(client.listObjects(b -> b.bucket("listing")).contents()))
                .containsExactly("kept");
    }

    // ListObjectsV2 API reference, encoding-type=url: keys, prefixes and delimiter come back
    // URL-encoded; the SDK decodes them again.
    @Test
    void urlEncodingType() {
        s3.createBucket("listing");
        List<String> odd = List.of("a b/c", "plus+sign", "unicode-\u00e9\u4e2d", "amp&lt");
        odd.forEach(k -> s3.put("listing", k, "v"));

        ListObjectsV2Response r = client.listObjectsV2(
                b -> b.bucket("listing").encodingType(EncodingType.URL).delimiter("/"));

        assertThat(r.encodingType()).isEqualTo(EncodingType.URL);
        assertThat(keys(r.contents())).containsExactly("amp&lt", "plus+sign", "unicode-\u00e9\u4e2d");
        assertThat(prefixes(r.commonPrefixes())).containsExactly("a b/");
        HttpResponse<String> raw = s3.raw("GET", "/listing?list-type=2&encoding-type=url");
        assertThat(raw.body())
                .contains(
                        "<Key>plus%2Bsign</Key>",
                        "<Key>unicode-%C3%A9%E4%B8%AD</Key>",
                        "<Key>amp%26lt</Key>",
                        "<EncodingType>url</EncodingType>");
    }

    // [A.5.7] (shared by every listing): encoding-type other than url is 400 InvalidArgument.
    @Test
    void unknownEncodingType() {
        s3.createBucket("listing");

        S3Exception e = s3Error(
                () -> client.listObjectsV2(b -> b.bucket("listing").encodingType("base64")), 400, "InvalidArgument");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid Encoding Method specified in Request");
        assertThat(errorElement(e, "ArgumentName")).contains("encoding-type");
    }

    // [E25]: negative max-keys is 400 InvalidArgument.
    @Test
    void negativeMaxKeys() {
        s3.createBucket("listing");

        S3Exception e =
                s3Error(() -> client.listObjectsV2(b -> b.bucket("listing").maxKeys(-1)), 400, "InvalidArgument");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("max-keys cannot be negative");
    }

    // ListObjectsV2 API reference: a continuation token the service did not issue is 400
    // InvalidArgument "The continuation token provided is incorrect".
    @Test
    void foreignContinuationToken() {
        s3.createBucket("listing");

        S3Exception e = s3Error(
                () -> client.listObjectsV2(b -> b.bucket("listing").continuationToken("%%%")), 400, "InvalidArgument");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The continuation token provided is incorrect");
    }

    // ListObjectsV2 API reference: keys holding XML-special characters are escaped in the document.
    @Test
    void xmlSpecialCharactersInKeys() {
        s3.createBucket("listing");
        List<String> keys = List.of("<tag>", "a&b", "quote\"'", "tab\tand\nnewline");
        keys.forEach(k -> s3.put("listing", k, "v"));

        assertThat(keys(client.listObjectsV2(b -> b.bucket("listing")).contents()))
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void missingBucket() {
        S3Exception e = s3Error(() -> client.listObjectsV2(b -> b.bucket("ghost")), 404, "NoSuchBucket");
        assertThat(errorElement(e, "BucketName")).contains("ghost");
        s3Error(() -> client.listObjects(b -> b.bucket("ghost")), 404, "NoSuchBucket");
    }

    // ListObjects (v1) API reference: marker starts after a key; NextMarker is returned only when
    // a delimiter was given (it is the last key or common prefix returned); Marker is echoed.
    @Test
    void listObjectsV1WithMarkerAndNextMarker() {
        putAll();

        ListObjectsResponse first =
                client.listObjects(b -> b.bucket("listing").delimiter("/").maxKeys(2));
        ListObjectsResponse second = client.listObjects(
                b -> b.bucket("listing").delimiter("/").maxKeys(2).marker(first.nextMarker()));
        ListObjectsResponse noDelimiter =
                client.listObjects(b -> b.bucket("listing").maxKeys(2));
        ListObjectsResponse fromMarker =
                client.listObjects(b -> b.bucket("listing").marker("dir/x"));

        assertThat(first.isTruncated()).isTrue();
        assertThat(keys(first.contents())).containsExactly("a.txt");
        assertThat(prefixes(first.commonPrefixes())).containsExactly("dir/");
        assertThat(first.nextMarker()).isEqualTo("dir/");
        assertThat(second.marker()).isEqualTo("dir/");
        assertThat(keys(second.contents())).containsExactly("e");
        assertThat(prefixes(second.commonPrefixes())).containsExactly("photos/");
        assertThat(noDelimiter.isTruncated()).isTrue();
        assertThat(noDelimiter.nextMarker()).isNull();
        assertThat(keys(noDelimiter.contents())).containsExactly("a.txt", "dir/sub/z");
        assertThat(keys(fromMarker.contents())).containsExactly("dir/y", "e", "photos/2024/p1", "photos/2025/p2", "z");
        assertThat(fromMarker.contents().get(0).owner()).isNotNull();
    }

    // The v1 paginator (which falls back to the last key without NextMarker) sees every key.
    @Test
    void listObjectsV1PagesWithoutDelimiter() {
        putAll();

        List<String> all = new java.util.ArrayList<>();
        String marker = null;
        ListObjectsResponse page;
        do {
            String m = marker;
            page = client.listObjects(b -> b.bucket("listing").maxKeys(3).marker(m));
            all.addAll(keys(page.contents()));
            marker = page.contents().get(page.contents().size() - 1).key();
        } while (page.isTruncated());

        assertThat(all).containsExactlyElementsOf(KEYS.stream().sorted().toList());
    }
}

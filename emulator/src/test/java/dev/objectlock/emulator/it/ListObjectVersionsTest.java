package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * ListObjectVersions ([A.2, A.5, R10, R11]). The bucket holds, in listing order:
 * a(v2, latest), a(v1), b(marker, latest), b(v1), c/1, c/2, d.
 */
class ListObjectVersionsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private String a1;
    private String a2;
    private String b1;
    private String bMarker;
    private String c1;
    private String c2;
    private String d1;

    @BeforeEach
    void versions() {
        s3.createVersionedBucket("vers");
        a1 = s3.put("vers", "a", "a1").versionId();
        b1 = s3.put("vers", "b", "b1").versionId();
        c1 = s3.put("vers", "c/1", "c1").versionId();
        a2 = s3.put("vers", "a", "a2").versionId();
        c2 = s3.put("vers", "c/2", "c2").versionId();
        bMarker = client.deleteObject(b -> b.bucket("vers").key("b")).versionId();
        d1 = s3.put("vers", "d", "d1").versionId();
    }

    private ListObjectVersionsResponse list(java.util.function.Consumer<ListObjectVersionsRequest.Builder> request) {
        return client.listObjectVersions(b -> request.accept(b.bucket("vers")));
    }

    /** The listing's entries in document order as "Element:key:versionId[*]" (* = IsLatest). */
    private static List<String> rawEntries(String query) {
        var response = s3.raw("GET", "/vers?versions" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        Element root = S3Assertions.parse(response.body().getBytes(StandardCharsets.UTF_8))
                .getDocumentElement();
        List<String> entries = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && (e.getLocalName().equals("Version") || e.getLocalName().equals("DeleteMarker"))) {
                entries.add(e.getLocalName() + ":" + text(e, "Key") + ":" + text(e, "VersionId")
                        + ("true".equals(text(e, "IsLatest")) ? "*" : ""));
            }
        }
        return entries;
    }

    private static String text(Element e, String child) {
        var nodes = e.getElementsByTagNameNS("*", child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    // [A.2, A.5.1]: key ascending, newest first within a key, Version and DeleteMarker
    // interleaved in one order; IsLatest only on each key's current entry.
    @Test
    void entriesInterleaveInListingOrder() {
        assertThat(rawEntries(""))
                .containsExactly(
                        "Version:a:" + a2 + "*",
                        "Version:a:" + a1,
                        "DeleteMarker:b:" + bMarker + "*",
                        "Version:b:" + b1,
                        "Version:c/1:" + c1 + "*",
                        "Version:c/2:" + c2 + "*",
                        "Version:d:" + d1 + "*");

        ListObjectVersionsResponse r = list(b -> {});
        assertThat(r.versions()).extracting(v -> v.versionId()).containsExactly(a2, a1, b1, c1, c2, d1);
        assertThat(r.deleteMarkers()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("b");
            assertThat(m.isLatest()).isTrue();
            assertThat(m.owner().id()).isNotBlank();
        });
        assertThat(r.isTruncated()).isFalse();
        assertThat(r.nextKeyMarker()).isNull();
        assertThat(r.nextVersionIdMarker()).isNull();
    }

    // [A.2, 0.4]: Version carries ETag, Size, Owner, StorageClass and LastModified in
    // ISO-8601 with milliseconds; KeyMarker and VersionIdMarker are always present.
    @Test
    void versionElements() {
        String body = s3.raw("GET", "/vers?versions&prefix=d").body();

        assertThat(body)
                .contains(
                        "<ListVersionsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">",
                        "<KeyMarker></KeyMarker>",
                        "<VersionIdMarker></VersionIdMarker>",
                        "<Prefix>d</Prefix>",
                        "<MaxKeys>1000</MaxKeys>",
                        "<Size>2</Size>",
                        "<StorageClass>STANDARD</StorageClass>",
                        "<Owner><ID>")
                .containsPattern("<LastModified>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z</LastModified>")
                .doesNotContain("NextKeyMarker", "<Delimiter>", "<EncodingType>");
        var v = list(b -> b.prefix("d")).versions().get(0);
        assertThat(v.eTag())
                .isEqualTo(client.headObject(h -> h.bucket("vers").key("d")).eTag());
        assertThat(v.size()).isEqualTo(2);
    }

    // [A.5.9]: an empty result has no Version, DeleteMarker or CommonPrefixes element.
    @Test
    void emptyResult() {
        String body = s3.raw("GET", "/vers?versions&prefix=nothing").body();

        assertThat(body)
                .contains("<IsTruncated>false</IsTruncated>")
                .doesNotContain("<Version>", "<DeleteMarker>", "<CommonPrefixes>");
    }

    // [R10, R11, A.5.5]: a truncated page names its LAST entry in NextKeyMarker and
    // NextVersionIdMarker, even a delete marker; the next page starts right after it.
    @Test
    void pagesEndOnTheirLastEntry() {
        ListObjectVersionsResponse first = list(b -> b.maxKeys(3));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextKeyMarker()).isEqualTo("b");
        assertThat(first.nextVersionIdMarker()).isEqualTo(bMarker);
        assertThat(first.versions()).extracting(v -> v.versionId()).containsExactly(a2, a1);

        ListObjectVersionsResponse second =
                list(b -> b.maxKeys(3).keyMarker("b").versionIdMarker(bMarker));
        assertThat(second.keyMarker()).isEqualTo("b");
        assertThat(second.versionIdMarker()).isEqualTo(bMarker);
        assertThat(second.versions()).extracting(v -> v.versionId()).containsExactly(b1, c1, c2);
        assertThat(second.nextKeyMarker()).isEqualTo("c/2");
        assertThat(second.nextVersionIdMarker()).isEqualTo(c2);

        ListObjectVersionsResponse third =
                list(b -> b.maxKeys(3).keyMarker("c/2").versionIdMarker(c2));
        assertThat(third.versions()).extracting(v -> v.versionId()).containsExactly(d1);
        assertThat(third.isTruncated()).isFalse();
        assertThat(third.nextKeyMarker()).isNull();
    }

    // The SDK paginator (which follows NextKeyMarker/NextVersionIdMarker) sees every entry once.
    @Test
    void paginatorSeesEverythingOnce() {
        var pages = client.listObjectVersionsPaginator(b -> b.bucket("vers").maxKeys(1));

        assertThat(pages.versions()).extracting(v -> v.versionId()).containsExactly(a2, a1, b1, c1, c2, d1);
        assertThat(pages.stream().count()).isEqualTo(7);
    }

    // [R10, A.5.2]: key-marker alone skips every version of that key.
    @Test
    void keyMarkerAloneSkipsTheWholeKey() {
        ListObjectVersionsResponse r = list(b -> b.keyMarker("a"));

        assertThat(r.keyMarker()).isEqualTo("a");
        assertThat(r.deleteMarkers()).extracting(m -> m.key()).containsExactly("b");
        assertThat(r.versions()).extracting(v -> v.key()).containsExactly("b", "c/1", "c/2", "d");
    }

    // [A.5.3]: if the version named by version-id-marker has since been deleted, the
    // listing continues with the next older version [AWS-recorded].
    @Test
    void resumingAfterADeletedVersion() {
        ListObjectVersionsResponse first = list(b -> b.maxKeys(1));
        assertThat(first.nextVersionIdMarker()).isEqualTo(a2);
        client.deleteObject(b -> b.bucket("vers").key("a").versionId(a2));

        ListObjectVersionsResponse next = list(b -> b.maxKeys(1).keyMarker("a").versionIdMarker(a2));

        assertThat(next.versions()).extracting(v -> v.versionId()).containsExactly(a1);
    }

    // [R10, A.5.4, E5]: version-id-marker without key-marker is 400 InvalidArgument.
    @Test
    void versionIdMarkerNeedsAKeyMarker() {
        S3Exception e = s3Error(() -> list(b -> b.versionIdMarker(a1)), 400, "InvalidArgument");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("A version-id marker cannot be specified without a key marker.");
        assertThat(errorElement(e, "ArgumentName")).contains("version-id-marker");
        assertThat(errorElement(e, "ArgumentValue")).contains(a1);
    }

    // [A.5.1, A.5.5]: CommonPrefixes count toward max-keys; a page ending on one has
    // NextKeyMarker = that prefix and no NextVersionIdMarker; resuming from it skips the prefix.
    @Test
    void delimiterAndPagesEndingOnACommonPrefix() {
        ListObjectVersionsResponse all = list(b -> b.delimiter("/"));
        assertThat(all.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("c/");
        assertThat(all.versions()).extracting(v -> v.key()).containsExactly("a", "a", "b", "d");

        ListObjectVersionsResponse first = list(b -> b.delimiter("/").maxKeys(5));
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("c/");
        assertThat(first.nextKeyMarker()).isEqualTo("c/");
        assertThat(first.nextVersionIdMarker()).isNull();

        ListObjectVersionsResponse rest = list(b -> b.delimiter("/").keyMarker("c/"));
        assertThat(rest.versions()).extracting(v -> v.key()).containsExactly("d");
        assertThat(rest.commonPrefixes()).isEmpty();
    }

    // [A.5.3]: version-id-marker=null is allowed; it resumes after the key's null version.
    @Test
    void nullVersionIdMarker() {
        s3.createBucket("mixed");
        s3.put("mixed", "k", "null version");
        s3.put("mixed", "l", "null version");
        s3.versioning("mixed", software.amazon.awssdk.services.s3.model.BucketVersioningStatus.ENABLED);
        String k2 = s3.put("mixed", "k", "newer").versionId();

        ListObjectVersionsResponse first =
                client.listObjectVersions(b -> b.bucket("mixed").maxKeys(2));
        assertThat(first.versions()).extracting(v -> v.versionId()).containsExactly(k2, "null");
        assertThat(first.nextVersionIdMarker()).isEqualTo("null");

        ListObjectVersionsResponse rest =
                client.listObjectVersions(b -> b.bucket("mixed").keyMarker("k").versionIdMarker("null"));
        assertThat(rest.versions())
                .extracting(v -> v.key(), v -> v.versionId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("l", "null"));
    }

    @Test
    void prefixFilters() {
        ListObjectVersionsResponse r = list(b -> b.prefix("c/"));

        assertThat(r.prefix()).isEqualTo("c/");
        assertThat(r.versions()).extracting(v -> v.key()).containsExactly("c/1", "c/2");
        assertThat(r.deleteMarkers()).isEmpty();
    }

    // [A.5.6]: max-keys above 1000 is capped; negative is 400 InvalidArgument
    // "max-keys cannot be negative", ArgumentName maxKeys ([E25]).
    @Test
    void maxKeysBounds() {
        assertThat(list(b -> b.maxKeys(5000)).maxKeys()).isEqualTo(1000);

        S3Exception e = s3Error(() -> list(b -> b.maxKeys(-1)), 400, "InvalidArgument");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("max-keys cannot be negative");
        assertThat(errorElement(e, "ArgumentName")).contains("maxKeys");
    }

    // [A.5.7]: encoding-type url encodes keys and markers; anything else is InvalidArgument.
    @Test
    void encodingType() {
        s3.put("vers", "sp ace+plus", "x");

        ListObjectVersionsResponse r =
                list(b -> b.encodingType(EncodingType.URL).prefix("sp ace"));
        assertThat(r.versions()).extracting(v -> v.key()).containsExactly("sp ace+plus");
        assertThat(s3.raw("GET", "/vers?versions&encoding-type=url&prefix=sp").body())
                .contains("<EncodingType>url</EncodingType>")
                .containsPattern("<Key>sp(%20|\\+)ace%2Bplus</Key>");

        S3Exception e = s3Error(() -> list(b -> b.encodingType("gzip")), 400, "InvalidArgument");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid Encoding Method specified in Request");
        assertThat(errorElement(e, "ArgumentName")).contains("encoding-type");
    }

    @Test
    void missingBucket() {
        s3Error(() -> client.listObjectVersions(b -> b.bucket("ghost")), 404, "NoSuchBucket");
    }
}

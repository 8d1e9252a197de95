package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Path-style and virtual-host-style addressing (User Guide, "Virtual hosting of buckets") and
 * object keys that a web server would normalise (User Guide, "Naming Amazon S3 objects": any
 * UTF-8 sequence up to 1024 bytes; "a/" and "a" are different keys).
 */
class AddressingTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final List<String> ODD_KEYS = List.of(
            "a",
            "a/",
            "a//b",
            "a/b/",
            "with space",
            "plus+sign",
            "unicode-\u00e9\u4e2d\u6587-\ud83d\ude80",
            "percent%2Fencoded",
            "question?mark",
            "hash#tag",
            "amp&eq=1",
            "semi;colon",
            "tilde~",
            "x/../y",
            "x/./y",
            "back\\slash",
            "quote\"s",
            "/leading-slash",
            "trailing-dot.",
            "co:lon",
            "brackets[]{}",
            "star*",
            "tab\tchar");

    private final S3Client path = s3.client();
    private final S3Client virtualHost = s3.virtualHostClient();

    // User Guide, virtual-hosted-style requests: the bucket is the first label of the Host header
    // and the path is the key. Every bucket and object call works that way.
    @Test
    void virtualHostedStyleRoundTrip() {
        virtualHost.createBucket(b -> b.bucket("vhost"));
        virtualHost.putBucketVersioning(
                b -> b.bucket("vhost").versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
        String v = virtualHost
                .putObject(b -> b.bucket("vhost").key("dir/k"), RequestBody.fromString("hello"))
                .versionId();

        SdkHttpRequest sent = s3.lastRequest();
        assertThat(sent.host()).isEqualTo("vhost.localhost");
        assertThat(sent.encodedPath()).isEqualTo("/dir/k");
        assertThat(sent.firstMatchingHeader("Host"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("vhost.localhost:"));
        assertThat(virtualHost
                        .getObjectAsBytes(b -> b.bucket("vhost").key("dir/k"))
                        .asUtf8String())
                .isEqualTo("hello");
        assertThat(virtualHost.headObject(b -> b.bucket("vhost").key("dir/k")).versionId())
                .isEqualTo(v);
        assertThat(virtualHost.listObjectsV2(b -> b.bucket("vhost")).contents())
                .extracting(S3Object::key)
                .containsExactly("dir/k");
        assertThat(virtualHost.listBuckets().buckets())
                .extracting(b -> b.name())
                .containsExactly("vhost");
        assertThat(virtualHost.getBucketVersioning(b -> b.bucket("vhost")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
        // Both styles address the same bucket.
        assertThat(s3.read("vhost", "dir/k")).isEqualTo("hello");
        assertThat(virtualHost.listObjectVersions(b -> b.bucket("vhost")).versions())
                .extracting(x -> x.versionId())
                .containsExactly(v);
        var deleted = virtualHost.deleteObjects(b ->
                b.bucket("vhost").delete(d -> d.objects(o -> o.key("dir/k").versionId(v))));
        assertThat(deleted.deleted()).extracting(x -> x.versionId()).containsExactly(v);
        virtualHost.deleteBucket(b -> b.bucket("vhost"));
        assertThat(path.listBuckets().buckets()).isEmpty();
        S3Assertions.headError(() -> virtualHost.headBucket(b -> b.bucket("vhost")), 404);
    }

    // Keys that look like paths to be normalised are stored exactly, through both styles, and a
    // listing returns each of them once, in UTF-8 binary order.
    @Test
    void oddKeysRoundTripInBothStyles() {
        s3.createBucket("keys");
        for (String key : ODD_KEYS) {
            path.putObject(b -> b.bucket("keys").key(key), RequestBody.fromString("path:" + key));
        }

        for (String key : ODD_KEYS) {
            assertThat(path.getObjectAsBytes(b -> b.bucket("keys").key(key)).asUtf8String())
                    .as(key)
                    .isEqualTo("path:" + key);
            assertThat(virtualHost
                            .getObjectAsBytes(b -> b.bucket("keys").key(key))
                            .asUtf8String())
                    .as(key)
                    .isEqualTo("path:" + key);
        }
        List<String> listed = path.listObjectsV2Paginator(b -> b.bucket("keys").encodingType("url")).contents().stream()
                .map(S3Object::key)
                .toList();
        assertThat(listed)
                .containsExactlyElementsOf(ODD_KEYS.stream()
                        .sorted((x, y) -> java.util.Arrays.compareUnsigned(
                                x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                y.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .toList());
    }

    // "a/" and "a" are different objects; deleting one leaves the other (the house rules in CONTRIBUTING.md).
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void trailingSlashMakesADifferentKey(boolean virtualHosted) {
        S3Client client = virtualHosted ? virtualHost : path;
        client.createBucket(b -> b.bucket("slash"));
        client.putObject(b -> b.bucket("slash").key("a"), RequestBody.fromString("file"));
        client.putObject(b -> b.bucket("slash").key("a/"), RequestBody.fromString("folder"));

        assertThat(client.getObjectAsBytes(b -> b.bucket("slash").key("a/")).asUtf8String())
                .isEqualTo("folder");
        client.deleteObject(b -> b.bucket("slash").key("a"));

        assertThat(client.listObjectsV2(b -> b.bucket("slash")).contents())
                .extracting(S3Object::key)
                .containsExactly("a/");
        assertThat(client.getObjectAsBytes(b -> b.bucket("slash").key("a/")).asUtf8String())
                .isEqualTo("folder");
    }

    // The request path is percent-decoded once: %2F in the path is a "/" of the key, and a
    // literal "%" is sent as %25.
    @Test
    void percentEncodedPaths() {
        s3.createBucket("enc");

        HttpResponse<String> put = s3.raw("PUT", "/enc/x%2Fy%20z%25", Map.of(), "raw".getBytes());

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(s3.read("enc", "x/y z%")).isEqualTo("raw");
    }

    // Dot segments are key characters, not path navigation (User Guide, "Naming Amazon S3 objects"
    // lists "." and ".." prefixes as allowed but needing care). Path style only: a virtual-hosted
    // path starting "/../" never reaches the emulator (Jetty refuses a path above the root).
    @Test
    void dotSegmentKeys() {
        s3.createBucket("dots");
        List<String> keys = List.of("..", ".", "../up", "./here", "x/../y");
        for (String key : keys) {
            path.putObject(b -> b.bucket("dots").key(key), RequestBody.fromString(key));
        }

        for (String key : keys) {
            assertThat(s3.read("dots", key)).isEqualTo(key);
        }
        assertThat(path.listObjectsV2(b -> b.bucket("dots")).contents())
                .extracting(S3Object::key)
                .containsExactly(".", "..", "../up", "./here", "x/../y");
    }

    // Object keys may be up to 1024 bytes long (User Guide, "Naming Amazon S3 objects").
    @Test
    void longestKey() {
        s3.createBucket("long");
        String key = "k".repeat(1024);

        path.putObject(b -> b.bucket("long").key(key), RequestBody.fromString("v"));

        assertThat(s3.read("long", key)).isEqualTo("v");
    }
}

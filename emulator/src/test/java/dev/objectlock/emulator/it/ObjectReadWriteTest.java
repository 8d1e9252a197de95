package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** PutObject, GetObject and HeadObject: bodies, ETags, metadata and standard headers. */
class ObjectReadWriteTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    // PutObject/GetObject API reference: the ETag of a single-part upload is the quoted hex MD5 of
    // the body; GET returns the body with Content-Length, Last-Modified and Accept-Ranges: bytes.
    @Test
    void putThenGetReturnsTheSameBytes() throws Exception {
        s3.createBucket("objects");
        byte[] body = new byte[1 << 20];
        new Random(42).nextBytes(body);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        PutObjectResponse put = client.putObject(b -> b.bucket("objects").key("blob"), RequestBody.fromBytes(body));
        ResponseBytes<GetObjectResponse> got =
                client.getObjectAsBytes(b -> b.bucket("objects").key("blob"));

        assertThat(put.eTag()).isEqualTo("\"" + md5 + "\"");
        assertThat(got.asByteArray()).isEqualTo(body);
        assertThat(got.response().eTag()).isEqualTo(put.eTag());
        assertThat(got.response().contentLength()).isEqualTo(body.length);
        assertThat(got.response().lastModified())
                .isBetween(before, Instant.now().plusSeconds(1));
        assertThat(got.response().acceptRanges()).isEqualTo("bytes");
    }

    // PutObject API reference: zero-byte objects are allowed; ETag is the MD5 of nothing.
    @Test
    void emptyObject() {
        s3.createBucket("objects");

        PutObjectResponse put = client.putObject(b -> b.bucket("objects").key("empty"), RequestBody.empty());

        assertThat(put.eTag()).isEqualTo("\"d41d8cd98f00b204e9800998ecf8427e\"");
        ResponseBytes<GetObjectResponse> got =
                client.getObjectAsBytes(b -> b.bucket("objects").key("empty"));
        assertThat(got.asByteArray()).isEmpty();
        assertThat(got.response().contentLength()).isZero();
    }

    // PutObject API reference: Content-Type, Content-Disposition, Cache-Control, Content-Encoding,
    // Content-Language, Expires and x-amz-meta-* are stored and returned by GET and HEAD. User
    // metadata names come back lower-cased (User Guide, "Working with object metadata").
    @Test
    void standardHeadersAndUserMetadataRoundTrip() {
        s3.createBucket("objects");
        Instant expires = Instant.parse("2031-05-06T07:08:09Z");

        client.putObject(
                b -> b.bucket("objects")
                        .key("doc.txt")
                        .contentType("text/plain; charset=utf-8")
                        .contentDisposition("attachment; filename=\"doc.txt\"")
                        .cacheControl("max-age=60")
                        .contentEncoding("gzip")
                        .contentLanguage("en-GB")
                        .expires(expires)
                        .metadata(Map.of("color", "blue", "Mixed-Case", "Value With Spaces")),
                RequestBody.fromString("hello"));

        HeadObjectResponse head = client.headObject(b -> b.bucket("objects").key("doc.txt"));
        GetObjectResponse get =
                client.getObject(b -> b.bucket("objects").key("doc.txt")).response();
        for (var r : new Object[] {head, get}) {
            var h = (software.amazon.awssdk.core.SdkResponse) r;
            assertThat(header(h, "Content-Type")).contains("text/plain; charset=utf-8");
            assertThat(header(h, "Content-Disposition")).contains("attachment; filename=\"doc.txt\"");
            assertThat(header(h, "Cache-Control")).contains("max-age=60");
            assertThat(header(h, "Content-Encoding")).contains("gzip");
            assertThat(header(h, "Content-Language")).contains("en-GB");
            assertThat(header(h, "Expires")).contains("Tue, 06 May 2031 07:08:09 GMT");
            assertThat(header(h, "x-amz-meta-color")).contains("blue");
            assertThat(header(h, "x-amz-meta-mixed-case")).contains("Value With Spaces");
        }
        assertThat(head.metadata())
                .containsExactlyInAnyOrderEntriesOf(Map.of("color", "blue", "mixed-case", "Value With Spaces"));
        assertThat(head.contentLength()).isEqualTo(5);
    }

    // PutObject API reference: without Content-Type S3 stores binary/octet-stream.
    @Test
    void defaultContentType() {
        s3.createBucket("objects");

        HttpResponse<String> put = s3.raw("PUT", "/objects/untyped", Map.of(), "x".getBytes());

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(client.headObject(b -> b.bucket("objects").key("untyped")).contentType())
                .isEqualTo("binary/octet-stream");
    }

    // PutObject/GetObject API reference: Content-Type is stored and returned as sent (S3 does not
    // normalise case or spacing), and so is a response-content-type override.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/plain; charset=UTF-8",
                "Text/Plain",
                "application/json;charset=utf-8",
                "text/html; charset=iso-8859-1",
                "application/x-custom; a=b"
            })
    void contentTypeIsReturnedVerbatim(String contentType) {
        s3.createBucket("objects");
        client.putObject(b -> b.bucket("objects").key("k").contentType(contentType), RequestBody.fromString("v"));

        assertThat(client.headObject(b -> b.bucket("objects").key("k")).contentType())
                .isEqualTo(contentType);
        String shouted = contentType.toUpperCase(java.util.Locale.ROOT);
        assertThat(client.getObject(b -> b.bucket("objects").key("k").responseContentType(shouted))
                        .response()
                        .contentType())
                .isEqualTo(shouted);
    }

    // GetObject API reference, "Overriding response header values": response-* query parameters
    // replace the stored values on this response only.
    @Test
    void responseHeaderOverrides() {
        s3.createBucket("objects");
        client.putObject(b -> b.bucket("objects").key("k").contentType("text/plain"), RequestBody.fromString("v"));

        GetObjectResponse got = client.getObject(b -> b.bucket("objects")
                        .key("k")
                        .responseContentType("application/json")
                        .responseContentDisposition("inline")
                        .responseCacheControl("no-cache")
                        .responseContentLanguage("fr")
                        .responseContentEncoding("identity")
                        .responseExpires(Instant.parse("2030-01-01T00:00:00Z")))
                .response();

        assertThat(got.contentType()).isEqualTo("application/json");
        assertThat(got.contentDisposition()).isEqualTo("inline");
        assertThat(got.cacheControl()).isEqualTo("no-cache");
        assertThat(got.contentLanguage()).isEqualTo("fr");
        assertThat(got.contentEncoding()).isEqualTo("identity");
        assertThat(header(got, "Expires")).contains("Tue, 01 Jan 2030 00:00:00 GMT");
        assertThat(client.headObject(b -> b.bucket("objects").key("k")).contentType())
                .isEqualTo("text/plain");
    }

    // HeadObject API reference: HEAD takes the same response-* overrides as GET.
    @Test
    void responseHeaderOverridesOnHead() {
        s3.createBucket("objects");
        s3.put("objects", "k", "v");

        HeadObjectResponse head = client.headObject(b ->
                b.bucket("objects").key("k").responseContentType("image/png").responseContentDisposition("attachment"));

        assertThat(head.contentType()).isEqualTo("image/png");
        assertThat(head.contentDisposition()).isEqualTo("attachment");
    }

    // User Guide, "Protecting data with server-side encryption": every object is stored with SSE-S3
    // at least, and PutObject, GetObject, HeadObject and CopyObject report x-amz-server-side-encryption: AES256.
    @Test
    void objectsReportDefaultEncryption() {
        s3.createBucket("objects");

        PutObjectResponse put = s3.put("objects", "k", "v");

        assertThat(put.serverSideEncryptionAsString()).isEqualTo("AES256");
        assertThat(client.headObject(b -> b.bucket("objects").key("k")).serverSideEncryptionAsString())
                .isEqualTo("AES256");
        assertThat(client.getObject(b -> b.bucket("objects").key("k"))
                        .response()
                        .serverSideEncryptionAsString())
                .isEqualTo("AES256");
        assertThat(client.copyObject(b -> b.sourceBucket("objects")
                                .sourceKey("k")
                                .destinationBucket("objects")
                                .destinationKey("k2"))
                        .serverSideEncryptionAsString())
                .isEqualTo("AES256");
    }

    // PutObject API reference: on an unversioned bucket a PUT replaces the object, metadata included.
    @Test
    void overwriteReplacesBodyAndMetadata() {
        s3.createBucket("objects");
        client.putObject(b -> b.bucket("objects").key("k").metadata(Map.of("a", "1")), RequestBody.fromString("first"));

        client.putObject(
                b -> b.bucket("objects").key("k").metadata(Map.of("b", "2")), RequestBody.fromString("second!"));

        HeadObjectResponse head = client.headObject(b -> b.bucket("objects").key("k"));
        assertThat(head.metadata()).containsExactly(Map.entry("b", "2"));
        assertThat(head.contentLength()).isEqualTo(7);
        assertThat(s3.read("objects", "k")).isEqualTo("second!");
    }

    // S3 API reference, Error responses: NoSuchBucket (404, <BucketName>) for object calls on a
    // missing bucket; NoSuchKey (404, <Key>) for GET of a missing key; HEAD 404 without a body.
    @Test
    void missingBucketAndKey() {
        S3Exception put = s3Error(() -> s3.put("ghost", "k", "v"), 404, "NoSuchBucket");
        assertThat(errorElement(put, "BucketName")).contains("ghost");
        s3Error(() -> s3.read("ghost", "k"), 404, "NoSuchBucket");

        s3.createBucket("objects");
        S3Exception get = s3Error(() -> s3.read("objects", "absent"), 404, "NoSuchKey");
        assertThat(errorElement(get, "Key")).contains("absent");
        headError(() -> client.headObject(b -> b.bucket("objects").key("absent")), 404);
        assertThat(client.listObjectsV2(b -> b.bucket("objects")).contents()).isEmpty();
    }

    // S3 API reference, Error responses: a PUT to a missing bucket is always answered with
    // NoSuchBucket, although S3 refuses it before reading the body (the client must not see a
    // broken connection instead).
    @Test
    void putToAMissingBucketIsNoSuchBucketEveryTime() {
        byte[] body = new byte[256 << 10];
        for (int i = 0; i < 40; i++) {
            s3Error(
                    () -> client.putObject(b -> b.bucket("ghost").key("k"), RequestBody.fromBytes(body)),
                    404,
                    "NoSuchBucket");
            s3Error(
                    () -> s3.virtualHostClient()
                            .putObject(b -> b.bucket("ghost").key("k"), RequestBody.fromBytes(body)),
                    404,
                    "NoSuchBucket");
        }
    }

    // HeadObject API reference: HEAD returns GET's headers (ETag, Content-Length, Last-Modified) without a body.
    @Test
    void headMatchesGet() {
        s3.createBucket("objects");
        s3.put("objects", "k", "twelve bytes");

        HeadObjectResponse head = client.headObject(b -> b.bucket("objects").key("k"));
        GetObjectResponse get =
                client.getObject(b -> b.bucket("objects").key("k")).response();

        assertThat(head.eTag()).isEqualTo(get.eTag());
        assertThat(head.contentLength()).isEqualTo(12).isEqualTo(get.contentLength());
        assertThat(head.lastModified()).isEqualTo(get.lastModified());
        assertThat(header(head, "x-amz-request-id")).isPresent();
    }
}

package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Multipart uploads through the AWS SDK v2. Expectations from the API reference pages of
 * CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload (Errors section),
 * AbortMultipartUpload, ListParts and ListMultipartUploads, and the User Guide's multipart limits.
 */
class MultipartUploadTest {

    private static final int MIB = 1024 * 1024;
    private static final String BUCKET = "multipart";

    @RegisterExtension
    static final EmulatorFixture fixture = new EmulatorFixture();

    private final S3Client s3 = fixture.client();

    @BeforeEach
    void freshBucket() {
        fixture.createBucket(BUCKET);
    }

    @Test
    void partsJoinIntoOneObjectWithTheMultipartEtag() throws Exception {
        byte[] first = bytes(5 * MIB, 1);
        byte[] second = bytes(1000, 2);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET)
                        .key("big")
                        .contentType("text/csv")
                        .metadata(java.util.Map.of("origin", "test")))
                .uploadId();
        UploadPartResponse p1 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("big").uploadId(uploadId).partNumber(1), RequestBody.fromBytes(first));
        UploadPartResponse p2 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("big").uploadId(uploadId).partNumber(2), RequestBody.fromBytes(second));
        assertThat(p1.eTag()).isEqualTo("\"" + md5Hex(first) + "\"");

        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                .key("big")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, p1.eTag()), part(2, p2.eTag()))));

        // ETag = MD5 of the concatenated binary part MD5s, "-" part count.
        byte[] md5s = concat(
                MessageDigest.getInstance("MD5").digest(first),
                MessageDigest.getInstance("MD5").digest(second));
        assertThat(done.eTag()).isEqualTo("\"" + md5Hex(md5s) + "-2\"");
        assertThat(done.bucket()).isEqualTo(BUCKET);
        assertThat(done.key()).isEqualTo("big");
        ResponseBytes<GetObjectResponse> object =
                s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("big"));
        assertThat(object.asByteArray()).isEqualTo(concat(first, second));
        assertThat(object.response().contentType()).isEqualTo("text/csv");
        assertThat(object.response().metadata()).containsEntry("origin", "test");
        assertThat(object.response().eTag()).isEqualTo(done.eTag());
        // x-amz-mp-parts-count only answers a partNumber request (moto #4839, tested against S3).
        assertThat(object.response().partsCount()).isNull();
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("big")).partsCount()).isNull();
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("big").partNumber(1)).partsCount())
                .isEqualTo(2);
        assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
    }

    @Test
    void versionedBucketAnnouncesTheNewVersion() {
        s3.putBucketVersioning(
                b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("k")).uploadId();
        UploadPartResponse p1 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(1), RequestBody.fromString("only part"));
        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b ->
                b.bucket(BUCKET).key("k").uploadId(uploadId).multipartUpload(m -> m.parts(part(1, p1.eTag()))));
        assertThat(done.versionId()).hasSize(32);
        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("k")).versionId()).isEqualTo(done.versionId());
    }

    @Test
    void everyPartButTheLastMustBeAtLeastFiveMebibytes() {
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("k")).uploadId();
        UploadPartResponse p1 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(1), RequestBody.fromString("too small"));
        UploadPartResponse p2 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(2), RequestBody.fromString("last"));
        assertError(
                () -> s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                        .key("k")
                        .uploadId(uploadId)
                        .multipartUpload(m -> m.parts(part(1, p1.eTag()), part(2, p2.eTag())))),
                400,
                "EntityTooSmall");
        // The rejected completion changed nothing: the upload is still there to retry.
        assertThat(s3.listParts(b -> b.bucket(BUCKET).key("k").uploadId(uploadId))
                        .parts())
                .hasSize(2);
    }

    @Test
    void partsOutOfOrderOrWithWrongEtagsAreRejected() {
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("k")).uploadId();
        UploadPartResponse p1 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(bytes(5 * MIB, 3)));
        UploadPartResponse p2 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(2), RequestBody.fromString("x"));
        assertError(
                () -> s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                        .key("k")
                        .uploadId(uploadId)
                        .multipartUpload(m -> m.parts(part(2, p2.eTag()), part(1, p1.eTag())))),
                400,
                "InvalidPartOrder");
        assertError(
                () -> s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                        .key("k")
                        .uploadId(uploadId)
                        .multipartUpload(m -> m.parts(part(1, "\"00000000000000000000000000000000\"")))),
                400,
                "InvalidPart");
        assertError(
                () -> s3.completeMultipartUpload(b ->
                        b.bucket(BUCKET).key("k").uploadId(uploadId).multipartUpload(m -> m.parts(part(3, p2.eTag())))),
                400,
                "InvalidPart");
    }

    @Test
    void partNumbersOutsideOneToTenThousandAreInvalid() {
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("k")).uploadId();
        assertError(
                () -> s3.uploadPart(
                        b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(10001),
                        RequestBody.fromString("x")),
                400,
                "InvalidArgument");
        assertError(
                () -> s3.uploadPart(
                        b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(0), RequestBody.fromString("x")),
                400,
                "InvalidArgument");
    }

    @Test
    void abortedUploadsAreGone() {
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("k")).uploadId();
        s3.uploadPart(b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(1), RequestBody.fromString("x"));
        s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("k").uploadId(uploadId));
        assertError(() -> s3.listParts(b -> b.bucket(BUCKET).key("k").uploadId(uploadId)), 404, "NoSuchUpload");
        assertError(
                () -> s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("k").uploadId(uploadId)), 404, "NoSuchUpload");
        assertError(
                () -> s3.uploadPart(
                        b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(1), RequestBody.fromString("x")),
                404,
                "NoSuchUpload");
        assertError(() -> s3.headObject(b -> b.bucket(BUCKET).key("k")), 404, null);
    }

    @Test
    void listPartsPagesInPartNumberOrder() {
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("k")).uploadId();
        for (int n : new int[] {3, 1, 2}) {
            s3.uploadPart(
                    b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumber(n),
                    RequestBody.fromString("part " + n));
        }
        ListPartsResponse first =
                s3.listParts(b -> b.bucket(BUCKET).key("k").uploadId(uploadId).maxParts(2));
        assertThat(first.parts()).extracting(p -> p.partNumber()).containsExactly(1, 2);
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextPartNumberMarker()).isEqualTo(2);
        ListPartsResponse rest = s3.listParts(
                b -> b.bucket(BUCKET).key("k").uploadId(uploadId).partNumberMarker(first.nextPartNumberMarker()));
        assertThat(rest.parts()).extracting(p -> p.partNumber()).containsExactly(3);
        assertThat(rest.parts().get(0).size()).isEqualTo(6L);
        assertThat(rest.isTruncated()).isFalse();
    }

    @Test
    void listMultipartUploadsFiltersByPrefixAndRollsUpDelimiters() {
        List<String> keys = List.of("a/1", "a/2", "b", "c/x/y");
        for (String key : keys) {
            s3.createMultipartUpload(b -> b.bucket(BUCKET).key(key));
        }
        ListMultipartUploadsResponse all = s3.listMultipartUploads(b -> b.bucket(BUCKET));
        assertThat(all.uploads()).extracting(u -> u.key()).containsExactlyElementsOf(keys);
        ListMultipartUploadsResponse rolled =
                s3.listMultipartUploads(b -> b.bucket(BUCKET).delimiter("/"));
        assertThat(rolled.uploads()).extracting(u -> u.key()).containsExactly("b");
        assertThat(rolled.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("a/", "c/");
        ListMultipartUploadsResponse prefixed =
                s3.listMultipartUploads(b -> b.bucket(BUCKET).prefix("a/"));
        assertThat(prefixed.uploads()).extracting(u -> u.key()).containsExactly("a/1", "a/2");
        ListMultipartUploadsResponse paged =
                s3.listMultipartUploads(b -> b.bucket(BUCKET).maxUploads(2));
        assertThat(paged.isTruncated()).isTrue();
        assertThat(paged.nextKeyMarker()).isEqualTo("a/2");
    }

    @Test
    void listMultipartUploadsResumesPastACommonPrefixThatEndedThePage() {
        // Paging with a delimiter, one entry per page: each common prefix is listed once, as ListObjects does.
        for (String key : List.of("a/1", "a/2", "b", "c/x")) {
            s3.createMultipartUpload(b -> b.bucket(BUCKET).key(key));
        }
        List<String> seen = new java.util.ArrayList<>();
        String marker = null;
        for (int page = 0; page < 10; page++) {
            String keyMarker = marker;
            ListMultipartUploadsResponse r = s3.listMultipartUploads(
                    b -> b.bucket(BUCKET).delimiter("/").maxUploads(1).keyMarker(keyMarker));
            r.commonPrefixes().forEach(p -> seen.add(p.prefix()));
            r.uploads().forEach(u -> seen.add(u.key()));
            if (!r.isTruncated()) {
                break;
            }
            marker = r.nextKeyMarker();
        }
        assertThat(seen).containsExactly("a/", "b", "c/");
    }

    @Test
    void uploadPartCopyTakesARangeOfAnotherObject() {
        byte[] source = bytes(6 * MIB, 7);
        s3.putObject(b -> b.bucket(BUCKET).key("source"), RequestBody.fromBytes(source));
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("copy")).uploadId();
        UploadPartCopyResponse c1 = s3.uploadPartCopy(b -> b.sourceBucket(BUCKET)
                .sourceKey("source")
                .destinationBucket(BUCKET)
                .destinationKey("copy")
                .uploadId(uploadId)
                .partNumber(1)
                .copySourceRange("bytes=0-" + (5 * MIB - 1)));
        UploadPartCopyResponse c2 = s3.uploadPartCopy(b -> b.sourceBucket(BUCKET)
                .sourceKey("source")
                .destinationBucket(BUCKET)
                .destinationKey("copy")
                .uploadId(uploadId)
                .partNumber(2)
                .copySourceRange("bytes=" + (5 * MIB) + "-" + (6 * MIB - 1)));
        s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                .key("copy")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(
                        part(1, c1.copyPartResult().eTag()),
                        part(2, c2.copyPartResult().eTag()))));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("copy")).asByteArray())
                .isEqualTo(source);
        assertError(
                () -> s3.uploadPartCopy(b -> b.sourceBucket(BUCKET)
                        .sourceKey("source")
                        .destinationBucket(BUCKET)
                        .destinationKey("copy")
                        .uploadId("nope")
                        .partNumber(1)),
                404,
                "NoSuchUpload");
    }

    @Test
    void compositeChecksumOfAnUploadCreatedWithAnAlgorithm() {
        String uploadId = s3.createMultipartUpload(
                        b -> b.bucket(BUCKET).key("k").checksumAlgorithm(ChecksumAlgorithm.SHA256))
                .uploadId();
        UploadPartResponse p1 = s3.uploadPart(
                b -> b.bucket(BUCKET)
                        .key("k")
                        .uploadId(uploadId)
                        .partNumber(1)
                        .checksumAlgorithm(ChecksumAlgorithm.SHA256),
                RequestBody.fromBytes(bytes(5 * MIB, 9)));
        UploadPartResponse p2 = s3.uploadPart(
                b -> b.bucket(BUCKET)
                        .key("k")
                        .uploadId(uploadId)
                        .partNumber(2)
                        .checksumAlgorithm(ChecksumAlgorithm.SHA256),
                RequestBody.fromString("tail"));
        assertThat(p1.checksumSHA256()).isNotNull();
        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                .key("k")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(
                        CompletedPart.builder()
                                .partNumber(1)
                                .eTag(p1.eTag())
                                .checksumSHA256(p1.checksumSHA256())
                                .build(),
                        CompletedPart.builder()
                                .partNumber(2)
                                .eTag(p2.eTag())
                                .checksumSHA256(p2.checksumSHA256())
                                .build())));
        assertThat(done.checksumSHA256()).endsWith("-2");
        HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("k").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumSHA256()).isEqualTo(done.checksumSHA256());
        assertThat(head.checksumTypeAsString()).isEqualTo("COMPOSITE");
    }

    @Test
    void partNumberReadsServeOnePartEach() {
        // GetObject/HeadObject ?partNumber=N (API reference: "Part number of the object being read"):
        // 206 with that part's bytes and x-amz-mp-parts-count; how SDK multipart downloads fetch.
        byte[] first = bytes(5 * MIB, 11);
        byte[] second = bytes(3000, 12);
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(BUCKET).key("parts")).uploadId();
        UploadPartResponse p1 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("parts").uploadId(uploadId).partNumber(1), RequestBody.fromBytes(first));
        UploadPartResponse p2 = s3.uploadPart(
                b -> b.bucket(BUCKET).key("parts").uploadId(uploadId).partNumber(2), RequestBody.fromBytes(second));
        s3.completeMultipartUpload(b -> b.bucket(BUCKET)
                .key("parts")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(part(1, p1.eTag()), part(2, p2.eTag()))));

        ResponseBytes<GetObjectResponse> one =
                s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("parts").partNumber(1));
        ResponseBytes<GetObjectResponse> two =
                s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("parts").partNumber(2));
        assertThat(one.asByteArray()).isEqualTo(first);
        assertThat(two.asByteArray()).isEqualTo(second);
        assertThat(two.response().partsCount()).isEqualTo(2);
        assertThat(two.response().contentRange())
                .isEqualTo("bytes " + first.length + "-" + (first.length + second.length - 1) + "/"
                        + (first.length + second.length));
        HeadObjectResponse head =
                s3.headObject(b -> b.bucket(BUCKET).key("parts").partNumber(2));
        assertThat(head.contentLength()).isEqualTo(second.length);
        assertError(() -> s3.getObject(b -> b.bucket(BUCKET).key("parts").partNumber(3)), 416, "InvalidPartNumber");

        s3.putObject(b -> b.bucket(BUCKET).key("single"), RequestBody.fromString("whole"));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("single").partNumber(1))
                        .asUtf8String())
                .isEqualTo("whole");
        assertError(() -> s3.getObject(b -> b.bucket(BUCKET).key("single").partNumber(2)), 416, "InvalidPartNumber");
    }

    private static CompletedPart part(int number, String etag) {
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    private static void assertError(Runnable call, int status, String code) {
        if (code == null) {
            S3Assertions.headError(call::run, status);
        } else {
            S3Assertions.s3Error(call::run, status, code);
        }
    }

    private static byte[] bytes(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String md5Hex(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    }
}

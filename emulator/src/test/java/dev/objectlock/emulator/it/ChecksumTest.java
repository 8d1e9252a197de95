package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Upload integrity: aws-chunked bodies with trailing checksums (the SDK default), plain bodies,
 * each additional checksum algorithm, Content-MD5, and checksums returned by GET/HEAD.
 * Expected values are the published check values of each algorithm over "123456789".
 */
class ChecksumTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String BODY = "123456789";
    // The SDK's ChecksumAlgorithm enum names the algorithms; values are CRC/SHA of BODY.
    private static final Map<ChecksumAlgorithm, String> CHECK_VALUES = Map.of(
            ChecksumAlgorithm.CRC32, "y/Q5Jg==", // 0xCBF43926
            ChecksumAlgorithm.CRC32_C, "4waSgw==", // 0xE3069283
            ChecksumAlgorithm.CRC64_NVME, "rosUhgp5mIg=", // 0xAE8B14860A799888
            ChecksumAlgorithm.SHA1, "98O8HYCOBHMq32eZZczDTKeuNEE=",
            ChecksumAlgorithm.SHA256, "FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=");

    private static final String CRC64NVME = CHECK_VALUES.get(ChecksumAlgorithm.CRC64_NVME);

    private final S3Client client = s3.client();

    // SDK default (requestChecksumCalculation WHEN_SUPPORTED): PutObject goes as aws-chunked with a
    // CRC32 trailer; S3 validates and stores it, echoes it on PUT and returns it on GET/HEAD with
    // x-amz-checksum-mode: ENABLED (User Guide, "Checking object integrity"; PutObject and GetObject API reference).
    @Test
    void defaultUploadIsAwsChunkedWithCrc32Trailer() {
        s3.createBucket("sums");

        PutObjectResponse put = client.putObject(b -> b.bucket("sums").key("k"), RequestBody.fromString(BODY));

        SdkHttpRequest sent = s3.lastRequest();
        assertThat(sent.firstMatchingHeader("x-amz-content-sha256"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("STREAMING-"));
        assertThat(sent.firstMatchingHeader("x-amz-trailer")).contains("x-amz-checksum-crc32");
        assertThat(put.checksumCRC32()).isEqualTo(CHECK_VALUES.get(ChecksumAlgorithm.CRC32));
        assertThat(put.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        GetObjectResponse get = client.getObject(b -> b.bucket("sums").key("k").checksumMode(ChecksumMode.ENABLED))
                .response();
        assertThat(get.checksumCRC32()).isEqualTo(CHECK_VALUES.get(ChecksumAlgorithm.CRC32));
        assertThat(get.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        assertThat(get.contentLength()).isEqualTo(BODY.length());
        HeadObjectResponse head =
                client.headObject(b -> b.bucket("sums").key("k").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumCRC32()).isEqualTo(CHECK_VALUES.get(ChecksumAlgorithm.CRC32));
        // aws-chunked is transfer framing: S3 does not store it as the object's Content-Encoding.
        assertThat(sent.firstMatchingHeader("Content-Encoding")).contains("aws-chunked");
        assertThat(head.contentEncoding()).isNull();
        assertThat(s3.read("sums", "k")).isEqualTo(BODY);
    }

    // GetObject API reference: checksums are returned only when x-amz-checksum-mode is ENABLED.
    @Test
    void checksumHeadersOnlyWhenAskedFor() {
        s3.createBucket("sums");
        s3.put("sums", "k", BODY);

        GetObjectResponse get = client.getObject(b -> b.bucket("sums").key("k")).response();

        assertThat(header(get, "x-amz-checksum-crc32")).isEmpty();
    }

    // Each additional checksum algorithm (PutObject x-amz-sdk-checksum-algorithm / trailer) is
    // validated, stored and returned. (CRC64NVME needs the AWS CRT in the SDK, which this build
    // does not have, so that one goes over raw HTTP below.)
    @ParameterizedTest
    @EnumSource(
            value = ChecksumAlgorithm.class,
            names = {"CRC32", "CRC32_C", "SHA1", "SHA256"})
    void explicitAlgorithm(ChecksumAlgorithm algorithm) {
        s3.createBucket("sums");

        PutObjectResponse put = client.putObject(
                b -> b.bucket("sums").key("k").checksumAlgorithm(algorithm), RequestBody.fromString(BODY));

        assertThat(s3.lastRequest().firstMatchingHeader("x-amz-trailer"))
                .contains("x-amz-checksum-" + algorithm.toString().toLowerCase());
        String expected = CHECK_VALUES.get(algorithm);
        assertThat(checksumOf(put.sdkHttpResponse().headers(), algorithm)).isEqualTo(expected);
        GetObjectResponse get = client.getObject(b -> b.bucket("sums").key("k").checksumMode(ChecksumMode.ENABLED))
                .response();
        assertThat(checksumOf(get.sdkHttpResponse().headers(), algorithm)).isEqualTo(expected);
        assertThat(client.listObjectsV2(b -> b.bucket("sums")).contents().get(0).checksumAlgorithmAsStrings())
                .containsExactly(algorithm.toString());
    }

    // CRC64NVME sent as a header with the value (PutObject API reference, x-amz-checksum-crc64nvme).
    @Test
    void explicitCrc64NvmeHeader() {
        s3.createBucket("sums");

        HttpResponse<String> put = s3.raw(
                "PUT", "/sums/k", Map.of("x-amz-checksum-crc64nvme", CRC64NVME), BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.headers().firstValue("x-amz-checksum-crc64nvme")).contains(CRC64NVME);
        assertThat(rawChecksumMode("/sums/k").headers().firstValue("x-amz-checksum-crc64nvme"))
                .contains(CRC64NVME);
        HttpResponse<String> wrong = s3.raw(
                "PUT",
                "/sums/wrong",
                Map.of("x-amz-checksum-crc64nvme", "AAAAAAAAAAA="),
                BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("<Code>BadDigest</Code>");
    }

    // requestChecksumCalculation WHEN_REQUIRED: the SDK sends no checksum at all (over plain HTTP
    // it still frames the body as SigV4-signed aws-chunked, without a trailer). S3 then stores its
    // default CRC64NVME full-object checksum (PutObject API reference, ChecksumCRC64NVME: "or if it
    // was uploaded without a checksum (and Amazon S3 added the default checksum, CRC64NVME, to the
    // uploaded object)").
    @Test
    void uploadWithoutChecksumGetsTheDefaultCrc64Nvme() {
        S3Client whenRequired = s3.client(b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED));
        s3.createBucket("sums");

        PutObjectResponse put = whenRequired.putObject(b -> b.bucket("sums").key("k"), RequestBody.fromString(BODY));

        assertNoChecksumSent(s3.lastRequest());
        assertThat(put.checksumCRC64NVME()).isEqualTo(CRC64NVME);
        assertThat(put.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        HeadObjectResponse head =
                whenRequired.headObject(b -> b.bucket("sums").key("k").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumCRC64NVME()).isEqualTo(CRC64NVME);
        assertThat(head.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        assertThat(rawChecksumMode("/sums/k").headers().firstValue("x-amz-checksum-crc64nvme"))
                .contains(CRC64NVME);
        assertThat(s3.read("sums", "k")).isEqualTo(BODY);
    }

    // The same with chunked encoding off: a plain body with a signed payload hash.
    @Test
    void plainBodyWithoutChecksum() {
        S3Client plain = s3.client(b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .serviceConfiguration(c -> c.chunkedEncodingEnabled(false)));
        s3.createBucket("sums");

        PutObjectResponse put = plain.putObject(b -> b.bucket("sums").key("k"), RequestBody.fromString(BODY));

        SdkHttpRequest sent = s3.lastRequest();
        assertNoChecksumSent(sent);
        assertThat(sent.firstMatchingHeader("x-amz-content-sha256"))
                .hasValueSatisfying(v -> assertThat(v).matches("[0-9a-f]{64}"));
        assertThat(put.checksumCRC64NVME()).isEqualTo(CRC64NVME);
        assertThat(s3.read("sums", "k")).isEqualTo(BODY);
    }

    // WHEN_REQUIRED with an explicit algorithm still sends (and S3 still checks) that checksum.
    @Test
    void plainUploadWithExplicitSha256() {
        S3Client whenRequired = s3.client(b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED));
        s3.createBucket("sums");

        PutObjectResponse put = whenRequired.putObject(
                b -> b.bucket("sums").key("k").checksumAlgorithm(ChecksumAlgorithm.SHA256),
                RequestBody.fromString(BODY));

        assertThat(put.checksumSHA256()).isEqualTo(CHECK_VALUES.get(ChecksumAlgorithm.SHA256));
    }

    // A precomputed checksum that does not match the body is 400 BadDigest, and nothing is stored
    // (User Guide, "Checking object integrity": "If the values don't match, the request is rejected").
    @Test
    void wrongPrecomputedChecksumIsBadDigest() {
        s3.createBucket("sums");
        String wrong = CHECK_VALUES.get(ChecksumAlgorithm.SHA256).replace('F', 'G');

        var e = s3Error(
                () -> client.putObject(
                        b -> b.bucket("sums").key("k").checksumSHA256(wrong), RequestBody.fromString(BODY)),
                400,
                "BadDigest");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The SHA256 you specified did not match the calculated checksum.");
        assertThat(client.listObjectsV2(b -> b.bucket("sums")).contents()).isEmpty();
    }

    // PutObject API reference / S3 Error responses: a Content-MD5 that does not match is 400
    // BadDigest; one that is not a base64 MD5 is 400 InvalidDigest; a matching one is accepted.
    @Test
    void contentMd5() {
        s3.createBucket("sums");
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> good =
                s3.raw("PUT", "/sums/good", Map.of("Content-MD5", "JfnnlDI7RTiF9RgfG2JNCw=="), body);
        HttpResponse<String> bad = s3.raw("PUT", "/sums/bad", Map.of("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg=="), body);
        HttpResponse<String> invalid = s3.raw("PUT", "/sums/invalid", Map.of("Content-MD5", "not-md5"), body);

        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<Code>BadDigest</Code>");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("<Code>InvalidDigest</Code>");
        assertThat(client.listObjectsV2(b -> b.bucket("sums")).contents())
                .extracting(o -> o.key())
                .containsExactly("good");
    }

    private static void assertNoChecksumSent(SdkHttpRequest sent) {
        assertThat(sent.firstMatchingHeader("x-amz-trailer")).isEmpty();
        assertThat(sent.headers().keySet())
                .noneMatch(h -> h.toLowerCase().startsWith("x-amz-checksum-")
                        || h.equalsIgnoreCase("x-amz-sdk-checksum-algorithm")
                        || h.equalsIgnoreCase("Content-MD5"));
    }

    /** GET with checksum mode over raw HTTP: the SDK cannot validate CRC64NVME without the CRT. */
    private static HttpResponse<String> rawChecksumMode(String path) {
        HttpResponse<String> get = s3.raw("GET", path, Map.of("x-amz-checksum-mode", "ENABLED"), null);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("x-amz-checksum-type")).contains("FULL_OBJECT");
        return get;
    }

    private static String checksumOf(Map<String, java.util.List<String>> headers, ChecksumAlgorithm algorithm) {
        String name = "x-amz-checksum-" + algorithm.toString().toLowerCase();
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst()
                .orElse(null);
    }
}

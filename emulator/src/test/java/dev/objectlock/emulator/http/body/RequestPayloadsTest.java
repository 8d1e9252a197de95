package dev.objectlock.emulator.http.body;

import static dev.objectlock.emulator.http.body.ChunkedBodies.stream;
import static dev.objectlock.emulator.http.body.ChunkedBodies.unsignedWithTrailers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.service.Payload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies and their integrity headers (API_PutObject: Content-MD5, x-amz-checksum-*,
 * x-amz-sdk-checksum-algorithm, x-amz-trailer; S3 User Guide "Checking object integrity").
 */
class RequestPayloadsTest {

    private static final String HELLO_MD5 = "XrY7u+Ae7tCTyyK7j1rNww==";
    private static final String HELLO_CRC32 = "DUoRhQ==";

    @Test
    void passesAPlainBodyThroughWithItsContentMd5() throws IOException {
        Payload payload = RequestPayloads.open(stream("hello world"), headers("Content-MD5", HELLO_MD5));

        assertThat(payload.body().readAllBytes())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("hello world");
        assertThat(payload.algorithm()).isNull();
        assertThat(payload.claimed().get()).isEqualTo(new Payload.Claimed(HELLO_MD5, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "XrY7u+Ae7tCTyyK7j1rN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAA", ""})
    void rejectsAContentMd5ThatIsNotA128BitBase64DigestAsInvalidDigest(String contentMd5) {
        // InvalidDigest: "The Content-MD5 you specified was invalid." (ErrorResponses.html)
        assertThatThrownBy(() -> RequestPayloads.open(stream("x"), headers("Content-MD5", contentMd5)))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_DIGEST));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "x-amz-checksum-crc32,     DUoRhQ==,                                     CRC32",
        "x-amz-checksum-crc32c,    yZRlqg==,                                     CRC32C",
        "x-amz-checksum-crc64nvme, jSnVw/bqjr4=,                                 CRC64NVME",
        "x-amz-checksum-sha1,      Kq5sNclPz7QV2+lfQIuc6R7oRu0=,                 SHA1",
        "x-amz-checksum-sha256,    uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=, SHA256"
    })
    void picksTheAlgorithmAndClaimFromTheChecksumHeader(String header, String value, ChecksumAlgorithm algorithm) {
        Payload payload = RequestPayloads.open(stream("hello world"), headers(header, value));

        assertThat(payload.algorithm()).isEqualTo(algorithm);
        assertThat(payload.claimed().get().checksum()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "x-amz-checksum-crc32,  AAAAAAAAAAA=", // 8 bytes where CRC32 has 4
        "x-amz-checksum-crc32,  garbage",
        "x-amz-checksum-crc32,  short===", // the Swift s3api cases below
        "x-amz-checksum-crc32,  shrt",
        "x-amz-checksum-crc32,  toolong=",
        "x-amz-checksum-crc32,  ^^^^^^==",
        "x-amz-checksum-crc32,  y^/^Q5^J^g==",
        "x-amz-checksum-crc32,  y/Q5Jh==", // non-canonical: stray bits in the last character
        "x-amz-checksum-crc32c, 4waSgx==",
        "x-amz-checksum-crc64nvme, rosUhgp5mIh=",
        "x-amz-checksum-sha1,   98O8HYCOBHMq32eZZczDTKeuNEF=",
        "x-amz-checksum-sha256, FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiV=",
        "x-amz-checksum-crc32c, ''",
        "x-amz-checksum-sha256, DUoRhQ=="
    })
    void rejectsAChecksumHeaderOfTheWrongShapeAsInvalidRequest(String header, String value) {
        // AWS: 400 InvalidRequest "Value for x-amz-checksum-crc32 header is invalid." (OpenStack Swift
        // test/s3api/test_object_checksums.py, written to pass against AWS: INVALID values and the
        // test_invalid_base64_* cases).
        assertThatThrownBy(() -> RequestPayloads.open(stream("hello world"), headers(header, value)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("Value for " + header + " header is invalid.");
                });
    }

    @Test
    void rejectsTwoChecksumHeaders() {
        // AWS: 400 InvalidRequest "Expecting a single x-amz-checksum- header. Multiple checksum Types are
        // not allowed." (OpenStack Swift test/s3api/test_object_checksums.py test_multi_checksum).
        assertThatThrownBy(() -> RequestPayloads.open(
                        stream("hello world"),
                        headers(
                                "x-amz-checksum-crc32",
                                HELLO_CRC32,
                                "x-amz-checksum-sha1",
                                "Kq5sNclPz7QV2+lfQIuc6R7oRu0=")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
                });
    }

    @Test
    void rejectsAChecksumHeaderOfAnotherAlgorithmThanDeclared() {
        // Swift s3api test_different_checksum_requested (botocore >= 1.36): ChecksumCRC32 with
        // ChecksumAlgorithm=SHA1 gives 400 InvalidRequest "Value for x-amz-sdk-checksum-algorithm header is invalid."
        assertThatThrownBy(() -> RequestPayloads.open(
                        stream("123456789"),
                        headers("x-amz-checksum-crc32", "y/Q5Jg==", "x-amz-sdk-checksum-algorithm", "SHA1")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("Value for x-amz-sdk-checksum-algorithm header is invalid.");
                });
    }

    @Test
    void acceptsAChecksumHeaderMatchingTheDeclaredAlgorithm() {
        Payload payload = RequestPayloads.open(
                stream("123456789"),
                headers("x-amz-checksum-crc32", "y/Q5Jg==", "x-amz-sdk-checksum-algorithm", "crc32"));

        assertThat(payload.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32);
    }

    @Test
    void picksUpTheChecksumFromTheTrailerOnceTheBodyIsRead() throws IOException {
        Payload payload = RequestPayloads.open(
                stream(unsignedWithTrailers(new String[] {"hello", " world"}, "x-amz-checksum-crc32:" + HELLO_CRC32)),
                headers(
                        "x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
                        "Content-Encoding", "aws-chunked",
                        "x-amz-trailer", "x-amz-checksum-crc32",
                        "x-amz-decoded-content-length", "11"));

        assertThat(payload.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32);
        assertThat(payload.body().readAllBytes())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("hello world");
        assertThat(payload.claimed().get()).isEqualTo(new Payload.Claimed(null, HELLO_CRC32));
    }

    @Test
    void rejectsATrailerChecksumOfTheWrongShape() throws IOException {
        Payload payload = RequestPayloads.open(
                stream(unsignedWithTrailers(new String[] {"hello"}, "x-amz-checksum-crc32:AAAAAAAAAAA=")),
                headers(
                        "x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
                        "x-amz-trailer", "x-amz-checksum-crc32"));
        payload.body().readAllBytes();

        assertThatThrownBy(() -> payload.claimed().get()).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
            assertThat(e.getMessage()).isEqualTo("Value for x-amz-checksum-crc32 trailer is invalid.");
        });
    }

    @Test
    void decodesSignedChunksWithoutATrailer() throws IOException {
        Payload payload = RequestPayloads.open(
                stream(ChunkedBodies.signed("hello", " world")),
                headers("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "Content-MD5", HELLO_MD5));

        assertThat(payload.body().readAllBytes())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("hello world");
        assertThat(payload.claimed().get()).isEqualTo(new Payload.Claimed(HELLO_MD5, null));
    }

    @Test
    void refusesAnSdkAlgorithmWithoutItsValue() {
        // AWS refuses a declared algorithm whose value is in neither a header nor a trailer: 400
        // InvalidRequest "x-amz-sdk-checksum-algorithm specified, but no corresponding
        // x-amz-checksum-* or x-amz-trailer headers were found." (AWS error text as SDK users report it).
        assertThatThrownBy(
                        () -> RequestPayloads.open(stream("x"), headers("x-amz-sdk-checksum-algorithm", "CRC64NVME")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
                    assertThat(e.getMessage())
                            .startsWith("x-amz-sdk-checksum-algorithm specified, but no corresponding");
                });
    }

    @Test
    void rejectsAnUnknownSdkChecksumAlgorithm() {
        assertThatThrownBy(() -> RequestPayloads.open(stream("x"), headers("x-amz-sdk-checksum-algorithm", "MD5")))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST));
    }

    @ParameterizedTest
    @CsvSource({
        "x-amz-content-sha256, STREAMING-AWS4-HMAC-SHA256-PAYLOAD,         true",
        "x-amz-content-sha256, STREAMING-UNSIGNED-PAYLOAD-TRAILER,         true",
        "x-amz-content-sha256, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, true",
        "Content-Encoding,     aws-chunked,                                true",
        "Content-Encoding,     'gzip,aws-chunked',                         true",
        "x-amz-content-sha256, UNSIGNED-PAYLOAD,                           false",
        "Content-Encoding,     gzip,                                       false"
    })
    void recognisesAwsChunkedBodies(String header, String value, boolean chunked) {
        assertThat(RequestPayloads.isAwsChunked(headers(header, value))).isEqualTo(chunked);
    }

    @ParameterizedTest
    @CsvSource({
        "Content-MD5,                  XrY7u+Ae7tCTyyK7j1rNww==, true",
        "x-amz-checksum-sha256,        anything,                 true",
        "x-amz-trailer,                x-amz-checksum-crc32c,    true",
        "x-amz-sdk-checksum-algorithm, CRC32,                    false",
        "x-amz-trailer,                x-amz-other,              false",
        "Content-Type,                 text/plain,               false"
    })
    void tellsWhetherARequestCarriesAnIntegrityClaim(String header, String value, boolean expected) {
        // DeleteObjects needs Content-MD5 or an x-amz-checksum-* header or trailer ([A.6, E24]).
        assertThat(RequestPayloads.hasIntegrityHeader(headers(header, value))).isEqualTo(expected);
    }

    /** Case-insensitive header lookup, as servlet containers provide. */
    private static Function<String, String> headers(String... namesAndValues) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map::get;
    }
}

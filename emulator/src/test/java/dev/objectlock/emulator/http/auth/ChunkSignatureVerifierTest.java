package dev.objectlock.emulator.http.auth;

import static dev.objectlock.emulator.http.auth.AuthAssert.authenticated;
import static dev.objectlock.emulator.http.auth.AuthAssert.details;
import static dev.objectlock.emulator.http.auth.SdkSigning.REGION;
import static dev.objectlock.emulator.http.auth.SdkSigning.payload;
import static dev.objectlock.emulator.http.auth.SdkSigning.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.body.AwsChunkedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.checksums.spi.ChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Bodies the AWS SDK v2 signs chunk by chunk (STREAMING-AWS4-HMAC-SHA256-PAYLOAD, and with a
 * signed trailer -TRAILER) decode through {@link AwsChunkedInputStream} with the verifier the
 * header authentication seeds; any change to a chunk, a signature or the trailer is refused
 * ([P.2.4], [P18]-[P20]).
 */
class ChunkSignatureVerifierTest {

    static Stream<Arguments> bodies() {
        return Stream.of(0, 1, 8192, 131_072, 300_000)
                .flatMap(size -> Stream.of(
                        Arguments.of(size, null),
                        Arguments.of(size, DefaultChecksumAlgorithm.CRC32),
                        Arguments.of(size, DefaultChecksumAlgorithm.SHA256)));
    }

    @ParameterizedTest(name = "{0} bytes, trailer {1}")
    @MethodSource("bodies")
    void sdkSignedBodiesDecode(int size, ChecksumAlgorithm trailer) throws IOException {
        byte[] body = bytes(size);
        SignedRequest signed =
                SdkSigning.signChunked(request(SdkHttpMethod.PUT, "localhost:9000", "/b/k"), body, trailer);

        AuthResult.Authenticated<String> auth =
                authenticated(SdkSigning.verifier().verify(SdkSigning.of(signed.request()), REGION));
        AwsChunkedInputStream in = new AwsChunkedInputStream(
                new ByteArrayInputStream(payload(signed)), auth.chunkVerifier().orElseThrow());

        assertThat(auth.payload().kind())
                .isEqualTo(
                        trailer == null
                                ? PayloadHash.Kind.STREAMING_SIGNED
                                : PayloadHash.Kind.STREAMING_SIGNED_TRAILER);
        assertThat(in.readAllBytes()).isEqualTo(body);
        if (trailer != null) {
            assertThat(in.trailers())
                    .containsKeys(
                            "x-amz-checksum-" + trailer.algorithmId().toLowerCase(Locale.ROOT),
                            "x-amz-trailer-signature");
        }
    }

    @Test
    void aChangedDataByteIsRefusedAtTheEndOfItsChunk() {
        byte[] wire = payload(signedWithTrailer(20_000));
        int data = indexOf(wire, "\r\n") + 2;
        wire[data + 10] ^= 1;

        S3Exception error = readFails(wire);

        assertThat(details(error).get("StringToSign"))
                .startsWith(
                        "AWS4-HMAC-SHA256-PAYLOAD\n20250601T120000Z\n" + "20250601/" + REGION + "/s3/aws4_request\n");
    }

    @Test
    void aChangedChunkSignatureIsRefused() {
        byte[] wire = payload(signedWithTrailer(20_000));
        int signature = indexOf(wire, "chunk-signature=") + "chunk-signature=".length();
        wire[signature] = (byte) (wire[signature] == 'a' ? 'b' : 'a');

        readFails(wire);
    }

    @Test
    void aChangedTrailerIsRefused() {
        String wire = new String(payload(signedWithTrailer(100)), StandardCharsets.ISO_8859_1);
        int value = wire.indexOf("x-amz-checksum-crc32:") + "x-amz-checksum-crc32:".length();
        String changed = wire.substring(0, value) + "AAAAAA==" + wire.substring(value + 8);

        S3Exception error = readFails(changed.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(details(error).get("StringToSign")).startsWith("AWS4-HMAC-SHA256-TRAILER\n");
    }

    @Test
    void aSignedTrailerWithoutItsSignatureIsMalformed() {
        String wire = new String(payload(signedWithTrailer(100)), StandardCharsets.ISO_8859_1);
        String cut = wire.replaceAll("x-amz-trailer-signature:[0-9a-f]{64}\r\n", "");

        assertThat(cut).isNotEqualTo(wire);
        S3Exception error =
                catchThrowableOfType(S3Exception.class, () -> read(cut.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(error.code().code()).isEqualTo("MalformedTrailerError");
        assertThat(error.code().httpStatus()).isEqualTo(400);
    }

    @Test
    void aChunkWithoutASignatureIsRefused() {
        String wire = new String(payload(signedWithTrailer(100)), StandardCharsets.ISO_8859_1);
        String unsigned = wire.replaceFirst(";chunk-signature=[0-9a-f]{64}", "");

        S3Exception error = readFails(unsigned.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(details(error).get("SignatureProvided")).isEmpty();
    }

    @Test
    void theBodyOfAnotherRequestIsRefused() {
        // Same key, same second, same length; only the seed (the header signature) differs.
        byte[] other = payload(SdkSigning.signChunked(
                request(SdkHttpMethod.PUT, "localhost:9000", "/b/other"), bytes(100), DefaultChecksumAlgorithm.CRC32));

        readFails(other);
    }

    @Test
    void theAwsExampleChainVerifies() throws IOException {
        // API reference sigv4-streaming: seed 4f232c43..., then ad80c730..., 0055627c..., b6c6ea8a....
        byte[] body = SignedChunks.awsExample(new int[] {65536, 1024});

        assertThat(new String(body, StandardCharsets.ISO_8859_1))
                .contains("10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n")
                .contains("400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n")
                .endsWith("0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n");
        assertThat(new AwsChunkedInputStream(new ByteArrayInputStream(body), SignedChunks.awsExampleVerifier())
                        .readAllBytes())
                .hasSize(66560);
    }

    @Test
    void onlyTheLastChunkMayBeSmallerThan8KiB() throws IOException {
        // [P19] (vgw): Chunk names the short chunk, counted from 1, BadChunkSize its size.
        byte[] shortFirst = SignedChunks.awsExample(new int[] {8191, 8192});
        S3Exception error = catchThrowableOfType(
                S3Exception.class,
                () -> new AwsChunkedInputStream(new ByteArrayInputStream(shortFirst), SignedChunks.awsExampleVerifier())
                        .readAllBytes());

        assertThat(error.code().code()).isEqualTo("InvalidChunkSizeError");
        assertThat(error.code().httpStatus()).isEqualTo(400);
        assertThat(error.getMessage()).isEqualTo("Only the last chunk is allowed to have a size less than 8192 bytes");
        assertThat(details(error)).containsExactly(Map.entry("Chunk", "1"), Map.entry("BadChunkSize", "8191"));
        for (int[] sizes : new int[][] {{8192, 1}, {100}, {8192, 8192, 8192}}) {
            assertThat(new AwsChunkedInputStream(
                                    new ByteArrayInputStream(SignedChunks.awsExample(sizes)),
                                    SignedChunks.awsExampleVerifier())
                            .readAllBytes())
                    .hasSize(Arrays.stream(sizes).sum());
        }
        byte[] shortMiddle = SignedChunks.awsExample(new int[] {8192, 5, 8192});
        assertThat(details(catchThrowableOfType(
                        S3Exception.class,
                        () -> new AwsChunkedInputStream(
                                        new ByteArrayInputStream(shortMiddle), SignedChunks.awsExampleVerifier())
                                .readAllBytes())))
                .containsEntry("Chunk", "2")
                .containsEntry("BadChunkSize", "5");
    }

    private static SignedRequest signedWithTrailer(int size) {
        return SdkSigning.signChunked(
                request(SdkHttpMethod.PUT, "localhost:9000", "/b/k"), bytes(size), DefaultChecksumAlgorithm.CRC32);
    }

    /** Reads a body signed like {@link #signedWithTrailer} with the verifier of that request. */
    private static byte[] read(byte[] wire) throws IOException {
        AuthRequest request = SdkSigning.of(signedWithTrailer(100).request());
        ChunkSignatureVerifier verifier = authenticated(SdkSigning.verifier().verify(request, REGION))
                .chunkVerifier()
                .orElseThrow();
        return new AwsChunkedInputStream(new ByteArrayInputStream(wire), verifier).readAllBytes();
    }

    private static S3Exception readFails(byte[] wire) {
        S3Exception error = catchThrowableOfType(S3Exception.class, () -> read(wire));
        assertThat(error).as("the body must be refused").isNotNull();
        assertThat(error.code().code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(error.code().httpStatus()).isEqualTo(403);
        assertThat(details(error))
                .containsKeys(
                        "AWSAccessKeyId",
                        "StringToSign",
                        "SignatureProvided",
                        "StringToSignBytes",
                        "CanonicalRequest",
                        "CanonicalRequestBytes");
        return error;
    }

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        new Random(size).nextBytes(body);
        return body;
    }

    private static int indexOf(byte[] wire, String text) {
        int at = new String(wire, StandardCharsets.ISO_8859_1).indexOf(text);
        assertThat(at).isNotNegative();
        return at;
    }

    @Test
    void aNewVerifierStartsAtTheSeedAgain() throws IOException {
        SignedRequest signed = signedWithTrailer(100);
        AuthResult.Authenticated<String> auth =
                authenticated(SdkSigning.verifier().verify(SdkSigning.of(signed.request()), REGION));

        for (int i = 0; i < 2; i++) {
            assertThat(new AwsChunkedInputStream(
                                    new ByteArrayInputStream(payload(signed)),
                                    auth.chunkVerifier().orElseThrow())
                            .readAllBytes())
                    .hasSize(100);
        }
        assertThatThrownBy(() -> {
                    ChunkSignatureVerifier used = auth.chunkVerifier().orElseThrow();
                    new AwsChunkedInputStream(new ByteArrayInputStream(payload(signed)), used).readAllBytes();
                    new AwsChunkedInputStream(new ByteArrayInputStream(payload(signed)), used).readAllBytes();
                })
                .isInstanceOf(S3Exception.class);
    }
}

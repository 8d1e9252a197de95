package dev.objectlock.emulator.http.body;

import static dev.objectlock.emulator.http.body.ChunkedBodies.SIGNATURE;
import static dev.objectlock.emulator.http.body.ChunkedBodies.signed;
import static dev.objectlock.emulator.http.body.ChunkedBodies.stream;
import static dev.objectlock.emulator.http.body.ChunkedBodies.unsignedWithTrailers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * aws-chunked decoding (S3 API reference, "Signature Calculations for the Authorization Header:
 * Transferring Payload in Multiple Chunks (Chunked Upload)" and its trailing-headers variant).
 */
class AwsChunkedInputStreamTest {

    @Test
    void decodesSignedChunks() throws IOException {
        // The API reference example uploads 65536 + 1024 bytes in two signed chunks and a final empty one.
        String first = "a".repeat(65536);
        String second = "b".repeat(1024);
        AwsChunkedInputStream in = new AwsChunkedInputStream(stream(signed(first, second)));

        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first + second);
        assertThat(in.trailers()).isEmpty();
    }

    @Test
    void decodesUnsignedChunksAndKeepsTheTrailer() throws IOException {
        AwsChunkedInputStream in = new AwsChunkedInputStream(
                stream(unsignedWithTrailers(new String[] {"hello ", "world"}, "x-amz-checksum-crc32:DUoRhQ==")));

        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello world");
        assertThat(in.trailers()).containsExactly(java.util.Map.entry("x-amz-checksum-crc32", "DUoRhQ=="));
    }

    @Test
    void keepsEveryTrailerWithLowerCaseNames() throws IOException {
        // STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER ends with the checksum and x-amz-trailer-signature.
        String body = "5;chunk-signature=" + SIGNATURE + "\r\nhello\r\n"
                + "0;chunk-signature=" + SIGNATURE + "\r\n"
                + "X-Amz-Checksum-CRC32C:yZRlqg==\r\n"
                + "x-amz-trailer-signature: " + SIGNATURE + "\r\n\r\n";
        AwsChunkedInputStream in = new AwsChunkedInputStream(stream(body));

        assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("hello");
        assertThat(in.trailers())
                .containsEntry("x-amz-checksum-crc32c", "yZRlqg==")
                .containsEntry("x-amz-trailer-signature", SIGNATURE)
                .hasSize(2);
    }

    @Test
    void decodesAnEmptyBody() throws IOException {
        assertThat(new AwsChunkedInputStream(stream(signed())).readAllBytes()).isEmpty();
        assertThat(new AwsChunkedInputStream(stream("0\r\n\r\n")).readAllBytes())
                .isEmpty();
    }

    @Test
    void decodesWhenChunkBoundariesFallAcrossReads() throws IOException {
        String[] chunks = {"first-chunk", "x", "third chunk, longer than the others", "\u20ac\u20ac"};
        String expected = String.join("", chunks);
        String body = unsignedWithTrailers(chunks, "x-amz-checksum-sha256:abc=", "x-amz-other:1");

        // the raw stream hands out 1..3 bytes at a time; the reader asks for 2 or 5 bytes
        for (int readSize : new int[] {1, 2, 5, 4096}) {
            AwsChunkedInputStream in = new AwsChunkedInputStream(new Trickle(body.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[readSize + 3];
            int n;
            while ((n = in.read(buffer, 3, readSize)) >= 0) {
                out.write(buffer, 3, n);
            }
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .as("reads of %d", readSize)
                    .isEqualTo(expected);
            assertThat(in.trailers())
                    .containsEntry("x-amz-checksum-sha256", "abc=")
                    .containsEntry("x-amz-other", "1");
        }
    }

    @Test
    void decodesSingleByteReads() throws IOException {
        AwsChunkedInputStream in = new AwsChunkedInputStream(stream(signed("ab", "c")));
        StringBuilder out = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            out.append((char) b);
        }

        assertThat(out).hasToString("abc");
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }

    @Test
    void answersZeroForAnEmptyRead() throws IOException {
        assertThat(new AwsChunkedInputStream(stream(signed("abc"))).read(new byte[1], 0, 0))
                .isZero();
    }

    @Test
    void toleratesABareLineFeedAfterAChunkHeader() throws IOException {
        assertThat(new AwsChunkedInputStream(stream("3\nabc\r\n0\n\n")).readAllBytes())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("abc");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "zz\r\nabc\r\n0\r\n\r\n", // size is not hex
                "\r\nabc\r\n0\r\n\r\n", // no size at all
                "-1\r\nabc\r\n0\r\n\r\n", // negative size
                "3\r\nabcd\r\n0\r\n\r\n", // more data than announced
                "3\r\nabXY0\r\n\r\n", // no CRLF after the data
                "ffffffffffffffffff\r\n"
            }) // size beyond any long
    void rejectsMalformedFramingAsInvalidRequest(String body) {
        assertThatThrownBy(() -> new AwsChunkedInputStream(stream(body)).readAllBytes())
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST));
    }

    @Test
    void rejectsAnEndlessChunkHeaderLine() {
        String body = "3;chunk-signature=" + "f".repeat(5000) + "\r\nabc\r\n0\r\n\r\n";

        assertThatThrownBy(() -> new AwsChunkedInputStream(stream(body)).readAllBytes())
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a;chunk-signature=" + SIGNATURE + "\r\nabc", // ends inside the data
                "3\r\nabc", // ends right after the data, before its CRLF
                "3\r\nabc\r", // ends inside that CRLF
                "3\r\nabc\r\n", // ends before the final zero-size chunk
                "3\r\n",
                ""
            })
    void reportsATruncatedBodyAsIncompleteBody(String body) {
        // API error IncompleteBody: "You did not provide the number of bytes specified by the
        // Content-Length HTTP header" (ErrorResponses.html).
        assertThatThrownBy(() -> new AwsChunkedInputStream(stream(body)).readAllBytes())
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INCOMPLETE_BODY));
    }

    @Test
    void showsItsListenerEveryChunkAndTheTrailerInStreamOrder() throws IOException {
        String body = "5;chunk-signature=" + SIGNATURE + "\r\nhello\r\n"
                + "1;ext=1;chunk-signature= abc \r\n!\r\n"
                + "0;chunk-signature=def\r\n"
                + "X-Amz-Checksum-CRC32: DUoRhQ== \r\n"
                + "x-amz-trailer-signature:ghi\r\n\r\n";
        List<String> events = new ArrayList<>();
        ChunkSignatureListener listener = new ChunkSignatureListener() {
            @Override
            public void chunkStarted(long size, String signature) {
                events.add("start " + size + " " + signature);
            }

            @Override
            public void chunkData(byte[] b, int off, int len) {
                events.add("data " + new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void chunkEnded() {
                events.add("end");
            }

            @Override
            public void trailersEnded(List<Trailer> trailers, String trailerSignature) {
                events.add("trailers " + trailers + " " + trailerSignature);
            }
        };

        AwsChunkedInputStream in =
                new AwsChunkedInputStream(new Trickle(body.getBytes(StandardCharsets.UTF_8)), listener);

        assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("hello!");
        assertThat(String.join(
                        "",
                        events.stream()
                                .filter(e -> e.startsWith("data "))
                                .map(e -> e.substring(5))
                                .toList()))
                .isEqualTo("hello!");
        assertThat(events.stream().filter(e -> !e.startsWith("data ")).toList())
                .containsExactly(
                        "start 5 " + SIGNATURE,
                        "end",
                        "start 1 abc",
                        "end",
                        "start 0 def",
                        "end",
                        "trailers [Trailer[name=x-amz-checksum-crc32, value=DUoRhQ==]] ghi");
        assertThat(in.trailers()).containsEntry("x-amz-trailer-signature", "ghi");
    }

    @Test
    void aListenerRefusalReachesTheReader() {
        ChunkSignatureListener refusing = new ChunkSignatureListener() {
            @Override
            public void chunkStarted(long size, String signature) {}

            @Override
            public void chunkData(byte[] b, int off, int len) {}

            @Override
            public void chunkEnded() {
                throw S3Exception.of(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH);
            }

            @Override
            public void trailersEnded(List<Trailer> trailers, String trailerSignature) {}
        };

        assertThatThrownBy(() -> new AwsChunkedInputStream(stream(signed("abc")), refusing).readAllBytes())
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.SIGNATURE_DOES_NOT_MATCH));
    }

    /** Hands out 1, 2 or 3 bytes per read, cycling, so boundaries land everywhere. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private int at;
        private int turn;

        Trickle(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return at < data.length ? data[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + turn++ % 3), data.length - at);
            System.arraycopy(data, at, b, off, n);
            at += n;
            return n;
        }
    }
}

package dev.objectlock.emulator.domain.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestingInputStreamTest {

    private static final byte[] HELLO = "hello world".getBytes(StandardCharsets.US_ASCII);

    @Test
    void digestsEveryByteThatStreamsBy() throws IOException {
        DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(HELLO), ChecksumAlgorithm.CRC32);

        byte[] read = in.readAllBytes();
        DigestingInputStream.Result result = in.result();

        assertThat(read).isEqualTo(HELLO);
        assertThat(result.size()).isEqualTo(11);
        assertThat(result.md5Hex()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        assertThat(result.md5Base64()).isEqualTo("XrY7u+Ae7tCTyyK7j1rNww==");
        assertThat(result.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32);
        assertThat(result.checksumBase64()).isEqualTo("DUoRhQ==");
    }

    @Test
    void digestsSingleByteReadsToo() throws IOException {
        DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(HELLO), ChecksumAlgorithm.SHA256);
        while (in.read() >= 0) {
            // one byte at a time
        }

        assertThat(in.result().checksumBase64()).isEqualTo("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=");
        assertThat(in.result().size()).isEqualTo(11);
    }

    @Test
    void digestsMixedReadSizesFromATricklingStream() throws IOException {
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        DigestingInputStream whole =
                new DigestingInputStream(new ByteArrayInputStream(data), ChecksumAlgorithm.CRC64NVME);
        whole.readAllBytes();
        DigestingInputStream trickled = new DigestingInputStream(new Trickle(data), ChecksumAlgorithm.CRC64NVME);
        byte[] buffer = new byte[333];
        while (trickled.read(buffer, 7, 100) >= 0) {
            trickled.read();
        }

        assertThat(trickled.result().checksumBase64()).isEqualTo(whole.result().checksumBase64());
        assertThat(trickled.result().md5Hex()).isEqualTo(whole.result().md5Hex());
        assertThat(trickled.result().size()).isEqualTo(data.length);
    }

    @Test
    void computesOnlyMd5WithoutAnAlgorithm() throws IOException {
        DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(new byte[0]), null);
        in.readAllBytes();

        assertThat(in.result().checksumBase64()).isNull();
        assertThat(in.result().algorithm()).isNull();
        assertThat(in.result().md5Base64()).isEqualTo("1B2M2Y8AsgTpgAmY7PhCfg==");
        assertThat(in.result().size()).isZero();
    }

    @Test
    void refusesToSkipBytesItWouldNotDigest() {
        DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(HELLO), null);

        assertThatThrownBy(() -> in.skip(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(in.markSupported()).isFalse();
    }

    /** Hands out at most 3 bytes per read, as a slow network would. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private int at;

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
            int n = Math.min(Math.min(len, 3), data.length - at);
            System.arraycopy(data, at, b, off, n);
            at += n;
            return n;
        }
    }
}

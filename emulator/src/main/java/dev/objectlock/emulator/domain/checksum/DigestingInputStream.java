package dev.objectlock.emulator.domain.checksum;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/** Computes the MD5 (for the ETag) and, when asked, one additional checksum while a body streams by. */
public final class DigestingInputStream extends FilterInputStream {

    /** What was computed once the stream is exhausted. */
    public record Result(byte[] md5, long size, ChecksumAlgorithm algorithm, String checksumBase64) {
        public String md5Hex() {
            return java.util.HexFormat.of().formatHex(md5);
        }

        public String md5Base64() {
            return Base64.getEncoder().encodeToString(md5);
        }
    }

    private final ChecksumAlgorithm.Hasher md5 = ChecksumAlgorithm.md5();
    private final ChecksumAlgorithm algorithm;
    private final ChecksumAlgorithm.Hasher checksum;
    private long size;

    public DigestingInputStream(InputStream in, ChecksumAlgorithm algorithm) {
        super(in);
        this.algorithm = algorithm;
        this.checksum = algorithm == null ? null : algorithm.newHasher();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            md5.update(b, off, n);
            if (checksum != null) {
                checksum.update(b, off, n);
            }
            size += n;
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte must be digested");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    public Result result() {
        String value = checksum == null ? null : Base64.getEncoder().encodeToString(checksum.digest());
        return new Result(md5.digest(), size, algorithm, value);
    }
}

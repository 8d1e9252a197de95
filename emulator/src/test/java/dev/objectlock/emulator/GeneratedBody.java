package dev.objectlock.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * A large request body made up on the fly, never held in memory: a fixed random 64 KiB block
 * repeated, with each block's index stamped into its first 8 bytes so a reordered or repeated
 * block changes the digest.
 */
final class GeneratedBody extends InputStream {

    private static final int BLOCK = 1 << 16;
    private static final byte[] PATTERN = new byte[BLOCK];

    static {
        new Random(20260101L).nextBytes(PATTERN);
    }

    private final long size;
    private long position;
    private final byte[] block = new byte[BLOCK];
    private long blockIndex = -1;

    GeneratedBody(long size) {
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= size) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        long index = position / BLOCK;
        if (index != blockIndex) {
            System.arraycopy(PATTERN, 0, block, 0, BLOCK);
            for (int i = 0; i < 8; i++) {
                block[i] ^= (byte) (index >>> (8 * i));
            }
            blockIndex = index;
        }
        int inBlock = (int) (position % BLOCK);
        int n = (int) Math.min(Math.min(len, BLOCK - inBlock), size - position);
        System.arraycopy(block, inBlock, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    /** Hex MD5 of a body of this size, computed by streaming it once. */
    static String md5Hex(long size) {
        return md5Hex(new GeneratedBody(size));
    }

    /** Hex MD5 of everything left in {@code in}; closes it. */
    static String md5Hex(InputStream in) {
        try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("MD5"))) {
            byte[] buffer = new byte[1 << 16];
            while (digesting.read(buffer) >= 0) {
                // digesting
            }
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

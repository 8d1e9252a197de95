package dev.objectlock.emulator.domain.checksum;

import java.nio.ByteBuffer;

/**
 * CRC-64/NVME (the {@code x-amz-checksum-crc64nvme} algorithm): reflected polynomial
 * 0x9a6c9329ac4bc9b5, initial value and final xor all ones. The JDK has no implementation.
 * Check value of "123456789" is 0xae8b14860a799888.
 */
final class Crc64Nvme implements ChecksumAlgorithm.Hasher {

    private static final long POLY = 0x9a6c9329ac4bc9b5L;
    private static final long[] TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private long crc = ~0L;

    @Override
    public void update(byte[] bytes, int offset, int length) {
        long c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = TABLE[(int) ((c ^ bytes[i]) & 0xff)] ^ (c >>> 8);
        }
        crc = c;
    }

    @Override
    public byte[] digest() {
        return ByteBuffer.allocate(8).putLong(~crc).array();
    }
}

package dev.objectlock.emulator.domain.checksum;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The additional checksums S3 accepts ({@code x-amz-checksum-<name>}), each with a fresh hasher. */
public enum ChecksumAlgorithm {
    CRC32(() -> crcHasher(new CRC32())),
    CRC32C(() -> crcHasher(new CRC32C())),
    CRC64NVME(Crc64Nvme::new),
    SHA1(() -> digestHasher("SHA-1")),
    SHA256(() -> digestHasher("SHA-256"));

    private final Supplier<Hasher> factory;

    ChecksumAlgorithm(Supplier<Hasher> factory) {
        this.factory = factory;
    }

    public Hasher newHasher() {
        return factory.get();
    }

    /** The lower-case name used in header names: {@code x-amz-checksum-crc32c}. */
    public String headerSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the upper-case name used in {@code x-amz-sdk-checksum-algorithm} and XML. */
    public static Optional<ChecksumAlgorithm> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ChecksumAlgorithm a : values()) {
            if (a.name().equalsIgnoreCase(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Incremental hashing; {@link #digest()} ends it. */
    public interface Hasher {
        void update(byte[] bytes, int offset, int length);

        byte[] digest();
    }

    public static Hasher md5() {
        return digestHasher("MD5");
    }

    private static Hasher digestHasher(String jcaName) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + jcaName, e);
        }
        return new Hasher() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                md.update(bytes, offset, length);
            }

            @Override
            public byte[] digest() {
                return md.digest();
            }
        };
    }

    private static Hasher crcHasher(java.util.zip.Checksum crc) {
        return new Hasher() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                crc.update(bytes, offset, length);
            }

            @Override
            public byte[] digest() {
                return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
            }
        };
    }
}

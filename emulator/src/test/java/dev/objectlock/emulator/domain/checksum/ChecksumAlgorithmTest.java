package dev.objectlock.emulator.domain.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The additional checksums of {@code x-amz-checksum-*} (S3 User Guide, "Checking object integrity").
 * Values are base64 of the big-endian digest, as on the wire.
 */
class ChecksumAlgorithmTest {

    private static final byte[] CHECK_INPUT = "123456789".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // "check" values of the CRC RevEng catalogue (CRC-32/ISO-HDLC cbf43926, CRC-32/ISCSI e3069283,
        // CRC-64/NVME ae8b14860a799888) and FIPS 180-4 SHA-1/SHA-256 of "123456789"
        "CRC32,     y/Q5Jg==",
        "CRC32C,    4waSgw==",
        "CRC64NVME, rosUhgp5mIg=",
        "SHA1,      98O8HYCOBHMq32eZZczDTKeuNEE=",
        "SHA256,    FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU="
    })
    void computesTheCheckValueOf123456789(ChecksumAlgorithm algorithm, String base64) {
        assertThat(base64(algorithm, CHECK_INPUT)).isEqualTo(base64);
    }

    @Test
    void crc64NvmeCheckValueIsTheCatalogueOne() {
        ChecksumAlgorithm.Hasher hasher = ChecksumAlgorithm.CRC64NVME.newHasher();
        hasher.update(CHECK_INPUT, 0, CHECK_INPUT.length);

        assertThat(HexFormat.of().formatHex(hasher.digest())).isEqualTo("ae8b14860a799888");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CRC32,     DUoRhQ==",
        "CRC32C,    yZRlqg==",
        "CRC64NVME, jSnVw/bqjr4=",
        "SHA256,    uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="
    })
    void computesHelloWorld(ChecksumAlgorithm algorithm, String base64) {
        assertThat(base64(algorithm, "hello world".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(base64);
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void givesTheSameDigestWhateverTheUpdateSlicing(ChecksumAlgorithm algorithm) {
        byte[] data = new byte[10_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        ChecksumAlgorithm.Hasher sliced = algorithm.newHasher();
        int offset = 0;
        for (int size = 1; offset < data.length; size = size * 2 + 1) {
            int n = Math.min(size, data.length - offset);
            sliced.update(data, offset, n);
            offset += n;
        }

        assertThat(Base64.getEncoder().encodeToString(sliced.digest())).isEqualTo(base64(algorithm, data));
    }

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void handsOutIndependentHashers(ChecksumAlgorithm algorithm) {
        ChecksumAlgorithm.Hasher first = algorithm.newHasher();
        first.update(CHECK_INPUT, 0, 4);
        ChecksumAlgorithm.Hasher second = algorithm.newHasher();
        second.update(CHECK_INPUT, 0, CHECK_INPUT.length);

        assertThat(Base64.getEncoder().encodeToString(second.digest())).isEqualTo(base64(algorithm, CHECK_INPUT));
    }

    @Test
    void md5IsTheContentMd5Digest() {
        ChecksumAlgorithm.Hasher md5 = ChecksumAlgorithm.md5();
        byte[] hello = "hello world".getBytes(StandardCharsets.US_ASCII);
        md5.update(hello, 0, hello.length);

        assertThat(HexFormat.of().formatHex(md5.digest())).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
    }

    @ParameterizedTest
    @CsvSource({"crc32, CRC32", "CRC32C, CRC32C", "Crc64Nvme, CRC64NVME", "sha1, SHA1", "SHA256, SHA256"})
    void parsesAlgorithmNamesIgnoringCase(String name, ChecksumAlgorithm expected) {
        assertThat(ChecksumAlgorithm.fromName(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MD5", "CRC64", "SHA-256", "crc32 "})
    void knowsNoOtherAlgorithm(String name) {
        assertThat(ChecksumAlgorithm.fromName(name)).isEmpty();
        assertThat(ChecksumAlgorithm.fromName(null)).isEmpty();
    }

    @Test
    void namesItsHeaderInLowerCase() {
        // x-amz-checksum-crc32, -crc32c, -crc64nvme, -sha1, -sha256 (API_PutObject request headers)
        assertThat(ChecksumAlgorithm.CRC64NVME.headerSuffix()).isEqualTo("crc64nvme");
        assertThat(ChecksumAlgorithm.SHA256.headerSuffix()).isEqualTo("sha256");
    }

    private static String base64(ChecksumAlgorithm algorithm, byte[] data) {
        ChecksumAlgorithm.Hasher hasher = algorithm.newHasher();
        hasher.update(data, 0, data.length);
        return Base64.getEncoder().encodeToString(hasher.digest());
    }
}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;

/**
 * The five {@code Checksum<ALGORITHM>} elements that many S3 responses carry side by side, at most
 * one of them set. Records embed it with {@code @JsonUnwrapped}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumSHA1", "ChecksumSHA256"})
public record ChecksumValuesXml(
        @JacksonXmlProperty(localName = "ChecksumCRC32") String crc32,
        @JacksonXmlProperty(localName = "ChecksumCRC32C") String crc32c,
        @JacksonXmlProperty(localName = "ChecksumCRC64NVME") String crc64nvme,
        @JacksonXmlProperty(localName = "ChecksumSHA1") String sha1,
        @JacksonXmlProperty(localName = "ChecksumSHA256") String sha256) {

    public static ChecksumValuesXml of(ChecksumAlgorithm algorithm, String value) {
        if (algorithm == null || value == null) {
            return new ChecksumValuesXml(null, null, null, null, null);
        }
        return new ChecksumValuesXml(
                algorithm == ChecksumAlgorithm.CRC32 ? value : null,
                algorithm == ChecksumAlgorithm.CRC32C ? value : null,
                algorithm == ChecksumAlgorithm.CRC64NVME ? value : null,
                algorithm == ChecksumAlgorithm.SHA1 ? value : null,
                algorithm == ChecksumAlgorithm.SHA256 ? value : null);
    }
}

package dev.objectlock.emulator.domain.model;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;

/**
 * A stored additional checksum (base64, as on the wire).
 *
 * @param type FULL_OBJECT for single-part uploads and CRC full-object multipart, COMPOSITE otherwise
 */
public record Checksum(ChecksumAlgorithm algorithm, String value, ChecksumType type) {

    public enum ChecksumType {
        FULL_OBJECT,
        COMPOSITE
    }
}

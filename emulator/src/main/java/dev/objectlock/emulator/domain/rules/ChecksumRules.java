package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;

/**
 * Which additional checksum a new object stores. S3 keeps the algorithm the writer chose, and
 * gives every object uploaded without one a CRC64NVME full-object checksum (PutObject API
 * reference, ChecksumCRC64NVME: "or if it was uploaded without a checksum (and Amazon S3 added
 * the default checksum, CRC64NVME, to the uploaded object)").
 */
public final class ChecksumRules {

    public static final ChecksumAlgorithm DEFAULT_ALGORITHM = ChecksumAlgorithm.CRC64NVME;

    private ChecksumRules() {}

    /** The algorithm to compute and store for a new object; {@code requested} may be null. */
    public static ChecksumAlgorithm algorithmToStore(ChecksumAlgorithm requested) {
        return requested != null ? requested : DEFAULT_ALGORITHM;
    }
}

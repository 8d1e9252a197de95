package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ByteRange;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.UploadedPart;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multipart upload rules (S3 User Guide "Amazon S3 multipart upload limits" and the
 * CompleteMultipartUpload / UploadPart API references; checksum types from "Checking object
 * integrity").
 */
public final class MultipartRules {

    public static final int MAX_PARTS = 10_000;
    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;

    /** A part as named in a CompleteMultipartUpload request. */
    public record Requested(int partNumber, String etag, String checksum) {}

    private MultipartRules() {}

    public static void checkPartNumber(int partNumber) {
        if (partNumber < 1 || partNumber > MAX_PARTS) {
            throw S3Exception.invalidArgument(
                    "Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber",
                    Integer.toString(partNumber));
        }
    }

    /**
     * The checksum type an upload uses: CRC64NVME only full-object, SHA-1/SHA-256 only composite,
     * CRC32/CRC32C either (composite by default).
     */
    public static Checksum.ChecksumType checksumType(ChecksumAlgorithm algorithm, Checksum.ChecksumType requested) {
        if (algorithm == null) {
            if (requested != null) {
                throw S3Exception.invalidRequest(
                        "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.");
            }
            return null;
        }
        Checksum.ChecksumType type = requested != null
                ? requested
                : algorithm == ChecksumAlgorithm.CRC64NVME
                        ? Checksum.ChecksumType.FULL_OBJECT
                        : Checksum.ChecksumType.COMPOSITE;
        boolean fullOnly = algorithm == ChecksumAlgorithm.CRC64NVME;
        boolean compositeOnly = algorithm == ChecksumAlgorithm.SHA1 || algorithm == ChecksumAlgorithm.SHA256;
        if ((fullOnly && type == Checksum.ChecksumType.COMPOSITE)
                || (compositeOnly && type == Checksum.ChecksumType.FULL_OBJECT)) {
            throw S3Exception.invalidRequest("The " + type.name() + " checksum type cannot be used with the "
                    + algorithm.headerSuffix() + " checksum algorithm.");
        }
        return type;
    }

    /** A part must use the upload's algorithm when the upload named one. */
    public static ChecksumAlgorithm partAlgorithm(ChecksumAlgorithm upload, ChecksumAlgorithm part) {
        if (upload != null && part != null && upload != part) {
            throw S3Exception.invalidRequest("Checksum Type mismatch occurred, expected checksum Type: "
                    + upload.headerSuffix() + ", actual checksum Type: " + part.headerSuffix());
        }
        return upload != null ? upload : part;
    }

    /** {@code x-amz-copy-source-range}: {@code bytes=first-last} within the source. */
    public static RangeRules.Resolved copyRange(ByteRange range, long size) {
        if (range == null) {
            return null;
        }
        if (range.first() == null || range.last() == null || range.last() >= size) {
            throw S3Exception.invalidArgument(
                    "Range specified is not valid for source object of size: " + size,
                    "x-amz-copy-source-range",
                    range.asRequested());
        }
        return new RangeRules.Resolved(range.first(), range.last(), size);
    }

    /**
     * The bytes of part {@code partNumber} of an object (GetObject/HeadObject {@code ?partNumber=}).
     * An object written in one request has exactly one part, the whole object; asking for a part
     * it does not have is 416 InvalidPartNumber; a Range header besides it is refused.
     */
    public static RangeRules.Resolved partRange(List<Long> partSizes, long size, int partNumber, ByteRange range) {
        if (range != null) {
            throw S3Exception.invalidRequest("Cannot specify both Range header and partNumber query parameter");
        }
        checkPartNumber(partNumber);
        List<Long> sizes = partSizes == null ? List.of(size) : partSizes;
        if (partNumber > sizes.size() || size == 0) {
            throw S3Exception.of(S3ErrorCode.INVALID_PART_NUMBER);
        }
        long first = 0;
        for (int i = 0; i < partNumber - 1; i++) {
            first += sizes.get(i);
        }
        return new RangeRules.Resolved(first, first + sizes.get(partNumber - 1) - 1, size);
    }

    /**
     * The stored parts a completion names, after every check CompleteMultipartUpload makes. An
     * upload with a composite checksum must name each part's checksum ([R65]).
     */
    public static List<UploadedPart> choose(
            List<Requested> requested,
            Map<Integer, UploadedPart> stored,
            ChecksumAlgorithm algorithm,
            Checksum.ChecksumType type) {
        if (requested.isEmpty()) {
            throw S3Exception.malformedXml();
        }
        List<UploadedPart> chosen = new ArrayList<>(requested.size());
        int previous = 0;
        for (Requested r : requested) {
            if (r.partNumber() <= previous) {
                throw S3Exception.of(S3ErrorCode.INVALID_PART_ORDER);
            }
            previous = r.partNumber();
            if (algorithm != null && type == Checksum.ChecksumType.COMPOSITE && r.checksum() == null) {
                throw S3Exception.invalidRequest("The upload was created using a " + algorithm.headerSuffix()
                        + " checksum. The complete request must include the checksum for each part. It was missing"
                        + " for part " + r.partNumber() + " in the request.");
            }
            UploadedPart part = stored.get(r.partNumber());
            if (part == null
                    || r.etag() == null
                    || !unquote(r.etag()).equalsIgnoreCase(part.etag())
                    || (r.checksum() != null
                            && algorithm != null
                            && !r.checksum().equals(part.checksumValue()))) {
                throw S3Exception.of(S3ErrorCode.INVALID_PART)
                        .with("PartNumber", Integer.toString(r.partNumber()))
                        .with("ETag", r.etag() == null ? "" : r.etag());
            }
            chosen.add(part);
        }
        for (int i = 0; i < chosen.size() - 1; i++) {
            UploadedPart part = chosen.get(i);
            if (part.size() < MIN_PART_SIZE) {
                throw S3Exception.of(S3ErrorCode.ENTITY_TOO_SMALL)
                        .with("ProposedSize", Long.toString(part.size()))
                        .with("MinSizeAllowed", Long.toString(MIN_PART_SIZE))
                        .with("PartNumber", Integer.toString(part.partNumber()))
                        .with("ETag", part.etag());
            }
        }
        return chosen;
    }

    /** The multipart ETag: MD5 of the concatenated binary part MD5s, then "-" and the part count. */
    public static String multipartEtag(List<UploadedPart> parts) {
        ChecksumAlgorithm.Hasher md5 = ChecksumAlgorithm.md5();
        for (UploadedPart p : parts) {
            byte[] digest = HexFormat.of().parseHex(p.etag().toLowerCase(Locale.ROOT));
            md5.update(digest, 0, digest.length);
        }
        return HexFormat.of().formatHex(md5.digest()) + "-" + parts.size();
    }

    /** A composite checksum: the checksum of the concatenated part checksums, then "-" and the count. */
    public static String compositeChecksum(ChecksumAlgorithm algorithm, List<UploadedPart> parts) {
        ChecksumAlgorithm.Hasher hasher = algorithm.newHasher();
        for (UploadedPart p : parts) {
            byte[] digest = Base64.getDecoder().decode(p.checksumValue());
            hasher.update(digest, 0, digest.length);
        }
        return Base64.getEncoder().encodeToString(hasher.digest()) + "-" + parts.size();
    }

    private static String unquote(String etag) {
        String e = etag.strip();
        return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") ? e.substring(1, e.length() - 1) : e;
    }
}

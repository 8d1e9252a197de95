package dev.objectlock.emulator.http.body;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.service.Payload;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a request body and its headers into a {@link Payload}: undoes aws-chunked framing, works
 * out which additional checksum the client uses (header, trailer or algorithm-only), and checks
 * that claimed digests are at least well-formed before a byte is stored.
 */
public final class RequestPayloads {

    private static final String CHECKSUM_PREFIX = "x-amz-checksum-";

    private RequestPayloads() {}

    /**
     * @param header looks up a request header by case-insensitive name; null when absent
     */
    public static Payload open(InputStream body, Function<String, String> header) {
        return open(body, header, BodyCheck.NONE);
    }

    /**
     * As {@link #open(InputStream, Function)}, also holding the body to what secured mode's
     * authentication found ([P.2.4]): the hash is compared, and chunk signatures verified, before
     * the payload's claims are read, so a failing body is never committed.
     */
    public static Payload open(InputStream raw, Function<String, String> header, BodyCheck check) {
        InputStream body = check.hashing(raw);
        String contentMd5 = header.apply("Content-MD5");
        if (contentMd5 != null) {
            checkContentMd5(contentMd5);
        }
        String trailerName = Optional.ofNullable(header.apply("x-amz-trailer"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .orElse(null);
        ChecksumAlgorithm algorithm = algorithm(header, trailerName);
        String headerChecksum = algorithm == null ? null : header.apply(CHECKSUM_PREFIX + algorithm.headerSuffix());
        if (headerChecksum != null) {
            checkChecksumShape(algorithm, headerChecksum, "header");
        }
        if (isAwsChunked(header)) {
            AwsChunkedInputStream chunked =
                    new AwsChunkedInputStream(body, check.chunkListener().orElse(null));
            return new Payload(chunked, algorithm, contentMd5 != null || algorithm != null, () -> {
                check.received(body);
                String value = headerChecksum;
                if (value == null && algorithm != null) {
                    value = chunked.trailers().get(CHECKSUM_PREFIX + algorithm.headerSuffix());
                    if (value != null) {
                        checkChecksumShape(algorithm, value, "trailer");
                    }
                }
                return new Payload.Claimed(contentMd5, value);
            });
        }
        return new Payload(body, algorithm, contentMd5 != null || algorithm != null, () -> {
            check.received(body);
            return new Payload.Claimed(contentMd5, headerChecksum);
        });
    }

    /**
     * Opens the body of an operation the S3 model marks {@code requestChecksumRequired}
     * (DeleteObjects, PutObjectLockConfiguration, PutObjectRetention, PutObjectLegalHold): without
     * Content-MD5 or an x-amz-checksum-* header or trailer it is refused ([A.6, E24]).
     */
    public static Payload openRequiringChecksum(InputStream body, Function<String, String> header) {
        return openRequiringChecksum(body, header, BodyCheck.NONE);
    }

    /** As {@link #openRequiringChecksum(InputStream, Function)}, with secured mode's {@link BodyCheck}. */
    public static Payload openRequiringChecksum(InputStream body, Function<String, String> header, BodyCheck check) {
        if (!hasIntegrityHeader(header)) {
            throw S3Exception.invalidRequest(
                    "Missing required header for this request: Content-MD5 OR x-amz-checksum-*");
        }
        return open(body, header, check);
    }

    /** Whether the request carries any integrity claim (Content-MD5 or an additional checksum). */
    public static boolean hasIntegrityHeader(Function<String, String> header) {
        if (header.apply("Content-MD5") != null) {
            return true;
        }
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            if (header.apply(CHECKSUM_PREFIX + a.headerSuffix()) != null) {
                return true;
            }
        }
        String trailer = header.apply("x-amz-trailer");
        return trailer != null && trailer.strip().toLowerCase(Locale.ROOT).startsWith(CHECKSUM_PREFIX);
    }

    public static boolean isAwsChunked(Function<String, String> header) {
        String sha = header.apply("x-amz-content-sha256");
        String encoding = header.apply("Content-Encoding");
        return (sha != null && sha.startsWith("STREAMING-"))
                || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("aws-chunked"));
    }

    private static ChecksumAlgorithm algorithm(Function<String, String> header, String trailerName) {
        ChecksumAlgorithm fromHeader = null;
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            if (header.apply(CHECKSUM_PREFIX + a.headerSuffix()) != null) {
                if (fromHeader != null) {
                    // AWS answers two checksum headers with this 400 rather than picking one.
                    throw S3Exception.invalidRequest(
                            "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
                }
                fromHeader = a;
            }
        }
        if (fromHeader != null) {
            String declared = header.apply("x-amz-sdk-checksum-algorithm");
            if (declared != null && ChecksumAlgorithm.fromName(declared).orElse(null) != fromHeader) {
                // AWS: a checksum header of another algorithm than the declared one is refused.
                throw S3Exception.invalidRequest("Value for x-amz-sdk-checksum-algorithm header is invalid.");
            }
            return fromHeader;
        }
        if (trailerName != null && trailerName.startsWith(CHECKSUM_PREFIX)) {
            Optional<ChecksumAlgorithm> fromTrailer =
                    ChecksumAlgorithm.fromName(trailerName.substring(CHECKSUM_PREFIX.length()));
            if (fromTrailer.isPresent()) {
                return fromTrailer.get();
            }
        }
        String declared = header.apply("x-amz-sdk-checksum-algorithm");
        if (declared != null) {
            ChecksumAlgorithm.fromName(declared)
                    .orElseThrow(() -> S3Exception.invalidRequest(
                            "Checksum algorithm provided is unsupported. Please try again with any of the valid types: "
                                    + "[CRC32, CRC32C, CRC64NVME, SHA1, SHA256]"));
            // Declaring an algorithm without sending its value is no integrity check at all; AWS refuses it.
            throw S3Exception.invalidRequest("x-amz-sdk-checksum-algorithm specified, but no corresponding "
                    + "x-amz-checksum-* or x-amz-trailer headers were found.");
        }
        return null;
    }

    private static void checkContentMd5(String value) {
        byte[] md5;
        try {
            md5 = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw S3Exception.of(S3ErrorCode.INVALID_DIGEST).with("Content-MD5", value);
        }
        if (md5.length != 16) {
            throw S3Exception.of(S3ErrorCode.INVALID_DIGEST).with("Content-MD5", value);
        }
    }

    private static final Map<ChecksumAlgorithm, Integer> DIGEST_LENGTH = Map.of(
            ChecksumAlgorithm.CRC32,
            4,
            ChecksumAlgorithm.CRC32C,
            4,
            ChecksumAlgorithm.CRC64NVME,
            8,
            ChecksumAlgorithm.SHA1,
            20,
            ChecksumAlgorithm.SHA256,
            32);

    private static void checkChecksumShape(ChecksumAlgorithm algorithm, String value, String where) {
        int length;
        try {
            byte[] digest = Base64.getDecoder().decode(value.strip());
            // Only canonical base64 is a digest: the JDK decoder ignores stray bits in the last
            // character ("y/Q5Jh==" reads as "y/Q5Jg=="), which AWS rejects as an invalid value.
            length = Base64.getEncoder().encodeToString(digest).equals(value.strip()) ? digest.length : -1;
        } catch (IllegalArgumentException e) {
            length = -1;
        }
        if (length != DIGEST_LENGTH.get(algorithm)) {
            throw S3Exception.invalidRequest(
                    "Value for " + CHECKSUM_PREFIX + algorithm.headerSuffix() + " " + where + " is invalid.");
        }
    }
}

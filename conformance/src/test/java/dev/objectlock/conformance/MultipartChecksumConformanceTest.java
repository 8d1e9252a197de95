package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * Integrity checks of multipart uploads: each part of an upload whose version will be locked
 * needs Content-MD5 or a checksum ([R64]), and a completion of an upload created with a composite
 * checksum must name each part's checksum ([R65]).
 */
class MultipartChecksumConformanceTest extends ObjectLockScenario {

    private static final String PART_CHECK_REQUIRED =
            "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Part requests with Object Lock parameters";

    private static final String PART = "one small last part";

    /** Sends a checksum only where an operation requires one (UploadPart does not), without aws-chunked framing. */
    private S3Client clientWithoutDefaultChecksums() {
        return target.newClient(b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .serviceConfiguration(c -> c.chunkedEncodingEnabled(false)));
    }

    private static String md5Base64(String body) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private String createLockedUpload(String bucket) {
        return s3.createMultipartUpload(b -> b.bucket(bucket)
                        .key("key")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(governanceUntil()))
                .uploadId();
    }

    @Test
    @AwsSource(
            rules = {"R64"},
            value = "s3tools/s3cmd #1436, confluentinc/kafka-connect-storage-cloud #710 (AWS error quotes)")
    void partOfUploadWithLockHeadersButNoChecksumIsInvalidRequest() {
        String bucket = buckets.createWithObjectLock();
        String uploadId = createLockedUpload(bucket);

        try (S3Client plain = clientWithoutDefaultChecksums()) {
            assertS3Error(() -> plain.uploadPart(
                            b -> b.bucket(bucket).key("key").uploadId(uploadId).partNumber(1),
                            RequestBody.fromString(PART)))
                    .hasStatus(400)
                    .hasCode("InvalidRequest")
                    .hasMessage(PART_CHECK_REQUIRED);
        }
        assertThat(s3.listParts(b -> b.bucket(bucket).key("key").uploadId(uploadId))
                        .parts())
                .isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"R64"},
            value = "s3tools/s3cmd #1436 (bucket with default retention, AWS error quote); [R22]")
    void partIntoBucketWithDefaultRetentionButNoChecksumIsInvalidRequest() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(bucket).key("key")).uploadId();

        try (S3Client plain = clientWithoutDefaultChecksums()) {
            assertS3Error(() -> plain.uploadPart(
                            b -> b.bucket(bucket).key("key").uploadId(uploadId).partNumber(1),
                            RequestBody.fromString(PART)))
                    .hasStatus(400)
                    .hasCode("InvalidRequest")
                    .hasMessage(PART_CHECK_REQUIRED);
        }
    }

    @Test
    @AwsSource(
            rules = {"R64"},
            value = "akka/alpakka #2773, s3tools/s3cmd #1436: Content-MD5 satisfies the check")
    void partOfLockedUploadWithContentMd5IsAccepted() {
        String bucket = buckets.createWithObjectLock();
        String uploadId = createLockedUpload(bucket);

        try (S3Client plain = clientWithoutDefaultChecksums()) {
            String etag = plain.uploadPart(
                            b -> b.bucket(bucket)
                                    .key("key")
                                    .uploadId(uploadId)
                                    .partNumber(1)
                                    .contentMD5(md5Base64(PART)),
                            RequestBody.fromString(PART))
                    .eTag();
            assertThat(etag).isNotBlank();
        }
    }

    @Test
    @AwsSource(
            rules = {"R65"},
            value = "ls-s3 test_complete_multipart_parts_checksum_composite \"complete-multipart-no-checksum\""
                    + " [AWS-recorded]")
    void completingCompositeUploadWithoutPartChecksumsIsInvalidRequest() {
        String bucket = buckets.create();
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket)
                        .key("key")
                        .checksumAlgorithm(ChecksumAlgorithm.CRC32)
                        .checksumType(ChecksumType.COMPOSITE))
                .uploadId();
        String etag = s3.uploadPart(
                        b -> b.bucket(bucket)
                                .key("key")
                                .uploadId(uploadId)
                                .partNumber(1)
                                .checksumAlgorithm(ChecksumAlgorithm.CRC32),
                        RequestBody.fromString(PART))
                .eTag();

        assertS3Error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket)
                        .key("key")
                        .uploadId(uploadId)
                        .multipartUpload(m -> m.parts(
                                CompletedPart.builder().partNumber(1).eTag(etag).build()))))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage("The upload was created using a crc32 checksum. The complete request must include the"
                        + " checksum for each part. It was missing for part 1 in the request.");
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket)).contents()).isEmpty();
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectAttributesResponse;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * GetObjectAttributes (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html):
 * only the named attributes come back, locked versions read like any other, delete markers answer
 * as on GET ([R6]).
 */
class GetObjectAttributesTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    @Test
    void returnsOnlyTheNamedAttributesOfALockedVersion() {
        s3.client().createBucket(b -> b.bucket("attrs").objectLockEnabledForBucket(true));
        Instant until = Instant.now().plus(1, ChronoUnit.DAYS);
        String versionId = s3.client()
                .putObject(
                        b -> b.bucket("attrs")
                                .key("k")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(until)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("hello"))
                .versionId();

        GetObjectAttributesResponse attrs = s3.client()
                .getObjectAttributes(b -> b.bucket("attrs")
                        .key("k")
                        .versionId(versionId)
                        .objectAttributes(
                                ObjectAttributes.E_TAG,
                                ObjectAttributes.OBJECT_SIZE,
                                ObjectAttributes.STORAGE_CLASS,
                                ObjectAttributes.CHECKSUM));

        assertThat(attrs.eTag()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(attrs.objectSize()).isEqualTo(5L);
        assertThat(attrs.storageClassAsString()).isEqualTo("STANDARD");
        assertThat(attrs.checksum().checksumCRC32()).isNotNull();
        assertThat(attrs.versionId()).isEqualTo(versionId);
        assertThat(attrs.lastModified()).isNotNull();
        assertThat(attrs.objectParts()).isNull();

        GetObjectAttributesResponse sizeOnly = s3.client()
                .getObjectAttributes(b -> b.bucket("attrs").key("k").objectAttributes(ObjectAttributes.OBJECT_SIZE));
        assertThat(sizeOnly.objectSize()).isEqualTo(5L);
        assertThat(sizeOnly.eTag()).isNull();
        assertThat(sizeOnly.checksum()).isNull();
    }

    @Test
    void multipartObjectsReportTheirPartCount() {
        s3.createBucket("attrs");
        String uploadId = s3.client()
                .createMultipartUpload(b -> b.bucket("attrs").key("mp"))
                .uploadId();
        String etag = s3.client()
                .uploadPart(
                        b -> b.bucket("attrs").key("mp").uploadId(uploadId).partNumber(1),
                        RequestBody.fromString("one part"))
                .eTag();
        s3.client()
                .completeMultipartUpload(b -> b.bucket("attrs")
                        .key("mp")
                        .uploadId(uploadId)
                        .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));

        GetObjectAttributesResponse attrs = s3.client()
                .getObjectAttributes(b -> b.bucket("attrs")
                        .key("mp")
                        .objectAttributes(ObjectAttributes.OBJECT_PARTS, ObjectAttributes.E_TAG));
        assertThat(attrs.objectParts().totalPartsCount()).isEqualTo(1);
        assertThat(attrs.eTag()).endsWith("-1");
    }

    @Test
    void deleteMarkersAnswerAsOnGet() {
        s3.createVersionedBucket("attrs");
        s3.put("attrs", "k", "v");
        String markerId =
                s3.client().deleteObject(b -> b.bucket("attrs").key("k")).versionId();
        s3Error(
                () -> s3.client()
                        .getObjectAttributes(b -> b.bucket("attrs").key("k").objectAttributes(ObjectAttributes.E_TAG)),
                404,
                "NoSuchKey");
        s3Error(
                () -> s3.client()
                        .getObjectAttributes(b -> b.bucket("attrs")
                                .key("k")
                                .versionId(markerId)
                                .objectAttributes(ObjectAttributes.E_TAG)),
                405,
                "MethodNotAllowed");
    }

    @Test
    void unknownAttributeNamesAreRejected() {
        s3.createBucket("attrs");
        s3.put("attrs", "k", "v");
        var response = s3.raw("GET", "/attrs/k?attributes", java.util.Map.of("x-amz-object-attributes", "Size"), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidArgument</Code>");
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Conditional writes and deletes: If-None-Match and If-Match on PutObject and CopyObject (PutObject
 * and CopyObject API reference; User Guide, "How to prevent object overwrites with conditional
 * writes"), If-Match on DeleteObject and ETag in DeleteObjects (User Guide, "How to perform
 * conditional deletes").
 */
class ConditionalWriteTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    private PutObjectResponse put(String key, String body, String ifMatch, String ifNoneMatch) {
        return client.putObject(
                b -> b.bucket("cwrite").key(key).ifMatch(ifMatch).ifNoneMatch(ifNoneMatch),
                RequestBody.fromString(body));
    }

    // PutObject API reference, If-None-Match: "Uploads the object only if the object key name does
    // not already exist in the bucket specified. Otherwise, Amazon S3 returns a 412 Precondition Failed error."
    @Test
    void ifNoneMatchStarCreatesOnlyOnce() {
        s3.createBucket("cwrite");

        put("k", "first", null, "*");
        S3Exception e = s3Error(() -> put("k", "second", null, "*"), 412, "PreconditionFailed");

        assertThat(errorElement(e, "Condition")).contains("If-None-Match");
        assertThat(s3.read("cwrite", "k")).isEqualTo("first");
    }

    // PutObject API reference, If-Match: "Uploads the object only if the ETag ... matches the ETag
    // of the object in S3. If the ETag values do not match, the operation returns a 412".
    @Test
    void ifMatchIsACompareAndSwap() {
        s3.createBucket("cwrite");
        String etag = s3.put("cwrite", "k", "v1").eTag();

        String etag2 = put("k", "v2", etag, null).eTag();
        s3Error(() -> put("k", "v3", etag, null), 412, "PreconditionFailed");

        assertThat(etag2).isNotEqualTo(etag);
        assertThat(s3.read("cwrite", "k")).isEqualTo("v2");
    }

    // User Guide, conditional writes error responses: If-Match on a key with no object is 404
    // NoSuchKey (also recorded against AWS in minio/minio#21526).
    @Test
    void ifMatchOnAMissingKeyIsNoSuchKey() {
        s3.createBucket("cwrite");

        S3Exception e =
                s3Error(() -> put("absent", "v", "\"d41d8cd98f00b204e9800998ecf8427e\"", null), 404, "NoSuchKey");

        assertThat(errorElement(e, "Key")).contains("absent");
        assertThat(client.listObjectsV2(b -> b.bucket("cwrite")).contents()).isEmpty();
    }

    // A refused conditional write on a versioned bucket leaves no new version behind.
    @Test
    void refusedWriteAddsNoVersion() {
        s3.createVersionedBucket("cwrite");
        String v1 = s3.put("cwrite", "k", "v1").versionId();

        s3Error(() -> put("k", "v2", null, "*"), 412, "PreconditionFailed");
        s3Error(() -> put("k", "v2", "\"0123456789abcdef0123456789abcdef\"", null), 412, "PreconditionFailed");

        assertThat(client.listObjectVersions(b -> b.bucket("cwrite")).versions())
                .extracting(v -> v.versionId())
                .containsExactly(v1);
    }

    // CopyObject API reference, If-None-Match: "Copies the object only if the object key name at the
    // destination does not already exist ... Otherwise, Amazon S3 returns a 412 Precondition Failed error."
    @Test
    void conditionalCopy() {
        s3.createBucket("cwrite");
        s3.put("cwrite", "src", "source");
        String target = s3.put("cwrite", "dst", "target").eTag();

        s3Error(
                () -> client.copyObject(b -> b.sourceBucket("cwrite")
                        .sourceKey("src")
                        .destinationBucket("cwrite")
                        .destinationKey("dst")
                        .ifNoneMatch("*")),
                412,
                "PreconditionFailed");
        client.copyObject(b -> b.sourceBucket("cwrite")
                .sourceKey("src")
                .destinationBucket("cwrite")
                .destinationKey("fresh")
                .ifNoneMatch("*"));
        client.copyObject(b -> b.sourceBucket("cwrite")
                .sourceKey("src")
                .destinationBucket("cwrite")
                .destinationKey("dst")
                .ifMatch(target));

        assertThat(s3.read("cwrite", "dst")).isEqualTo("source");
        assertThat(s3.read("cwrite", "fresh")).isEqualTo("source");
    }

    // User Guide, "How to perform conditional deletes": DeleteObject with If-Match deletes only
    // when the current object's ETag matches ("*" matches any), else 412 PreconditionFailed; with
    // no object under the key it is 404 NoSuchKey.
    @Test
    void conditionalDelete() {
        s3.createBucket("cwrite");
        String etag = s3.put("cwrite", "k", "v").eTag();
        s3.put("cwrite", "star", "v");

        s3Error(
                () -> client.deleteObject(
                        b -> b.bucket("cwrite").key("k").ifMatch("\"0123456789abcdef0123456789abcdef\"")),
                412,
                "PreconditionFailed");
        assertThat(s3.read("cwrite", "k")).isEqualTo("v");
        client.deleteObject(b -> b.bucket("cwrite").key("k").ifMatch(etag));
        client.deleteObject(b -> b.bucket("cwrite").key("star").ifMatch("*"));
        s3Error(() -> client.deleteObject(b -> b.bucket("cwrite").key("k").ifMatch("*")), 404, "NoSuchKey");

        assertThat(client.listObjectsV2(b -> b.bucket("cwrite")).contents()).isEmpty();
    }

    // User Guide, "How to perform conditional deletes": DeleteObjects takes the condition as the
    // ETag element of each Object and reports a failed one per key; the others are deleted.
    @Test
    void conditionalDeleteObjects() {
        s3.createBucket("cwrite");
        String etag = s3.put("cwrite", "a", "a").eTag();
        s3.put("cwrite", "b", "b");

        var r = client.deleteObjects(b -> b.bucket("cwrite")
                .delete(d -> d.objects(
                        software.amazon.awssdk.services.s3.model.ObjectIdentifier.builder()
                                .key("a")
                                .eTag(etag)
                                .build(),
                        software.amazon.awssdk.services.s3.model.ObjectIdentifier.builder()
                                .key("b")
                                .eTag("\"nope\"")
                                .build())));

        assertThat(r.deleted()).extracting(d -> d.key()).containsExactly("a");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("b");
            assertThat(e.code()).isEqualTo("PreconditionFailed");
        });
        assertThat(client.listObjectsV2(b -> b.bucket("cwrite")).contents())
                .extracting(o -> o.key())
                .containsExactly("b");
    }
}

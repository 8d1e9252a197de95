package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.VersionId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.TaggingDirective;

/** CopyObject: metadata and tagging directives, versions, conditions and errors ([A.7]). */
class CopyObjectTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    private CopyObjectResponse copy(java.util.function.Consumer<CopyObjectRequest.Builder> request) {
        return client.copyObject(b -> request.accept(b.sourceBucket("src").destinationBucket("dst")));
    }

    private void source(String bucket, String key) {
        client.putObject(
                b -> b.bucket(bucket)
                        .key(key)
                        .contentType("text/csv")
                        .cacheControl("no-store")
                        .metadata(Map.of("origin", "source"))
                        .tagging("team=blue"),
                RequestBody.fromString("payload"));
    }

    // CopyObject API reference: without a directive (COPY) the copy keeps the source's body,
    // content headers, user metadata and tags; the result carries the ETag and LastModified.
    @Test
    void copyKeepsMetadataByDefault() {
        s3.createBucket("src");
        s3.createBucket("dst");
        source("src", "k");
        String sourceEtag = client.headObject(b -> b.bucket("src").key("k")).eTag();

        CopyObjectResponse copied = copy(b -> b.sourceKey("k").destinationKey("copy"));

        assertThat(copied.copyObjectResult().eTag()).isEqualTo(sourceEtag);
        assertThat(copied.copyObjectResult().lastModified()).isNotNull();
        assertThat(copied.copySourceVersionId()).isNull();
        assertThat(copied.versionId()).isNull();
        HeadObjectResponse head = client.headObject(b -> b.bucket("dst").key("copy"));
        assertThat(head.contentType()).isEqualTo("text/csv");
        assertThat(head.cacheControl()).isEqualTo("no-store");
        assertThat(head.metadata()).containsExactly(Map.entry("origin", "source"));
        assertThat(client.getObjectTagging(b -> b.bucket("dst").key("copy")).tagSet())
                .containsExactly(Tag.builder().key("team").value("blue").build());
        assertThat(s3.read("dst", "copy")).isEqualTo("payload");
    }

    // CopyObject API reference, x-amz-metadata-directive REPLACE: metadata comes from the request;
    // x-amz-tagging-directive REPLACE: tags come from x-amz-tagging.
    @Test
    void replaceDirectives() {
        s3.createBucket("src");
        s3.createBucket("dst");
        source("src", "k");

        copy(b -> b.sourceKey("k")
                .destinationKey("copy")
                .metadataDirective(MetadataDirective.REPLACE)
                .contentType("application/json")
                .metadata(Map.of("origin", "copy"))
                .taggingDirective(TaggingDirective.REPLACE)
                .tagging("team=red&tier=1"));

        HeadObjectResponse head = client.headObject(b -> b.bucket("dst").key("copy"));
        assertThat(head.contentType()).isEqualTo("application/json");
        assertThat(head.cacheControl()).isNull();
        assertThat(head.metadata()).containsExactly(Map.entry("origin", "copy"));
        assertThat(client.getObjectTagging(b -> b.bucket("dst").key("copy")).tagSet())
                .extracting(Tag::key, Tag::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("team", "red"),
                        org.assertj.core.groups.Tuple.tuple("tier", "1"));
    }

    // CopyObject API reference: copying an object onto itself without changing metadata (etc.)
    // is 400 InvalidRequest; with REPLACE it updates the metadata in place.
    @Test
    void copyOntoItself() {
        s3.createBucket("src");
        source("src", "k");

        S3Exception e = s3Error(
                () -> client.copyObject(b -> b.sourceBucket("src")
                        .sourceKey("k")
                        .destinationBucket("src")
                        .destinationKey("k")),
                400,
                "InvalidRequest");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("This copy request is illegal because it is trying to "
                        + "copy an object to itself without changing the object's metadata, storage class, website redirect "
                        + "location or encryption attributes.");

        client.copyObject(b -> b.sourceBucket("src")
                .sourceKey("k")
                .destinationBucket("src")
                .destinationKey("k")
                .metadataDirective(MetadataDirective.REPLACE)
                .metadata(Map.of("fresh", "yes")));
        assertThat(client.headObject(b -> b.bucket("src").key("k")).metadata())
                .containsExactly(Map.entry("fresh", "yes"));
    }

    // [A.7]: x-amz-copy-source may name a version; x-amz-copy-source-version-id reports the
    // version copied (the current one when none is named) and x-amz-version-id the new version.
    // Copying an older version onto its own key restores it (User Guide, "Restoring previous versions").
    @Test
    void copyingVersions() {
        s3.createVersionedBucket("src");
        String v1 = s3.put("src", "k", "old").versionId();
        String v2 = s3.put("src", "k", "new").versionId();

        CopyObjectResponse current = client.copyObject(b ->
                b.sourceBucket("src").sourceKey("k").destinationBucket("src").destinationKey("current"));
        CopyObjectResponse restored = client.copyObject(b -> b.sourceBucket("src")
                .sourceKey("k")
                .sourceVersionId(v1)
                .destinationBucket("src")
                .destinationKey("k"));

        assertThat(current.copySourceVersionId()).isEqualTo(v2);
        assertThat(current.versionId()).matches("[A-Za-z0-9._]{32}");
        assertThat(restored.copySourceVersionId()).isEqualTo(v1);
        assertThat(restored.versionId()).isNotIn(v1, v2);
        assertThat(s3.read("src", "k")).isEqualTo("old");
        assertThat(client.listObjectVersions(b -> b.bucket("src").prefix("k")).versions())
                .hasSize(3);
    }

    // [R61]: a null source version is not named in x-amz-copy-source-version-id; [R60]: a Suspended
    // destination announces the null version it wrote, unlike PutObject ([R1]).
    @Test
    void nullVersionsOnBothSides() {
        s3.createBucket("src");
        s3.put("src", "k", "v");
        s3.versioning("src", BucketVersioningStatus.SUSPENDED);

        CopyObjectResponse r = client.copyObject(b ->
                b.sourceBucket("src").sourceKey("k").destinationBucket("src").destinationKey("k2"));

        assertThat(r.copySourceVersionId()).isNull();
        assertThat(header(r, "x-amz-copy-source-version-id")).isEmpty();
        assertThat(r.versionId()).isEqualTo("null");
    }

    // [A.7]: a source whose current version is a delete marker does not exist (404 NoSuchKey);
    // a malformed source versionId is 400 InvalidArgument, a well-formed absent one 404 NoSuchVersion;
    // naming a delete marker by id is 400 InvalidRequest ([A.7], [K14]: [UNCERTAIN], believed AWS).
    @Test
    void sourceErrors() {
        s3.createVersionedBucket("src");
        s3.createBucket("dst");
        s3.put("src", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("src").key("k")).versionId();

        S3Exception gone = s3Error(() -> copy(b -> b.sourceKey("k").destinationKey("x")), 404, "NoSuchKey");
        assertThat(errorElement(gone, "Key")).contains("k");
        S3Exception malformed = s3Error(
                () -> copy(b -> b.sourceKey("k").sourceVersionId("bad").destinationKey("x")), 400, "InvalidArgument");
        assertThat(malformed.awsErrorDetails().errorMessage()).isEqualTo("Invalid version id specified");
        s3Error(
                () -> copy(b -> b.sourceKey("k")
                        .sourceVersionId(VersionId.generate(987_654_321L).value())
                        .destinationKey("x")),
                404,
                "NoSuchVersion");
        s3Error(() -> copy(b -> b.sourceKey("k").sourceVersionId(marker).destinationKey("x")), 400, "InvalidRequest");
        s3Error(() -> copy(b -> b.sourceKey("never").destinationKey("x")), 404, "NoSuchKey");
        assertThat(client.listObjectsV2(b -> b.bucket("dst")).contents()).isEmpty();
    }

    // S3 API reference, Error responses: NoSuchBucket for a missing source or destination bucket.
    @Test
    void missingBuckets() {
        s3.createBucket("src");
        s3.put("src", "k", "v");

        S3Exception dst = s3Error(() -> copy(b -> b.sourceKey("k").destinationKey("x")), 404, "NoSuchBucket");
        assertThat(errorElement(dst, "BucketName")).contains("dst");
        s3Error(
                () -> client.copyObject(b -> b.sourceBucket("nosrc")
                        .sourceKey("k")
                        .destinationBucket("src")
                        .destinationKey("x")),
                404,
                "NoSuchBucket");
    }

    // CopyObject API reference, x-amz-copy-source-if-*: a failed condition is 412
    // PreconditionFailed (never 304, not even for if-none-match / if-modified-since).
    @Test
    void copySourceConditions() {
        s3.createBucket("src");
        s3.createBucket("dst");
        String etag = s3.put("src", "k", "v").eTag();

        copy(b -> b.sourceKey("k").destinationKey("ok").copySourceIfMatch(etag));
        s3Error(
                () -> copy(b -> b.sourceKey("k").destinationKey("x").copySourceIfMatch("\"nope\"")),
                412,
                "PreconditionFailed");
        s3Error(
                () -> copy(b -> b.sourceKey("k").destinationKey("x").copySourceIfNoneMatch(etag)),
                412,
                "PreconditionFailed");
        s3Error(
                () -> copy(b -> b.sourceKey("k")
                        .destinationKey("x")
                        .copySourceIfModifiedSince(java.time.Instant.now().plusSeconds(3600))),
                412,
                "PreconditionFailed");
        assertThat(client.listObjectsV2(b -> b.bucket("dst")).contents())
                .extracting(o -> o.key())
                .containsExactly("ok");
    }

    // CopyObject API reference: x-amz-metadata-directive accepts only COPY and REPLACE.
    @Test
    void unknownMetadataDirective() {
        s3.createBucket("src");
        s3.createBucket("dst");
        s3.put("src", "k", "v");

        S3Exception e = s3Error(
                () -> copy(b -> b.sourceKey("k").destinationKey("x").metadataDirective("MERGE")),
                400,
                "InvalidArgument");
        assertThat(errorElement(e, "ArgumentName")).contains("x-amz-metadata-directive");
    }

    // Keys with reserved characters survive the URL-encoded x-amz-copy-source header ([A.7]).
    @Test
    void sourceKeysWithSpecialCharacters() {
        s3.createBucket("src");
        s3.createBucket("dst");
        String key = "dir/with space+plus?q=1&x#frag/\u00fcnic\u00f8de";
        s3.put("src", key, "odd");

        copy(b -> b.sourceKey(key).destinationKey(key));

        assertThat(s3.read("dst", key)).isEqualTo("odd");
    }

    // [A.7]: the versionId of an encoded source key follows a literal "?versionId=".
    @Test
    void versionOfAKeyWithSpecialCharacters() {
        s3.createVersionedBucket("src");
        s3.createBucket("dst");
        String key = "a b/c+d?versionId=fake&x=\u00e9";
        String v1 = s3.put("src", key, "first").versionId();
        s3.put("src", key, "second");

        CopyObjectResponse r = copy(b -> b.sourceKey(key).sourceVersionId(v1).destinationKey("out"));

        assertThat(r.copySourceVersionId()).isEqualTo(v1);
        assertThat(s3.read("dst", "out")).isEqualTo("first");
    }

    // CopyObject API reference, x-amz-checksum-algorithm: the copy stores the requested algorithm;
    // without one it keeps the source's (User Guide, "Checking object integrity": copies keep checksums).
    @Test
    void checksumsOfCopies() {
        s3.createBucket("src");
        s3.createBucket("dst");
        s3.put("src", "k", "123456789");

        CopyObjectResponse kept = copy(b -> b.sourceKey("k").destinationKey("same"));
        CopyObjectResponse sha =
                copy(b -> b.sourceKey("k").destinationKey("sha").checksumAlgorithm(ChecksumAlgorithm.SHA256));

        assertThat(kept.copyObjectResult().checksumCRC32()).isEqualTo("y/Q5Jg==");
        assertThat(sha.copyObjectResult().checksumSHA256()).isEqualTo("FeKw08M4keuw8e9gnsQZQgwg4yDOlMZfvIwzEkSOsiU=");
    }
}

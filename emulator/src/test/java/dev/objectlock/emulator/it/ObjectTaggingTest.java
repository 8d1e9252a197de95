package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectTaggingResponse;
import software.amazon.awssdk.services.s3.model.GetObjectTaggingResponse;
import software.amazon.awssdk.services.s3.model.PutObjectTaggingResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** Put/Get/DeleteObjectTagging and x-amz-tagging on PutObject (User Guide, "Categorizing your storage using tags"). */
class ObjectTaggingTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private void putTags(String bucket, String key, List<Tag> tags) {
        client.putObjectTagging(b -> b.bucket(bucket).key(key).tagging(t -> t.tagSet(tags)));
    }

    // PutObjectTagging / GetObjectTagging API reference: the tag set replaces the previous one and
    // reads back; an object without tags has an empty TagSet.
    @Test
    void putGetAndReplace() {
        s3.createBucket("tags");
        s3.put("tags", "k", "v");
        assertThat(client.getObjectTagging(b -> b.bucket("tags").key("k")).tagSet())
                .isEmpty();

        putTags("tags", "k", List.of(tag("env", "prod"), tag("owner", "team a")));
        assertThat(client.getObjectTagging(b -> b.bucket("tags").key("k")).tagSet())
                .containsExactlyInAnyOrder(tag("env", "prod"), tag("owner", "team a"));

        putTags("tags", "k", List.of(tag("only", "")));
        assertThat(client.getObjectTagging(b -> b.bucket("tags").key("k")).tagSet())
                .containsExactly(tag("only", ""));
        assertThat(s3.read("tags", "k")).isEqualTo("v");
    }

    // DeleteObjectTagging API reference: 204 No Content, the tag set is then empty.
    @Test
    void deleteTagging() {
        s3.createBucket("tags");
        client.putObject(b -> b.bucket("tags").key("k").tagging("a=1"), RequestBody.fromString("v"));

        DeleteObjectTaggingResponse deleted =
                client.deleteObjectTagging(b -> b.bucket("tags").key("k"));

        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(client.getObjectTagging(b -> b.bucket("tags").key("k")).tagSet())
                .isEmpty();
    }

    // PutObject API reference, x-amz-tagging (URL query form); GetObject returns x-amz-tagging-count.
    @Test
    void taggingHeaderOnPut() {
        s3.createBucket("tags");

        client.putObject(b -> b.bucket("tags").key("k").tagging("a=1&b=two%20words&c="), RequestBody.fromString("v"));

        assertThat(client.getObjectTagging(b -> b.bucket("tags").key("k")).tagSet())
                .containsExactlyInAnyOrder(tag("a", "1"), tag("b", "two words"), tag("c", ""));
        assertThat(client.getObject(b -> b.bucket("tags").key("k")).response().tagCount())
                .isEqualTo(3);
    }

    // User Guide tag restrictions: up to 10 tags per object (400 BadRequest "Object tags cannot be
    // greater than 10"), keys up to 128 and values up to 256 Unicode characters, unique keys (400 InvalidTag).
    @Test
    void tagLimits() {
        s3.createBucket("tags");
        s3.put("tags", "k", "v");
        List<Tag> ten = IntStream.range(0, 10).mapToObj(i -> tag("k" + i, "v")).toList();
        putTags("tags", "k", ten);

        List<Tag> eleven =
                IntStream.range(0, 11).mapToObj(i -> tag("k" + i, "v")).toList();
        S3Exception tooMany = s3Error(() -> putTags("tags", "k", eleven), 400, "BadRequest");
        assertThat(tooMany.awsErrorDetails().errorMessage()).isEqualTo("Object tags cannot be greater than 10");

        putTags("tags", "k", List.of(tag("x".repeat(128), "y".repeat(256))));
        s3Error(() -> putTags("tags", "k", List.of(tag("x".repeat(129), "v"))), 400, "InvalidTag");
        s3Error(() -> putTags("tags", "k", List.of(tag("k", "y".repeat(257)))), 400, "InvalidTag");
        S3Exception duplicate =
                s3Error(() -> putTags("tags", "k", List.of(tag("k", "1"), tag("k", "2"))), 400, "InvalidTag");
        assertThat(duplicate.awsErrorDetails().errorMessage())
                .isEqualTo("Cannot provide multiple Tags with the same key");
        assertThat(client.getObjectTagging(b -> b.bucket("tags").key("k")).tagSet())
                .containsExactly(tag("x".repeat(128), "y".repeat(256)));
    }

    // Object tagging API reference: versionId addresses one version; responses carry x-amz-version-id.
    @Test
    void taggingVersions() {
        s3.createVersionedBucket("tags");
        String v1 = s3.put("tags", "k", "one").versionId();
        String v2 = s3.put("tags", "k", "two").versionId();

        PutObjectTaggingResponse put = client.putObjectTagging(
                b -> b.bucket("tags").key("k").versionId(v1).tagging(t -> t.tagSet(tag("old", "yes"))));
        GetObjectTaggingResponse current =
                client.getObjectTagging(b -> b.bucket("tags").key("k"));
        GetObjectTaggingResponse old =
                client.getObjectTagging(b -> b.bucket("tags").key("k").versionId(v1));

        assertThat(put.versionId()).isEqualTo(v1);
        assertThat(current.versionId()).isEqualTo(v2);
        assertThat(current.tagSet()).isEmpty();
        assertThat(old.tagSet()).containsExactly(tag("old", "yes"));
        assertThat(client.deleteObjectTagging(b -> b.bucket("tags").key("k").versionId(v1))
                        .versionId())
                .isEqualTo(v1);
    }

    // Tagging an unversioned bucket's object announces no version id ([A.4]).
    @Test
    void unversionedBucketAnnouncesNoVersion() {
        s3.createBucket("tags");
        s3.put("tags", "k", "v");

        PutObjectTaggingResponse put =
                client.putObjectTagging(b -> b.bucket("tags").key("k").tagging(t -> t.tagSet(tag("a", "b"))));

        assertThat(header(put, "x-amz-version-id")).isEmpty();
    }

    // [R62]: unlike GET, tagging answers 405 MethodNotAllowed on a current delete marker as on a
    // marker named by versionId, naming the method. Missing keys and buckets are NoSuchKey / NoSuchBucket.
    @Test
    void missingTargets() {
        s3.createVersionedBucket("tags");
        s3.put("tags", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("tags").key("k")).versionId();

        S3Exception onCurrent =
                s3Error(() -> client.getObjectTagging(b -> b.bucket("tags").key("k")), 405, "MethodNotAllowed");
        assertThat(errorElement(onCurrent, "Method")).contains("GET");
        assertThat(errorElement(onCurrent, "ResourceType")).contains("DeleteMarker");
        S3Exception onMarker = s3Error(() -> putTags2("tags", "k", marker), 405, "MethodNotAllowed");
        assertThat(errorElement(onMarker, "Method")).contains("PUT");
        S3Exception deleting = s3Error(
                () -> client.deleteObjectTagging(b -> b.bucket("tags").key("k").versionId(marker)),
                405,
                "MethodNotAllowed");
        assertThat(errorElement(deleting, "Method")).contains("DELETE");
        S3Exception never =
                s3Error(() -> client.getObjectTagging(b -> b.bucket("tags").key("never")), 404, "NoSuchKey");
        assertThat(errorElement(never, "Key")).contains("never");
        s3Error(() -> client.getObjectTagging(b -> b.bucket("ghost").key("k")), 404, "NoSuchBucket");
    }

    private void putTags2(String bucket, String key, String versionId) {
        client.putObjectTagging(
                b -> b.bucket(bucket).key(key).versionId(versionId).tagging(t -> t.tagSet(tag("a", "b"))));
    }

    // PutObjectTagging API reference: the body must be a Tagging document, else MalformedXML.
    @Test
    void malformedTaggingDocument() {
        s3.createBucket("tags");
        s3.put("tags", "k", "v");

        HttpResponse<String> response = s3.raw(
                "PUT", "/tags/k?tagging", Map.of(), "<Tagging><TagSet><Tag><Key>a".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>MalformedXML</Code>");
    }
}

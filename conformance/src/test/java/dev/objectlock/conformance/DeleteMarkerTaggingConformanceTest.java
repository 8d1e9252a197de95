package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;

import dev.objectlock.conformance.support.S3ErrorAssert;
import dev.objectlock.conformance.target.AwsSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The tagging sub-resource on a delete marker ([R62]): 405 MethodNotAllowed naming the request's
 * method and ResourceType DeleteMarker, whether the marker is named by its id or is the current
 * version (where GetObject answers 404 NoSuchKey instead, [R6]).
 */
class DeleteMarkerTaggingConformanceTest extends Scenario {

    private static final String METHOD_NOT_ALLOWED = "The specified method is not allowed against this resource.";

    private static S3ErrorAssert assertRefused(ThrowingCallable call, String method) {
        return assertS3Error(call)
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasMessage(METHOD_NOT_ALLOWED)
                .hasElement("Method", method)
                .hasElement("ResourceType", "DeleteMarker");
    }

    @Test
    @AwsSource(
            rules = {"R62"},
            value = "ls-api test_object_tagging_versioned \"put-object-tags-delete-marker-id\","
                    + " \"get-object-tags-delete-marker-id\", \"delete-object-tags-delete-marker-id\" [AWS-recorded]")
    void taggingOnADeleteMarkersVersionIdIsMethodNotAllowed() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertRefused(
                () -> s3.putObjectTagging(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(marker)
                        .tagging(t -> t.tagSet(s -> s.key("k").value("v")))),
                "PUT");
        assertRefused(() -> s3.getObjectTagging(b -> b.bucket(bucket).key("key").versionId(marker)), "GET");
        assertRefused(
                () -> s3.deleteObjectTagging(b -> b.bucket(bucket).key("key").versionId(marker)), "DELETE");
    }

    @Test
    @AwsSource(
            rules = {"R62"},
            value = "ls-api test_object_tagging_versioned \"put-object-tags-delete-marker-latest\","
                    + " \"get-object-tags-delete-marker-latest\", \"delete-object-tags-delete-marker-latest\""
                    + " [AWS-recorded]")
    void taggingOnAKeyWhoseCurrentVersionIsADeleteMarkerIsMethodNotAllowed() {
        String bucket = buckets.createVersioned();
        steps.putVersion(bucket, "key", "body");
        steps.delete(bucket, "key");

        assertRefused(
                () -> s3.putObjectTagging(b -> b.bucket(bucket)
                        .key("key")
                        .tagging(t -> t.tagSet(s -> s.key("k").value("v")))),
                "PUT");
        assertRefused(() -> s3.getObjectTagging(b -> b.bucket(bucket).key("key")), "GET");
        assertRefused(() -> s3.deleteObjectTagging(b -> b.bucket(bucket).key("key")), "DELETE");
        assertS3Error(() -> steps.read(bucket, "key")).hasStatus(404).hasCode("NoSuchKey");
    }
}

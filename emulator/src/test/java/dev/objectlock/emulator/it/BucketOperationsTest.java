package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CreateBucketResponse;
import software.amazon.awssdk.services.s3.model.GetBucketLocationResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** ListBuckets, CreateBucket, HeadBucket, DeleteBucket and GetBucketLocation against a us-east-1 emulator. */
class BucketOperationsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();

    // ListBuckets API reference: Buckets sorted by name, each with Name and CreationDate; Owner ID.
    @Test
    void listBucketsReturnsEveryBucketByNameWithCreationDate() {
        assertThat(client.listBuckets().buckets()).isEmpty();
        Instant before = Instant.now().minusSeconds(1);
        s3.createBucket("zeta-bucket");
        s3.createBucket("alpha-bucket");

        ListBucketsResponse list = client.listBuckets();

        assertThat(list.buckets()).extracting(b -> b.name()).containsExactly("alpha-bucket", "zeta-bucket");
        assertThat(list.buckets().get(0).creationDate())
                .isBetween(before, Instant.now().plusSeconds(1));
        assertThat(list.owner().id()).isNotBlank();
        assertThat(header(list, "x-amz-request-id")).isPresent();
    }

    // ListBuckets API reference: prefix limits the list to bucket names that begin with it, and
    // bucket-region to buckets in that Region.
    @Test
    void listBucketsFilters() {
        s3.createBucket("logs-a");
        s3.createBucket("logs-b");
        s3.createBucket("data");

        assertThat(client.listBuckets(b -> b.prefix("logs-")).buckets())
                .extracting(b -> b.name())
                .containsExactly("logs-a", "logs-b");
        assertThat(client.listBuckets(b -> b.prefix("nothing")).buckets()).isEmpty();
        assertThat(client.listBuckets(b -> b.bucketRegion("us-east-1")).buckets())
                .hasSize(3);
        assertThat(client.listBuckets(b -> b.bucketRegion("eu-west-1")).buckets())
                .isEmpty();
        assertThat(client.listBuckets().buckets())
                .allSatisfy(b -> assertThat(b.bucketRegion()).isEqualTo("us-east-1"));
    }

    // CreateBucket API reference: 200 with a Location header naming the bucket.
    @Test
    void createBucketAnswersWithLocation() {
        CreateBucketResponse created = client.createBucket(b -> b.bucket("my-bucket"));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(created.location()).isEqualTo("/my-bucket");
        assertThat(client.headBucket(b -> b.bucket("my-bucket"))
                        .sdkHttpResponse()
                        .isSuccessful())
                .isTrue();
    }

    // S3 User Guide "General purpose bucket naming rules": 3-63 chars, lower case, digits, dots and
    // hyphens, letter or digit at both ends, no "..", not an IP address, no reserved prefix/suffix.
    // Violations answer 400 InvalidBucketName (S3 API reference, Error responses).
    // The SDK itself refuses some of these names before sending, so they go over raw HTTP.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "ab",
                "UpperCase",
                "under_score",
                "-leading",
                "trailing-",
                "trailing.",
                "two..dots",
                "192.168.5.4",
                "xn--punycode",
                "sthree-bucket",
                "amzn-s3-demo-bucket",
                "name-s3alias",
                "name--ol-s3",
                "name.mrap",
                "name--x-s3",
                "a-name-that-is-far-too-long-to-be-a-bucket-name-in-any-aws-region-x"
            })
    void invalidBucketNamesAreRejected(String name) {
        HttpResponse<String> response = s3.raw("PUT", "/" + name);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>InvalidBucketName</Code>", "<BucketName>" + name + "</BucketName>");
        assertThat(client.listBuckets().buckets()).isEmpty();
    }

    // Same rule through the SDK, for names the SDK sends as they are.
    @Test
    void invalidBucketNameThroughTheSdk() {
        S3Exception e = s3Error(() -> client.createBucket(b -> b.bucket("xn--punycode")), 400, "InvalidBucketName");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket is not valid.");
        assertThat(errorElement(e, "BucketName")).contains("xn--punycode");
    }

    // Bucket naming rules: 3 and 63 characters, dots and digits are all fine.
    @ParameterizedTest
    @ValueSource(
            strings = {"abc", "a.b-c1", "123bucket", "a-name-that-is-exactly-sixty-three-characters-long-for-s3-ok-ok"})
    void validEdgeCaseNamesAreAccepted(String name) {
        client.createBucket(b -> b.bucket(name));

        assertThat(client.listBuckets().buckets()).extracting(b -> b.name()).containsExactly(name);
    }

    // CreateBucket API reference, Errors: "BucketAlreadyOwnedByYou ... In the North Virginia Region
    // (us-east-1), Amazon S3 returns 200 OK and resets the bucket access control lists".
    @Test
    void recreatingAnOwnedBucketInUsEast1Succeeds() {
        s3.createVersionedBucket("mine");
        s3.put("mine", "k", "v");

        CreateBucketResponse again = client.createBucket(b -> b.bucket("mine"));

        assertThat(again.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(s3.read("mine", "k")).isEqualTo("v");
        assertThat(client.getBucketVersioning(b -> b.bucket("mine")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(client.listBuckets().buckets()).hasSize(1);
    }

    // CreateBucket API reference: us-east-1 is the default Region and is spelled by sending no
    // LocationConstraint; naming it explicitly answers 400 InvalidLocationConstraint.
    @Test
    void explicitUsEast1LocationConstraintIsInvalid() {
        s3Error(
                () -> client.createBucket(
                        b -> b.bucket("east").createBucketConfiguration(c -> c.locationConstraint("us-east-1"))),
                400,
                "InvalidLocationConstraint");
        assertThat(client.listBuckets().buckets()).isEmpty();
    }

    // GetBucketLocation API reference: buckets in us-east-1 have a null LocationConstraint.
    @Test
    void bucketLocationOfUsEast1BucketIsEmpty() {
        s3.createBucket("east");

        GetBucketLocationResponse location = client.getBucketLocation(b -> b.bucket("east"));

        assertThat(location.locationConstraintAsString()).isNullOrEmpty();
    }

    // GetBucketLocation API reference, NoSuchBucket (S3 API reference, Error responses: 404).
    @Test
    void bucketLocationOfMissingBucketIsNoSuchBucket() {
        S3Exception e = s3Error(() -> client.getBucketLocation(b -> b.bucket("missing")), 404, "NoSuchBucket");
        assertThat(errorElement(e, "BucketName")).contains("missing");
    }

    // HeadBucket API reference: 200 with x-amz-bucket-region; 404 without a body for a missing bucket.
    @Test
    void headBucketReportsRegionAndMissingBuckets() {
        s3.createBucket("present");

        HeadBucketResponse head = client.headBucket(b -> b.bucket("present"));

        assertThat(head.bucketRegion()).isEqualTo("us-east-1");
        S3Exception e = s3Error(() -> client.headBucket(b -> b.bucket("absent")), 404, "NoSuchBucket");
        assertThat(e).isInstanceOf(NoSuchBucketException.class);
        assertThat(S3Assertions.errorBody(e)).isEmpty();
    }

    // DeleteBucket API reference: 204 No Content; the bucket is gone afterwards.
    @Test
    void deleteEmptyBucket() {
        s3.createBucket("doomed");

        var deleted = client.deleteBucket(b -> b.bucket("doomed"));

        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(client.listBuckets().buckets()).isEmpty();
        s3Error(() -> client.headBucket(b -> b.bucket("doomed")), 404, "NoSuchBucket");
    }

    @Test
    void deleteMissingBucketIsNoSuchBucket() {
        S3Exception e = s3Error(() -> client.deleteBucket(b -> b.bucket("never-was")), 404, "NoSuchBucket");
        assertThat(errorElement(e, "BucketName")).contains("never-was");
    }

    // S3 API reference, Error responses: BucketNotEmpty 409; [B.11]: the message asks to delete all versions.
    @Test
    void bucketWithAnObjectIsNotEmpty() {
        s3.createBucket("full");
        s3.put("full", "k", "v");

        S3Exception e = s3Error(() -> client.deleteBucket(b -> b.bucket("full")), 409, "BucketNotEmpty");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The bucket you tried to delete is not empty. You must delete all versions in the bucket.");
        assertThat(errorElement(e, "BucketName")).contains("full");
    }

    // [B.11]: a bucket holding only noncurrent versions or delete markers is still not empty.
    @Test
    void bucketHoldingOnlyVersionsAndDeleteMarkersIsNotEmpty() {
        s3.createVersionedBucket("versions");
        String v1 = s3.put("versions", "k", "v").versionId();
        client.deleteObject(b -> b.bucket("versions").key("k"));
        assertThat(client.listObjectsV2(b -> b.bucket("versions")).contents()).isEmpty();

        s3Error(() -> client.deleteBucket(b -> b.bucket("versions")), 409, "BucketNotEmpty");

        client.deleteObject(b -> b.bucket("versions").key("k").versionId(v1));
        s3Error(() -> client.deleteBucket(b -> b.bucket("versions")), 409, "BucketNotEmpty");

        String marker = client.listObjectVersions(b -> b.bucket("versions"))
                .deleteMarkers()
                .get(0)
                .versionId();
        client.deleteObject(b -> b.bucket("versions").key("k").versionId(marker));
        client.deleteBucket(b -> b.bucket("versions"));
        assertThat(client.listBuckets().buckets()).isEmpty();
    }

    // A deleted bucket's name can be used again, and the new bucket starts empty and unversioned.
    @Test
    void recreatedBucketStartsFresh() {
        s3.createVersionedBucket("reborn");
        client.deleteBucket(b -> b.bucket("reborn"));

        s3.createBucket("reborn");

        assertThat(client.getBucketVersioning(b -> b.bucket("reborn")).status()).isNull();
        assertThat(client.listObjectVersions(b -> b.bucket("reborn")).versions())
                .isEmpty();
        assertThat(Duration.between(client.listBuckets().buckets().get(0).creationDate(), Instant.now()))
                .isLessThan(Duration.ofMinutes(1));
    }
}

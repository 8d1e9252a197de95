package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** CreateBucket and GetBucketLocation on an emulator that plays eu-west-1 instead of us-east-1. */
class RegionalBucketTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.region("eu-west-1"));

    private final S3Client client = s3.client(b -> b.region(Region.EU_WEST_1));

    // CreateBucket API reference: outside us-east-1 the request must name the Region as its
    // LocationConstraint; GetBucketLocation then returns it.
    @Test
    void bucketWithMatchingConstraint() {
        client.createBucket(b -> b.bucket("west").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));

        assertThat(client.getBucketLocation(b -> b.bucket("west")).locationConstraintAsString())
                .isEqualTo("eu-west-1");
        assertThat(client.headBucket(b -> b.bucket("west")).bucketRegion()).isEqualTo("eu-west-1");
    }

    // S3 API reference, Error responses: IllegalLocationConstraintException (400) when the
    // constraint does not fit the Region of the endpoint, including no constraint outside us-east-1.
    // The SDK adds its own Region as constraint when none is given, so "none" goes over raw HTTP.
    @Test
    void missingOrForeignConstraintIsIllegal() {
        var response = s3.raw("PUT", "/nowhere");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>IllegalLocationConstraintException</Code>");
        s3Error(
                () -> client.createBucket(
                        b -> b.bucket("elsewhere").createBucketConfiguration(c -> c.locationConstraint("ap-south-1"))),
                400,
                "IllegalLocationConstraintException");
        assertThat(client.listBuckets().buckets()).isEmpty();
    }

    // CreateBucket API reference, Errors: outside us-east-1, re-creating an owned bucket is
    // 409 BucketAlreadyOwnedByYou.
    @Test
    void recreatingAnOwnedBucketOutsideUsEast1Conflicts() {
        client.createBucket(b -> b.bucket("west").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));

        s3Error(
                () -> client.createBucket(
                        b -> b.bucket("west").createBucketConfiguration(c -> c.locationConstraint("eu-west-1"))),
                409,
                "BucketAlreadyOwnedByYou");
    }
}

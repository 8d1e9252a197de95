package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.header;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/** Buckets of several regions on one emulator ([R100] to [R105]), through the SDK over HTTP. */
class MultiRegionBucketsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client east = s3.client();
    private final S3Client west = s3.client(b -> b.region(Region.EU_WEST_1));

    @Test
    void aConstraintPutsTheBucketInItsRegionAndEveryBucketApiReportsIt() {
        east.createBucket(b -> b.bucket("ledger"));
        east.createBucket(b -> b.bucket("ledger-dr").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
        west.createBucket(b -> b.bucket("ledger-west")); // the SDK adds its region as the constraint

        assertThat(east.getBucketLocation(b -> b.bucket("ledger")).locationConstraintAsString())
                .isEmpty();
        assertThat(east.getBucketLocation(b -> b.bucket("ledger-dr")).locationConstraintAsString())
                .isEqualTo("eu-west-1");
        assertThat(west.headBucket(b -> b.bucket("ledger-west")).bucketRegion()).isEqualTo("eu-west-1");
        assertThat(east.headBucket(b -> b.bucket("ledger")).bucketRegion()).isEqualTo("us-east-1");
        assertThat(header(west.listObjectsV2(b -> b.bucket("ledger-west")), "x-amz-bucket-region"))
                .hasValue("eu-west-1");
        Map<String, String> regions =
                west.listBuckets().buckets().stream().collect(Collectors.toMap(Bucket::name, Bucket::bucketRegion));
        assertThat(regions)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("ledger", "us-east-1", "ledger-dr", "eu-west-1", "ledger-west", "eu-west-1"));
        assertThat(east.listBuckets(b -> b.bucketRegion("eu-west-1")).buckets())
                .extracting(Bucket::name)
                .containsExactly("ledger-dr", "ledger-west");
    }

    @Test
    void aRegionalEndpointAcceptsOnlyItsOwnRegion() {
        // The SDK always adds its region as the constraint; open mode reads the scope without a signature.
        var unspecified = s3.raw("PUT", "/none", Map.of("Authorization", scopeOf("eu-west-1")), new byte[0]);
        assertThat(unspecified.statusCode()).isEqualTo(400);
        assertThat(unspecified.body())
                .contains("<Code>IllegalLocationConstraintException</Code>")
                .contains("<Message>The unspecified location constraint is incompatible for the region specific "
                        + "endpoint this request was sent to.</Message>");
        var other = s3Error(
                () -> west.createBucket(
                        b -> b.bucket("other").createBucketConfiguration(c -> c.locationConstraint("us-east-1"))),
                400,
                "IllegalLocationConstraintException");
        assertThat(other.awsErrorDetails().errorMessage())
                .isEqualTo("The us-east-1 location constraint is incompatible for the region specific endpoint "
                        + "this request was sent to.");
        var invalid = s3Error(
                () -> east.createBucket(
                        b -> b.bucket("named").createBucketConfiguration(c -> c.locationConstraint("us-east-1"))),
                400,
                "InvalidLocationConstraint");
        assertThat(errorElement(invalid, "LocationConstraint")).hasValue("us-east-1");
        s3Error(
                () -> east.createBucket(
                        b -> b.bucket("foo").createBucketConfiguration(c -> c.locationConstraint("foo"))),
                400,
                "InvalidLocationConstraint");
        assertThat(east.listBuckets().buckets()).isEmpty();
    }

    private static String scopeOf(String region) {
        return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/" + region
                + "/s3/aws4_request, SignedHeaders=host, Signature=00";
    }

    @Test
    void theOldEuConstraintMeansEuWest1() {
        west.createBucket(b -> b.bucket("old-eu").createBucketConfiguration(c -> c.locationConstraint("EU")));
        assertThat(west.headBucket(b -> b.bucket("old-eu")).bucketRegion()).isEqualTo("eu-west-1");
        s3Error(
                () -> s3.client(b -> b.region(Region.US_EAST_2))
                        .createBucket(b -> b.bucket("eu-2").createBucketConfiguration(c -> c.locationConstraint("EU"))),
                400,
                "IllegalLocationConstraintException");
    }

    @Test
    void reCreatingAnOwnedBucketSucceedsOnlyInUsEast1() {
        east.createBucket(b -> b.bucket("home"));
        east.createBucket(b -> b.bucket("home"));
        east.createBucket(b -> b.bucket("away").createBucketConfiguration(c -> c.locationConstraint("us-west-1")));

        s3Error(
                () -> east.createBucket(
                        b -> b.bucket("away").createBucketConfiguration(c -> c.locationConstraint("us-west-1"))),
                409,
                "BucketAlreadyOwnedByYou");
    }

    @Test
    void aRequestSignedForAnotherRegionIsToldTheBucketsRegion() {
        east.createBucket(b -> b.bucket("ledger-dr").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));

        var e = s3Error(
                () -> east.putObject(b -> b.bucket("ledger-dr").key("k"), RequestBody.fromString("x")),
                400,
                "AuthorizationHeaderMalformed");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The authorization header is malformed; the region 'us-east-1' is wrong; expecting "
                        + "'eu-west-1'");
        assertThat(errorElement(e, "Region")).hasValue("eu-west-1");
        assertThat(header(e, "x-amz-bucket-region")).hasValue("eu-west-1");
        var head = headError(() -> east.headBucket(b -> b.bucket("ledger-dr")), 400);
        assertThat(header(head, "x-amz-bucket-region")).hasValue("eu-west-1");
        // GetBucketLocation answers a scope of any region: that is how a client finds the region.
        assertThat(east.getBucketLocation(b -> b.bucket("ledger-dr")).locationConstraintAsString())
                .isEqualTo("eu-west-1");
        assertThat(west.listObjectsV2(b -> b.bucket("ledger-dr")).contents()).isEmpty();
    }

    @Test
    void aClientWithCrossRegionAccessReachesBucketsOfEveryRegion() {
        east.createBucket(b -> b.bucket("ledger"));
        east.createBucket(b -> b.bucket("ledger-dr").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
        east.createBucket(
                b -> b.bucket("ledger-ap").createBucketConfiguration(c -> c.locationConstraint("ap-south-1")));

        for (Region region : new Region[] {Region.US_EAST_1, Region.EU_WEST_1, Region.US_WEST_2}) {
            S3Client any = s3.client(b -> b.region(region).crossRegionAccessEnabled(true));
            for (String bucket : new String[] {"ledger", "ledger-dr", "ledger-ap"}) {
                String key = region.id() + "/" + bucket;
                any.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
                assertThat(any.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String())
                        .isEqualTo(key);
                assertThat(any.headBucket(b -> b.bucket(bucket)).bucketRegion()).isNotEmpty();
            }
        }
        assertThat(s3.read("ledger", "us-west-2/ledger")).isEqualTo("us-west-2/ledger");
    }

    @Test
    void anUnsignedRequestNamesNoRegionAndReachesEveryBucket() {
        east.createBucket(b -> b.bucket("ledger-dr").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));

        assertThat(s3.raw("GET", "/ledger-dr?list-type=2").statusCode()).isEqualTo(200);
        var response = s3.raw("PUT", "/unsigned");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(east.headBucket(b -> b.bucket("unsigned")).bucketRegion()).isEqualTo("us-east-1");
    }
}

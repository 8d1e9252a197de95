package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Target;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Buckets in another region than the run's ([R100] to [R104]). The other region is eu-west-1, or
 * us-west-2 when the run itself is in eu-west-1.
 */
class BucketRegionConformanceTest extends Scenario {

    private Target target;
    private Region other;

    @BeforeEach
    void injectRegions(Target target) {
        this.target = target;
        this.other = Region.EU_WEST_1.equals(target.region()) ? Region.US_WEST_2 : Region.EU_WEST_1;
    }

    @Test
    @AwsSource(
            rules = {"R100", "R102"},
            value = "ls-s3 test_different_location_constraint, test_region_header_exists_outside_us_east_1,"
                    + " test_create_bucket_with_eu_location_constraint [AWS-recorded]; API HeadBucket, ListBuckets")
    void aBucketCreatedInAnotherRegionReportsItEverywhere() {
        String bucket = buckets.createIn(other);
        S3Client regional = buckets.regionalClient(other);

        assertThat(regional.getBucketLocation(b -> b.bucket(bucket)).locationConstraintAsString())
                .isEqualTo(other.id());
        assertThat(regional.headBucket(b -> b.bucket(bucket)).bucketRegion()).isEqualTo(other.id());
        assertThat(s3.listBuckets(b -> b.prefix(bucket)).buckets())
                .extracting(Bucket::name, Bucket::bucketRegion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bucket, other.id()));
        assertThat(s3.listBuckets(b ->
                                b.prefix(bucket).bucketRegion(target.region().id()))
                        .buckets())
                .isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"R100", "E101"},
            value = "ls-s3 test_different_location_constraint \"create-bucket-us-east-2-constraint-to-us-west-1\""
                    + " [AWS-recorded]")
    void aRegionalEndpointRefusesAConstraintOfAnotherRegion() {
        String name = buckets.unusedName();
        S3Client regional = buckets.regionalClient(other);
        String elsewhere = Region.AP_SOUTH_1.id();

        assertS3Error(() -> regional.createBucket(
                        b -> b.bucket(name).createBucketConfiguration(c -> c.locationConstraint(elsewhere))))
                .hasStatus(400)
                .hasCode("IllegalLocationConstraintException")
                .hasMessage("The " + elsewhere + " location constraint is incompatible for the region specific "
                        + "endpoint this request was sent to.");
    }

    @Test
    @AwsSource(
            rules = {"R103", "E31", "P16"},
            value = "jsoma/flatware#10 [AWS-recorded]; the request goes to the bucket's regional endpoint")
    void aRequestSignedForAnotherRegionIsToldTheBucketsRegion() {
        String bucket = buckets.createIn(other);
        Region wrong = target.region();
        // On aws the request goes to the bucket's regional endpoint; only the signature names another region.
        URI endpoint = target.emulatorEndpoint().orElse(URI.create("https://s3." + other.id() + ".amazonaws.com"));

        try (S3Client signedElsewhere = target.newClient(b -> b.region(wrong).endpointOverride(endpoint))) {
            assertS3Error(() -> signedElsewhere.listObjectsV2(b -> b.bucket(bucket)))
                    .hasStatus(400)
                    .hasCode("AuthorizationHeaderMalformed")
                    .hasMessage("The authorization header is malformed; the region '" + wrong.id()
                            + "' is wrong; expecting '" + other.id() + "'")
                    .hasElement("Region", other.id())
                    .hasHeader("x-amz-bucket-region", other.id());
            assertS3Error(() -> signedElsewhere.headBucket(b -> b.bucket(bucket)))
                    .hasStatus(400)
                    .hasHeader("x-amz-bucket-region", other.id());
        }
    }

    @Test
    @AwsSource(
            rules = {"R104", "R102"},
            value = "AWS SDK for Java v2 CrossRegionUtils, S3CrossRegionSyncClient; API HeadBucket")
    void aClientWithCrossRegionAccessReachesABucketOfAnotherRegion() {
        String bucket = buckets.createIn(other);

        try (S3Client anyRegion = target.newClient(b -> b.crossRegionAccessEnabled(true))) {
            anyRegion.putObject(b -> b.bucket(bucket).key("record"), RequestBody.fromString("kept"));

            assertThat(anyRegion
                            .getObjectAsBytes(b -> b.bucket(bucket).key("record"))
                            .asUtf8String())
                    .isEqualTo("kept");
            assertThat(anyRegion.headBucket(b -> b.bucket(bucket)).bucketRegion())
                    .isEqualTo(other.id());
        }
    }
}

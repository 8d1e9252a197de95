package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.objectlock.emulator.domain.error.S3Exception;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The region of a new bucket by endpoint and constraint ([R100]), and re-creation ([R101]). */
class BucketRegionRulesTest {

    @ParameterizedTest(name = "endpoint {0}, constraint [{1}] -> {2}")
    @CsvSource({
        "us-east-1, , us-east-1",
        "us-east-1, '', us-east-1",
        "us-east-1, eu-west-1, eu-west-1",
        "us-east-1, ap-south-1, ap-south-1",
        "us-east-1, EU, eu-west-1",
        "eu-west-1, eu-west-1, eu-west-1",
        "eu-west-1, EU, eu-west-1",
        "us-west-2, us-west-2, us-west-2",
    })
    void acceptedConstraints(String endpoint, String constraint, String region) {
        assertThat(BucketRegionRules.regionForNewBucket(constraint, endpoint)).isEqualTo(region);
    }

    @ParameterizedTest(name = "endpoint {0}, constraint [{1}] -> {2}: {3}")
    @CsvSource({
        "us-east-1, us-east-1, InvalidLocationConstraint, The specified location-constraint is not valid",
        "us-east-1, foo, InvalidLocationConstraint, The specified location-constraint is not valid",
        "us-east-2, , IllegalLocationConstraintException, The unspecified location constraint is incompatible "
                + "for the region specific endpoint this request was sent to.",
        "us-east-2, us-west-1, IllegalLocationConstraintException, The us-west-1 location constraint is "
                + "incompatible for the region specific endpoint this request was sent to.",
        "us-west-1, us-east-1, IllegalLocationConstraintException, The us-east-1 location constraint is "
                + "incompatible for the region specific endpoint this request was sent to.",
        "us-east-2, EU, IllegalLocationConstraintException, The EU location constraint is incompatible for the "
                + "region specific endpoint this request was sent to.",
        "eu-west-1, bar, IllegalLocationConstraintException, The bar location constraint is incompatible for "
                + "the region specific endpoint this request was sent to.",
    })
    void refusedConstraints(String endpoint, String constraint, String code, String message) {
        S3Exception e = catchThrowableOfType(
                S3Exception.class, () -> BucketRegionRules.regionForNewBucket(constraint, endpoint));

        assertThat(e.code().code()).isEqualTo(code);
        assertThat(e.code().httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @ParameterizedTest(name = "bucket in {0}, endpoint {1} -> silent success {2}")
    @CsvSource({
        "us-east-1, us-east-1, true",
        "us-west-1, us-east-1, false",
        "eu-west-1, eu-west-1, false",
        "us-east-1, eu-west-1, false",
    })
    void recreatingAnOwnedBucket(String bucketRegion, String endpoint, boolean succeeds) {
        assertThat(BucketRegionRules.recreationSucceeds(bucketRegion, endpoint)).isEqualTo(succeeds);
    }
}

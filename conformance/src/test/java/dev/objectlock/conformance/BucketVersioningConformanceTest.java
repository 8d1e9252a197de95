package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.VersioningConfiguration;

/** PutBucketVersioning / GetBucketVersioning: the three bucket states and request validation. */
class BucketVersioningConformanceTest extends Scenario {

    private static final String MALFORMED_XML_MESSAGE =
            "The XML you provided was not well-formed or did not validate against our published schema";

    @Test
    @AwsSource(
            rules = {"A.1", "A.2", "R12"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void neverConfiguredBucketReportsNoStatusAndNoMfaDelete() {
        String bucket = buckets.create();

        GetBucketVersioningResponse versioning = s3.getBucketVersioning(b -> b.bucket(bucket));

        assertThat(S3Steps.status(versioning)).isEqualTo(200);
        assertThat(versioning.status()).isNull();
        assertThat(versioning.mfaDelete()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.2", "A.8", "R12"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void enabledVersioningIsReportedWithoutMfaDelete() {
        String bucket = buckets.create();

        steps.enableVersioning(bucket);
        GetBucketVersioningResponse versioning = s3.getBucketVersioning(b -> b.bucket(bucket));

        assertThat(versioning.status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(versioning.mfaDelete())
                .as("MfaDelete appears only once configured")
                .isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.4", "A.8", "R12"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void suspendedVersioningIsReportedAsSuspendedNotUnversioned() {
        String bucket = buckets.createVersioned();

        steps.suspendVersioning(bucket);

        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.SUSPENDED);
    }

    @Test
    @AwsSource(
            rules = {"A.8"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void suspendedVersioningCanBeEnabledAgain() {
        String bucket = buckets.createVersioned();
        steps.suspendVersioning(bucket);

        steps.enableVersioning(bucket);

        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
    }

    @Test
    @AwsSource(
            rules = {"A.8", "R12"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void lowercaseStatusIsMalformedXml() {
        String bucket = buckets.create();

        assertS3Error(() ->
                        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status("enabled"))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML_MESSAGE);
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"A.8"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void disabledStatusIsMalformedXml() {
        String bucket = buckets.createVersioned();

        assertS3Error(() -> s3.putBucketVersioning(
                        b -> b.bucket(bucket).versioningConfiguration(v -> v.status("Disabled"))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML_MESSAGE);
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
    }

    @Test
    @AwsSource(
            rules = {"A.8", "R12"},
            value = "ls-api test_bucket_versioning_crud [AWS-recorded]")
    void emptyConfigurationIsIllegalVersioningConfiguration() {
        String bucket = buckets.create();

        assertS3Error(() -> s3.putBucketVersioning(b -> b.bucket(bucket)
                        .versioningConfiguration(
                                VersioningConfiguration.builder().build())))
                .hasStatus(400)
                .hasCode("IllegalVersioningConfigurationException")
                .hasMessage("The Versioning element must be specified");
    }

    @Test
    @AwsSource(
            rules = {"A.8"},
            value = "[0.1] NoSuchBucket carries <BucketName> [AWS-recorded ls-api]")
    void versioningOnMissingBucketIsNoSuchBucket() {
        String missing = buckets.unusedName();

        assertS3Error(() -> steps.enableVersioning(missing))
                .hasStatus(404)
                .hasCode("NoSuchBucket")
                .hasElement("BucketName", missing);
    }
}

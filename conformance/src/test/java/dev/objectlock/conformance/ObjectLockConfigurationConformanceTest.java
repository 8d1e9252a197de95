package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DefaultRetention;
import software.amazon.awssdk.services.s3.model.GetObjectLockConfigurationResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRule;

/**
 * Turning Object Lock on (at creation or later), Put/GetObjectLockConfiguration and its
 * validation, and what Object Lock does to versioning ([B.1]–[B.4], [A.8], [R13]–[R17]).
 */
class ObjectLockConfigurationConformanceTest extends ObjectLockScenario {

    private ObjectLockConfiguration configuration(String bucket) {
        return s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration();
    }

    private void putConfiguration(String bucket, Consumer<ObjectLockConfiguration.Builder> configuration) {
        s3.putObjectLockConfiguration(b -> b.bucket(bucket).objectLockConfiguration(configuration));
    }

    /** A lock bucket whose default retention is GOVERNANCE for 1 day, to show a rejected put changed nothing. */
    private String bucketWithOneDayGovernanceDefault() {
        String bucket = buckets.createWithObjectLock();
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);
        return bucket;
    }

    private void assertDefaultIsStillOneDayGovernance(String bucket) {
        DefaultRetention kept = configuration(bucket).rule().defaultRetention();
        assertThat(kept.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(kept.days()).isEqualTo(1);
    }

    private void assertMalformed(String bucket, Consumer<ObjectLockConfiguration.Builder> configuration) {
        assertS3Error(() -> putConfiguration(bucket, configuration))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
        assertDefaultIsStillOneDayGovernance(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.2", "B.3", "R13"},
            value = "ls-api test_get_put_object_lock_configuration "
                    + "[AWS-recorded]; s3-tests test_object_lock_put_obj_lock")
    void bucketCreatedWithObjectLockHasVersioningEnabledAndOnlyObjectLockEnabled() {
        String bucket = buckets.createWithObjectLock();

        GetObjectLockConfigurationResponse response = s3.getObjectLockConfiguration(b -> b.bucket(bucket));

        assertThat(S3Steps.status(response)).isEqualTo(200);
        assertThat(response.objectLockConfiguration().objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
        assertThat(response.objectLockConfiguration().rule()).isNull();
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
    }

    @Test
    @AwsSource(
            rules = {"B.3"},
            value = "[E10] [AWS-recorded]; [0.1] <BucketName> [AWS-recorded ls-api]")
    void bucketWithoutObjectLockHasNoLockConfiguration() {
        String bucket = buckets.createVersioned();

        assertS3Error(() -> configuration(bucket))
                .hasStatus(404)
                .hasCode("ObjectLockConfigurationNotFoundError")
                .hasMessage("Object Lock configuration does not exist for this bucket")
                .hasElement("BucketName", bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.3", "R14"},
            value = "ls-api test_put_object_lock_configuration_on_existing_bucket "
                    + "[AWS-recorded]; s3-tests test_object_lock_put_obj_lock_enable_after_create")
    void objectLockCanBeEnabledOnExistingVersionedBucket() {
        String bucket = buckets.createVersioned();

        putConfiguration(bucket, c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED));

        assertThat(configuration(bucket).objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
        assertThat(configuration(bucket).rule()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"B.3", "R14"},
            value = "ls-api test_put_object_lock_configuration_on_existing_bucket, " + "[E9] [AWS-recorded]")
    void objectLockOnUnversionedBucketIsInvalidBucketState() {
        String bucket = buckets.create();

        assertS3Error(() -> putConfiguration(bucket, c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)))
                .hasStatus(409)
                .hasCode("InvalidBucketState")
                .hasMessage("Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
        assertS3Error(() -> configuration(bucket)).hasStatus(404).hasCode("ObjectLockConfigurationNotFoundError");
    }

    @Test
    @AwsSource(
            rules = {"B.3", "R14"},
            value = "ls-api test_put_object_lock_configuration_on_existing_bucket, " + "[E9] [AWS-recorded]")
    void objectLockOnSuspendedBucketIsInvalidBucketState() {
        String bucket = buckets.createVersioned();
        steps.suspendVersioning(bucket);

        assertS3Error(() -> putConfiguration(bucket, c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)))
                .hasStatus(409)
                .hasCode("InvalidBucketState")
                .hasMessage("Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
        assertS3Error(() -> configuration(bucket)).hasStatus(404).hasCode("ObjectLockConfigurationNotFoundError");
    }

    @Test
    @AwsSource(
            rules = {"A.8", "B.3", "R15"},
            value = "ls-api test_disable_versioning_on_locked_bucket, " + "[E8] [AWS-recorded]")
    void suspendingVersioningOnLockBucketIsInvalidBucketState() {
        String bucket = buckets.createWithObjectLock();

        assertS3Error(() -> steps.suspendVersioning(bucket))
                .hasStatus(409)
                .hasCode("InvalidBucketState")
                .hasMessage("An Object Lock configuration is present on this bucket, so the versioning state "
                        + "cannot be changed.");
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
    }

    @Test
    @AwsSource(
            rules = {"A.8", "R15"},
            value = "ls-api test_disable_versioning_on_locked_bucket [AWS-recorded]")
    void enablingVersioningOnLockBucketIsAcceptedAsNoOp() {
        String bucket = buckets.createWithObjectLock();

        steps.enableVersioning(bucket);

        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(configuration(bucket).objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
    }

    @Test
    @AwsSource(
            rules = {"B.3", "R15"},
            value = "[B.3] \"Versioning can no longer be suspended\"; "
                    + "ls-api test_disable_versioning_on_locked_bucket [AWS-recorded]")
    void objectLockEnabledAfterCreationAlsoForbidsSuspending() {
        String bucket = buckets.createVersioned();
        putConfiguration(bucket, c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED));

        assertS3Error(() -> steps.suspendVersioning(bucket)).hasStatus(409).hasCode("InvalidBucketState");
        assertThat(s3.getBucketVersioning(b -> b.bucket(bucket)).status()).isEqualTo(BucketVersioningStatus.ENABLED);
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.2"},
            value = "ls-api test_get_put_object_lock_configuration [AWS-recorded]")
    void defaultRetentionInDaysIsReturnedAsPut() {
        String bucket = buckets.createWithObjectLock();

        putConfiguration(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(r -> r.defaultRetention(
                                d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(3))));

        ObjectLockConfiguration stored = configuration(bucket);
        assertThat(stored.objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
        assertThat(stored.rule().defaultRetention().mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(stored.rule().defaultRetention().days()).isEqualTo(3);
        assertThat(stored.rule().defaultRetention().years()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.2"},
            value = "ls-api test_get_put_object_lock_configuration [AWS-recorded]; "
                    + "Model DefaultRetention (Days | Years)")
    void defaultRetentionInYearsIsReturnedAsPut() {
        String bucket = buckets.createWithObjectLock();

        putConfiguration(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(r -> r.defaultRetention(
                                d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).years(1))));

        DefaultRetention stored = configuration(bucket).rule().defaultRetention();
        assertThat(stored.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        assertThat(stored.years()).isEqualTo(1);
        assertThat(stored.days()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"B.2", "R17"},
            value = "ls-api test_get_put_object_lock_configuration "
                    + "\"get-lock-config-only-enabled\" [AWS-recorded]")
    void enabledWithoutRuleRemovesTheDefaultRetention() {
        String bucket = bucketWithOneDayGovernanceDefault();

        putConfiguration(bucket, c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED));

        assertThat(configuration(bucket).objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
        assertThat(configuration(bucket).rule()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void emptyConfigurationIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(bucket, c -> {});
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void ruleWithoutObjectLockEnabledIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(
                bucket,
                c -> c.rule(r -> r.defaultRetention(
                        d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(2))));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]; "
                    + "s3-tests test_object_lock_put_obj_lock_invalid_status")
    void objectLockEnabledOtherThanEnabledIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(bucket, c -> c.objectLockEnabled("Disabled"));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void emptyRuleIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(ObjectLockRule.builder().build()));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void emptyDefaultRetentionIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(r -> r.defaultRetention(DefaultRetention.builder().build())));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void modeWithoutPeriodIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.COMPLIANCE))));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void lowercaseDefaultModeIsMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(r -> r.defaultRetention(d -> d.mode("governance").days(2))));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "ls-api test_put_object_lock_configuration_exc [AWS-recorded]")
    void daysAndYearsTogetherAreMalformedXml() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertMalformed(
                bucket,
                c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                        .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE)
                                .days(2)
                                .years(1))));
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "versitygw issue #1738 (raw AWS response), [E12] [AWS-recorded]")
    void zeroDaysIsInvalidArgumentNamingDays() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertS3Error(() -> putConfiguration(
                        bucket,
                        c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                                .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE)
                                        .days(0)))))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Default retention period must be a positive integer value.")
                .hasElement("ArgumentName", "Days");
        assertDefaultIsStillOneDayGovernance(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.4", "R16"},
            value = "versitygw issue #1738 (raw AWS response), [E12] [AWS-recorded]")
    void negativeDaysIsInvalidArgumentNamingDays() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertS3Error(() -> putConfiguration(
                        bucket,
                        c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                                .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE)
                                        .days(-1)))))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Default retention period must be a positive integer value.")
                .hasElement("ArgumentName", "Days");
        assertDefaultIsStillOneDayGovernance(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.4"},
            value = "vgw PutObjectLockConfiguration years <= 0; [E12]")
    void zeroYearsIsInvalidArgumentNamingYears() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertS3Error(() -> putConfiguration(
                        bucket,
                        c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                                .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE)
                                        .years(0)))))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Default retention period must be a positive integer value.")
                .hasElement("ArgumentName", "Years");
        assertDefaultIsStillOneDayGovernance(bucket);
    }

    @Test
    @AwsSource(
            rules = {"B.4"},
            value = "vgw PutObjectLockConfiguration missing body (MissingRequestBodyError)")
    void configurationWithoutBodyIsMissingRequestBody() {
        String bucket = bucketWithOneDayGovernanceDefault();

        assertS3Error(() -> s3.putObjectLockConfiguration(
                        b -> b.bucket(bucket).objectLockConfiguration((ObjectLockConfiguration) null)))
                .hasStatus(400)
                .hasCode("MissingRequestBodyError")
                .hasMessage("Request Body is empty");
        assertDefaultIsStillOneDayGovernance(bucket);
    }
}

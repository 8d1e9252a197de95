package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.TransitionDefaultMinimumObjectSize;

/**
 * What responses tell objects and uploads about lifecycle, and the configuration's default
 * transition minimum and generated rule IDs ([R97]-[R99], errors [E95], [E96]). No lifecycle run is
 * waited for, so every scenario runs against AWS too.
 */
class LifecycleHeadersConformanceTest extends ObjectLockScenario {

    private static final String API = "https://docs.aws.amazon.com/AmazonS3/latest/API/";
    private static final String LOCALSTACK =
            "LocalStack tests/aws/services/s3/test_s3.snapshot.json, TestS3BucketLifecycle::";

    private static LifecycleRule.Builder everything(String id) {
        return LifecycleRule.builder().id(id).status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""));
    }

    private static boolean atMidnightUtc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0;
    }

    @Test
    @AwsSource(
            rules = {"R97"},
            value = API + "API_CopyObject.html, API_CompleteMultipartUpload.html (Expiration); " + LOCALSTACK
                    + "test_bucket_lifecycle_configuration_object_expiry_versioned (no header with a versionId)")
    void copyAndCompleteTellTheirExpiryAndAReadByVersionIdDoesNot() {
        String bucket = buckets.createVersioned();
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                .lifecycleConfiguration(c ->
                        c.rules(everything("expire").expiration(x -> x.days(7)).build())));
        String source = s3.putObject(b -> b.bucket(bucket).key("source"), RequestBody.fromString("x"))
                .versionId();

        var copied = s3.copyObject(b -> b.sourceBucket(bucket)
                .sourceKey("source")
                .destinationBucket(bucket)
                .destinationKey("copy"));
        assertThat(copied.expiration()).contains("rule-id=\"expire\"").startsWith("expiry-date=\"");

        String uploadId =
                s3.createMultipartUpload(b -> b.bucket(bucket).key("mpu")).uploadId();
        String etag = s3.uploadPart(
                        b -> b.bucket(bucket).key("mpu").uploadId(uploadId).partNumber(1), RequestBody.fromString("p"))
                .eTag();
        var completed = s3.completeMultipartUpload(b -> b.bucket(bucket)
                .key("mpu")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
        assertThat(completed.expiration()).contains("rule-id=\"expire\"");

        assertThat(s3.headObject(b -> b.bucket(bucket).key("source")).expiration())
                .contains("rule-id=\"expire\"");
        assertThat(s3.headObject(b -> b.bucket(bucket).key("source").versionId(source))
                        .expiration())
                .isNull();
    }

    @Test
    @AwsSource(
            rules = {"R97"},
            value = API + "API_CreateMultipartUpload.html and API_ListParts.html (AbortDate, AbortRuleId)")
    void uploadsTellWhenTheAbortRuleTakesThem() {
        String bucket = buckets.create();
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                .lifecycleConfiguration(c -> c.rules(everything("abort")
                        .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(2))
                        .build())));

        var created = s3.createMultipartUpload(b -> b.bucket(bucket).key("mpu"));
        assertThat(created.abortRuleId()).isEqualTo("abort");
        assertThat(created.abortDate()).matches(LifecycleHeadersConformanceTest::atMidnightUtc);

        s3.uploadPart(
                b -> b.bucket(bucket).key("mpu").uploadId(created.uploadId()).partNumber(1),
                RequestBody.fromString("p"));
        var parts = s3.listParts(b -> b.bucket(bucket).key("mpu").uploadId(created.uploadId()));
        assertThat(parts.abortRuleId()).isEqualTo("abort");
        assertThat(parts.abortDate()).isEqualTo(created.abortDate());
        s3.abortMultipartUpload(b -> b.bucket(bucket).key("mpu").uploadId(created.uploadId()));
    }

    @Test
    @AwsSource(
            rules = {"R99", "E95"},
            value = API + "API_PutBucketLifecycleConfiguration.html (TransitionDefaultMinimumObjectSize); " + LOCALSTACK
                    + "test_s3_transition_default_minimum_object_size")
    void transitionDefaultMinimumIsEchoedKeptAndChecked() {
        String bucket = buckets.create();
        LifecycleRule rule = everything("expire").expiration(x -> x.days(7)).build();

        var varies = s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                .transitionDefaultMinimumObjectSize(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS)
                .lifecycleConfiguration(c -> c.rules(rule)));
        assertThat(varies.transitionDefaultMinimumObjectSize())
                .isEqualTo(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS);
        assertThat(s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).transitionDefaultMinimumObjectSize())
                .isEqualTo(TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS);

        var unset =
                s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(rule)));
        assertThat(unset.transitionDefaultMinimumObjectSize())
                .isEqualTo(TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K);
        assertThat(s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).transitionDefaultMinimumObjectSize())
                .isEqualTo(TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K);

        assertS3Error(() -> s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                        .transitionDefaultMinimumObjectSize("value")
                        .lifecycleConfiguration(c -> c.rules(rule))))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage("Invalid TransitionDefaultMinimumObjectSize found: value");
    }

    @Test
    @AwsSource(
            rules = {"R98", "E96"},
            value = API + "API_LifecycleRule.html (ID); " + LOCALSTACK
                    + "test_put_bucket_lifecycle_conf_exc (expired-delete-marker-and-days)")
    void ruleWithoutAnIdGetsOneAndAMarkerRuleWithDaysIsMalformed() {
        String bucket = buckets.createVersioned();
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                .lifecycleConfiguration(c -> c.rules(LifecycleRule.builder()
                        .status(ExpirationStatus.ENABLED)
                        .filter(f -> f.prefix(""))
                        .expiration(x -> x.days(3))
                        .build())));
        assertThat(s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules())
                .singleElement()
                .satisfies(r -> assertThat(r.id()).isNotBlank());

        assertS3Error(() -> s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket)
                        .lifecycleConfiguration(c -> c.rules(everything("both")
                                .expiration(x -> x.days(1).expiredObjectDeleteMarker(true))
                                .build()))))
                .hasStatus(400)
                .hasCode("MalformedXML");
    }
}

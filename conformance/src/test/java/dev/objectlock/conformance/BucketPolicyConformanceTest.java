package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorOnly;
import org.junit.jupiter.api.Test;

/**
 * Put/Get/DeleteBucketPolicy and GetBucketPolicyStatus (spec section E, bucket policy API: P50, P66,
 * P69, P70, errors E47 and E48). The policies put here deny, so Block Public Access (on by default for
 * new AWS buckets) lets them through, and none of them stands in the way of the suite's own calls.
 */
class BucketPolicyConformanceTest extends Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_SUCH_BUCKET_POLICY = "The bucket policy does not exist";
    private static final String NOT_JSON = "Policies must be valid JSON and the first byte must be '{'";

    /** The S3 User Guide's maximum-retention policy (object-lock-managing), with s3:PutObject added (P50). */
    private static String maximumRetention(String bucket) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"SetRetentionLimits\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":[\"s3:PutObjectRetention\",\"s3:PutObject\"],"
                + "\"Resource\":\"arn:aws:s3:::" + bucket + "/*\",\"Condition\":{\"NumericGreaterThan\":"
                + "{\"s3:object-lock-remaining-retention-days\":\"10\"}}}]}";
    }

    /** One statement of {@code effect} on the bucket's objects for everyone. */
    private static String everyone(String effect, String action, String bucket) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Principal\":\"*\","
                + "\"Action\":\"" + action + "\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}";
    }

    private void putPolicy(String bucket, String policy) {
        s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy));
    }

    private void assertMalformed(String bucket, String policy, String message) {
        assertS3Error(() -> putPolicy(bucket, policy))
                .hasStatus(400)
                .hasCode("MalformedPolicy")
                .hasMessage(message);
        assertS3Error(() -> s3.getBucketPolicy(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("NoSuchBucketPolicy");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    @AwsSource(
            rules = {"P66", "E47"},
            value = "ls-api test_bucket_policy_crud [AWS-recorded]")
    void bucketWithoutPolicyIsNoSuchBucketPolicyNamingTheBucket() {
        String bucket = buckets.create();

        assertS3Error(() -> s3.getBucketPolicy(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("NoSuchBucketPolicy")
                .hasMessage(NO_SUCH_BUCKET_POLICY)
                .hasElement("BucketName", bucket);
    }

    @Test
    @AwsSource(
            rules = {"P50", "P66"},
            value = "ls-api test_bucket_policy_crud [AWS-recorded]; "
                    + "UG object-lock-managing (the maximum-retention policy)")
    void maximumRetentionPolicyIsPutReadAndDeleted() {
        String bucket = buckets.create();

        int put = S3Steps.status(s3.putBucketPolicy(b -> b.bucket(bucket).policy(maximumRetention(bucket))));
        String stored = s3.getBucketPolicy(b -> b.bucket(bucket)).policy();
        int deleted = S3Steps.status(s3.deleteBucketPolicy(b -> b.bucket(bucket)));

        assertThat(put).isEqualTo(204);
        // The same document; whether AWS keeps the text byte for byte is not recorded (P66 [UNCERTAIN]).
        assertThat(json(stored)).isEqualTo(json(maximumRetention(bucket)));
        assertThat(deleted).isEqualTo(204);
        assertS3Error(() -> s3.getBucketPolicy(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("NoSuchBucketPolicy");
    }

    @Test
    @AwsSource(
            rules = {"P66"},
            value = "ls-api test_bucket_policy_crud [AWS-recorded]")
    void deletingAPolicyThatDoesNotExistIs204() {
        String bucket = buckets.create();

        assertThat(S3Steps.status(s3.deleteBucketPolicy(b -> b.bucket(bucket)))).isEqualTo(204);
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "ls-api test_bucket_policy_exc [AWS-recorded]")
    void emptyPolicyIsMalformedPolicy() {
        String bucket = buckets.create();

        assertMalformed(bucket, "", NOT_JSON);
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "ls-api test_bucket_policy_exc [AWS-recorded]")
    void policyThatIsNoJsonIsMalformedPolicy() {
        String bucket = buckets.create();

        assertMalformed(bucket, "invalid json", NOT_JSON);
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "ls-api test_bucket_policy_exc [AWS-recorded]")
    void policyWithoutStatementIsMalformedPolicy() {
        String bucket = buckets.create();

        assertMalformed(bucket, "{}", "Missing required field Statement");
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "noobaa/noobaa-core#10058 [AWS-recorded]")
    void policyOnAnotherBucketsObjectsIsInvalidResource() {
        String bucket = buckets.create();

        assertMalformed(bucket, everyone("Deny", "s3:PutObject", buckets.unusedName()), "Policy has invalid resource");
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "versity/versitygw#645 [AWS-recorded]")
    void objectActionOnTheBucketArnDoesNotApply() {
        String bucket = buckets.create();
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::" + bucket + "\"}]}";

        assertMalformed(bucket, policy, "Action does not apply to any resource(s) in statement");
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "versitygw (Invalid effect) [vgw]")
    void unknownEffectIsMalformedPolicy() {
        String bucket = buckets.create();

        assertMalformed(bucket, everyone("Forbid", "s3:PutObject", bucket), "Invalid effect: Forbid");
    }

    @Test
    @AwsSource(
            rules = {"P70"},
            value = "API reference GetBucketPolicyStatus; UG access-control-block-public-access "
                    + "(The meaning of \"public\")")
    void denyingPolicyIsNotPublic() {
        String bucket = buckets.create();
        putPolicy(bucket, maximumRetention(bucket));

        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(bucket))
                        .policyStatus()
                        .isPublic())
                .isFalse();
    }

    @Test
    @EmulatorOnly(
            reason = "AWS Block Public Access, on by default for new buckets, refuses a public policy with "
                    + "403 AccessDenied (P70); the emulator does not model Block Public Access")
    @AwsSource(
            rules = {"P70"},
            value = "API reference GetBucketPolicyStatus; UG access-control-block-public-access "
                    + "(The meaning of \"public\")")
    void allowToEveryoneIsPublic() {
        String bucket = buckets.create();
        putPolicy(bucket, everyone("Allow", "s3:GetObject", bucket));

        assertThat(s3.getBucketPolicyStatus(b -> b.bucket(bucket))
                        .policyStatus()
                        .isPublic())
                .isTrue();
    }

    @Test
    @AwsSource(
            rules = {"E47"},
            value = "cloudquery/cloudquery#12163 [AWS-recorded]")
    void bucketWithoutPolicyHasNoPolicyStatus() {
        String bucket = buckets.create();

        assertS3Error(() -> s3.getBucketPolicyStatus(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("NoSuchBucketPolicy")
                .hasMessage(NO_SUCH_BUCKET_POLICY);
    }
}

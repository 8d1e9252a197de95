package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorOnly;
import dev.objectlock.conformance.target.Principals;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * Bucket policies deciding for principals ([P.9], [P.10]): the documented maximum-retention
 * policy with s3:PutObject included ([P50]), explicit deny in a bucket policy beating an identity
 * Allow, the implicit deny, who may manage the policy, and the principal check of PutBucketPolicy.
 */
class BucketPolicyPermissionConformanceTest extends PermissionScenario {

    /** The User Guide's policy capping retention at 10 days, with s3:PutObject added ([P50]). */
    private static String maximumRetention(String bucket) {
        return "{\"Sid\":\"SetRetentionLimits\",\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":[\"s3:PutObjectRetention\",\"s3:PutObject\"],\"Resource\":\"" + bucketArn(bucket)
                + "/*\",\"Condition\":{\"NumericGreaterThan\":{\"s3:object-lock-remaining-retention-days\":\"10\"}}}";
    }

    private Instant daysAhead(int days) {
        return now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private int putGovernance(String bucket, String key, Instant until) {
        return S3Steps.status(app().putObject(
                        b -> b.bucket(bucket)
                                .key(key)
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(until),
                        RequestBody.fromString("x")));
    }

    @Test
    @AwsSource(
            rules = {"P50", "P58", "P72"},
            value = "UG object-lock-managing (the maximum-retention policy) [Docs]; "
                    + "noobaa/noobaa-core#10060 (resource-based deny message) [AWS-recorded]")
    void maximumRetentionPolicyRefusesLongerRetentionOnPutObjectAndPutObjectRetention() {
        String bucket = buckets.createWithObjectLock();
        putPolicy(bucket, maximumRetention(bucket));

        assertS3Error(() -> putGovernance(bucket, "long", daysAhead(30)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.APP, "s3:PutObject", objectArn(bucket, "long"), BUCKET_POLICY_DENY));
        int shortPut = putGovernance(bucket, "short", daysAhead(5));
        String versionId = s3.headObject(b -> b.bucket(bucket).key("short")).versionId();
        assertS3Error(() -> app().putObjectRetention(b -> b.bucket(bucket)
                        .key("short")
                        .versionId(versionId)
                        .retention(
                                r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(daysAhead(30)))))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(
                        Principals.APP, "s3:PutObjectRetention", objectArn(bucket, "short"), BUCKET_POLICY_DENY));

        assertThat(shortPut).isEqualTo(200);
    }

    @Test
    @AwsSource(
            rules = {"P49", "P56"},
            value = "IAM reference_policies_elements_condition_operators (absent key) [Docs]; P49 [UNCERTAIN]")
    void maximumRetentionPolicyLetsWritesWithoutLockHeadersThrough() {
        String bucket = buckets.createWithObjectLock();
        putPolicy(bucket, maximumRetention(bucket));

        int put = S3Steps.status(app().putObject(b -> b.bucket(bucket).key("plain"), RequestBody.fromString("x")));

        assertThat(put).isEqualTo(200);
    }

    @Test
    @AwsSource(
            rules = {"P58", "P65", "P72"},
            value = "IAM reference_policies_evaluation-logic [Docs]; noobaa/noobaa-core#10060 [AWS-recorded]")
    void explicitDenyInTheBucketPolicyBeatsTheIdentityAllowUntilItIsDeleted() {
        String bucket = buckets.createVersioned();
        steps.put(bucket, "k", "x");
        putPolicy(bucket, denyStatement(Principals.APP, bucketArn(bucket) + "/*", "s3:GetObject"));

        assertS3Error(() -> app().getObjectAsBytes(b -> b.bucket(bucket).key("k")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.APP, "s3:GetObject", objectArn(bucket, "k"), BUCKET_POLICY_DENY));
        String ownerRead = steps.read(bucket, "k");
        s3.deleteBucketPolicy(b -> b.bucket(bucket));
        String appRead = app().getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String();

        assertThat(ownerRead).isEqualTo("x");
        assertThat(appRead).isEqualTo("x");
    }

    @Test
    @AwsSource(
            rules = {"P62", "P72"},
            value = "aws-samples/serverless-patterns#2457, aws-ia/terraform-aws-bedrock#41 [AWS-recorded]")
    void principalWithoutAnyAllowIsImplicitlyDenied() {
        String bucket = buckets.create();

        assertS3Error(() -> auditor().putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.AUDITOR, "s3:PutObject", objectArn(bucket, "k"), IMPLICIT));
    }

    @Test
    @AwsSource(
            rules = {"P67", "P72"},
            value = "Model PutBucketPolicy, GetBucketPolicy [Docs]")
    void managingTheBucketPolicyNeedsItsOwnActions() {
        String bucket = buckets.create();

        assertS3Error(() -> auditor()
                        .putBucketPolicy(b -> b.bucket(bucket)
                                .policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                                        + denyStatement(Principals.APP, bucketArn(bucket) + "/*", "s3:GetObject")
                                        + "]}")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.AUDITOR, "s3:PutBucketPolicy", bucketArn(bucket), IMPLICIT));
        assertS3Error(() -> auditor().deleteBucketPolicy(b -> b.bucket(bucket)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.AUDITOR, "s3:DeleteBucketPolicy", bucketArn(bucket), IMPLICIT));
    }

    @Test
    @AwsSource(
            rules = {"P69", "E48"},
            value = "cloud-custodian/cloud-custodian#4948 [AWS-recorded]")
    void policyNamingAUserThatDoesNotExistIsInvalidPrincipal() {
        String bucket = buckets.create();
        String nobody = "{\"AWS\":\"arn:aws:iam::" + principals.accountId() + ":user/olconf-no-such-user\"}";

        assertS3Error(() -> putPolicy(bucket, statement("Deny", nobody, bucketArn(bucket) + "/*", "s3:GetObject")))
                .hasStatus(400)
                .hasCode("MalformedPolicy")
                .hasMessage("Invalid principal in policy");
    }

    @Test
    @EmulatorOnly(
            reason = "the aws target's own credentials are usually an IAM user's, not the account root's, and "
                    + "only the root is exempt")
    @AwsSource(
            rules = {"P60"},
            value = "Model PutBucketPolicy; UG 2023 troubleshoot-403-errors [Docs]")
    void ownerRootCannotLockItselfOutOfTheBucketPolicy() {
        String bucket = buckets.create();
        putPolicy(
                bucket,
                statement(
                        "Deny",
                        "\"*\"",
                        bucketArn(bucket),
                        "s3:GetBucketPolicy",
                        "s3:PutBucketPolicy",
                        "s3:DeleteBucketPolicy"));

        String read = s3.getBucketPolicy(b -> b.bucket(bucket)).policy();
        int deleted = S3Steps.status(s3.deleteBucketPolicy(b -> b.bucket(bucket)));

        assertThat(read).contains("s3:DeleteBucketPolicy");
        assertThat(deleted).isEqualTo(204);
    }
}

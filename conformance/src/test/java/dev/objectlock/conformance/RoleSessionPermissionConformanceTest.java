package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Principals;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * A role session as caller ([P.1], [P7], [P8]): it signs with a temporary key and its session
 * token, is authorised by its role's policies, is named by its session ARN in refusals, and is
 * reached by a bucket policy naming the role. The {@code writer} role may only put and read.
 */
class RoleSessionPermissionConformanceTest extends PermissionScenario {

    @BeforeEach
    void needsTheWriterSession() {
        Assumptions.assumeTrue(
                principals.has(Principals.WRITER),
                "the aws target has no role session: pass -Dconformance.principal.writer.profile and .arn "
                        + "(conformance/README.md, Permissions scenarios)");
    }

    private S3Client writer() {
        return principals.client(Principals.WRITER);
    }

    /** {@code arn:aws:sts::ACCT:assumed-role/ROLE/SESSION} to {@code arn:aws:iam::ACCT:role/ROLE}. */
    private String roleArn() {
        String session = principals.arn(Principals.WRITER);
        String[] parts = session.split(":", 6);
        String role = parts[5].split("/")[1];
        return "arn:aws:iam::" + parts[4] + ":role/" + role;
    }

    @Test
    @AwsSource(
            rules = {"P7", "P62", "P72"},
            value = "aws-ia/terraform-aws-bedrock#41 (a role is named by its session ARN) [AWS-recorded]")
    void sessionActsWithItsRolesPoliciesAndIsNamedByItsSessionArn() {
        String bucket = buckets.createWithObjectLock();

        int plain = S3Steps.status(writer().putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x")));
        assertS3Error(() -> writer().putObject(
                                b -> b.bucket(bucket)
                                        .key("locked")
                                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                                        .objectLockRetainUntilDate(governanceUntil()),
                                RequestBody.fromString("x")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.WRITER, "s3:PutObjectRetention", objectArn(bucket, "locked"), IMPLICIT));

        assertThat(plain).isEqualTo(200);
    }

    @Test
    @AwsSource(
            rules = {"P58", "P72"},
            value = "IAM reference_policies_elements_principal (a role ARN covers its sessions) [Docs]")
    void bucketPolicyDenyNamingTheRoleReachesItsSessions() {
        String bucket = buckets.createVersioned();
        steps.put(bucket, "k", "x");
        putPolicy(
                bucket, statement("Deny", "{\"AWS\":\"" + roleArn() + "\"}", bucketArn(bucket) + "/*", "s3:GetObject"));

        assertS3Error(() -> writer().getObjectAsBytes(b -> b.bucket(bucket).key("k")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.WRITER, "s3:GetObject", objectArn(bucket, "k"), BUCKET_POLICY_DENY));
    }

    @Test
    @AwsSource(
            rules = {"P8", "E44"},
            value = "aws/aws-sdk-js#3534 [AWS-recorded]")
    void garbledSessionTokenIsInvalidToken() {
        String bucket = buckets.create();
        AwsSessionCredentials real = (AwsSessionCredentials)
                principals.credentials(Principals.WRITER).resolveCredentials();
        AwsSessionCredentials garbled =
                AwsSessionCredentials.create(real.accessKeyId(), real.secretAccessKey(), "garbled-token");

        try (S3Client client = principals.newClient(
                Principals.WRITER, b -> b.credentialsProvider(StaticCredentialsProvider.create(garbled)))) {
            assertS3Error(() -> client.getObjectAsBytes(b -> b.bucket(bucket).key("k")))
                    .hasStatus(400)
                    .hasCode("InvalidToken")
                    .hasMessage("The provided token is malformed or otherwise invalid.");
        }
    }
}

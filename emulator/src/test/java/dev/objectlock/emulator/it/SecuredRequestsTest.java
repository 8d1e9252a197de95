package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.headError;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.SecuredIdentities.Callers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * Secured mode request by request (issue 12; [P.1], E.6, E.11): who the caller is, what an unknown
 * key, an anonymous caller and a refused action get, and the order of [P47].
 */
class SecuredRequestsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    private static Callers as;

    @BeforeAll
    static void clients() {
        as = Callers.of(s3);
    }

    @BeforeEach
    void bucket() {
        as.root().createBucket(b -> b.bucket("docs"));
    }

    // P3, E29: an access key no identity has.
    @Test
    void anUnknownAccessKeyIsInvalidAccessKeyId() {
        S3Client stranger = s3.client(b -> b.credentialsProvider(SecuredIdentities.credentials("AKIASTRANGER0000000")));

        var e = s3Error(() -> stranger.listBuckets(), 403, "InvalidAccessKeyId");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The AWS Access Key Id you provided does not exist in our records.");
        assertThat(errorElement(e, "AWSAccessKeyId")).hasValue("AKIASTRANGER0000000");
    }

    // P72: no Allow anywhere is an implicit deny, with the detailed same-account message.
    @Test
    void anActionNoPolicyAllowsIsRefusedWithTheDetailedMessage() {
        var e = s3Error(
                () -> as.auditor().putObject(b -> b.bucket("docs").key("a/b.txt"), RequestBody.fromString("x")),
                403,
                "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("User: arn:aws:iam::123456789012:user/auditor is "
                        + "not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::docs/a/b.txt\" because no "
                        + "identity-based policy allows the s3:PutObject action");
    }

    // P33, P71: without credentials a caller is anonymous: refused with the plain message.
    @Test
    void anAnonymousCallerIsRefusedWithThePlainMessage() {
        as.app().putObject(b -> b.bucket("docs").key("k"), RequestBody.fromString("x"));

        var get = s3Error(() -> as.anonymous().getObject(b -> b.bucket("docs").key("k")), 403, "AccessDenied");
        var list = s3Error(() -> as.anonymous().listBuckets(), 403, "AccessDenied");

        assertThat(get.awsErrorDetails().errorMessage()).isEqualTo("Access Denied");
        assertThat(list.awsErrorDetails().errorMessage()).isEqualTo("Access Denied");
    }

    // P38, P47: the bucket is looked up before any permission.
    @Test
    void aMissingBucketIs404BeforeAnyPermission() {
        s3Error(
                () -> as.auditor().putObject(b -> b.bucket("nowhere").key("k"), RequestBody.fromString("x")),
                404,
                "NoSuchBucket");
    }

    // P47, P42 ([R28]): the bypass header on a bucket without Object Lock is InvalidArgument, before authorisation.
    @Test
    void theBypassHeaderOnAPlainBucketIsInvalidArgumentBeforeAuthorisation() {
        s3Error(
                () -> as.app().deleteObject(b -> b.bucket("docs").key("k").bypassGovernanceRetention(true)),
                400,
                "InvalidArgument");
    }

    // P37: a missing key is 404 for a caller who may list the bucket.
    @Test
    void aMissingKeyIs404ForACallerWhoMayList() {
        s3Error(() -> as.auditor().getObject(b -> b.bucket("docs").key("missing")), 404, "NoSuchKey");
        headError(() -> as.auditor().headObject(b -> b.bucket("docs").key("missing")), 404);
    }

    // P40: ListBuckets lists every bucket of the account, whatever the per-bucket permissions.
    @Test
    void listBucketsListsTheAccountsBuckets() {
        as.admin().createBucket(b -> b.bucket("reports"));

        assertThat(as.auditor().listBuckets().buckets())
                .extracting(Bucket::name)
                .containsExactly("docs", "reports");
    }

    // E.6: S3 Control jobs are authorised too; no bucket policy applies (P57).
    @Test
    void s3ControlRequestsAreAuthorised() {
        try (S3ControlClient auditor = EmulatorFixture.controlClientFor(
                s3.endpoint(),
                b -> b.credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(SecuredIdentities.AUDITOR_KEY, "auditor-secret"))))) {
            assertThat(auditor.listJobs(b -> b.accountId(SecuredIdentities.ACCOUNT))
                            .jobs())
                    .isEmpty();

            var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                    software.amazon.awssdk.services.s3control.model.S3ControlException.class,
                    () -> auditor.describeJob(
                            b -> b.accountId(SecuredIdentities.ACCOUNT).jobId("j-1")));

            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(SecuredIdentities.notAllowed(
                            SecuredIdentities.AUDITOR_ARN,
                            "s3:DescribeJob",
                            "arn:aws:s3:us-east-1:123456789012:job/j-1"));
        }
    }
}

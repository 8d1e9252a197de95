package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Principals;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The truth table of [P.7]: weakening GOVERNANCE (shortening the retention, deleting the version)
 * needs the permission s3:BypassGovernanceRetention **and** the header. The admin holds the
 * permission; the app is explicitly denied it in its identity policy. Each scenario checks both
 * weakenings for one cell of permission × header.
 */
class GovernanceBypassPermissionConformanceTest extends PermissionScenario {

    /** A lock bucket with two GOVERNANCE versions, one to shorten and one to delete. */
    private record Locked(String bucket, String toShorten, String toDelete, Instant until) {}

    private Locked lockedVersions() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        return new Locked(
                bucket,
                putLocked(bucket, "shorten", ObjectLockRetentionMode.GOVERNANCE, until),
                putLocked(bucket, "delete", ObjectLockRetentionMode.GOVERNANCE, until),
                until);
    }

    private static void shorten(S3Client client, Locked locked, boolean bypass) {
        client.putObjectRetention(b -> {
            b.bucket(locked.bucket())
                    .key("shorten")
                    .versionId(locked.toShorten())
                    .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE)
                            .retainUntilDate(locked.until().minusSeconds(60)));
            if (bypass) {
                b.bypassGovernanceRetention(true);
            }
        });
    }

    private static int delete(S3Client client, Locked locked, boolean bypass) {
        return S3Steps.status(client.deleteObject(b -> {
            b.bucket(locked.bucket()).key("delete").versionId(locked.toDelete());
            if (bypass) {
                b.bypassGovernanceRetention(true);
            }
        }));
    }

    @Test
    @AwsSource(
            rules = {"P41"},
            value = "UG object-lock-managing [Docs]; ls-s3 test_s3_object_retention [AWS-recorded]")
    void permissionAndHeaderTogetherBypassGovernance() {
        Locked locked = lockedVersions();

        shorten(admin(), locked, true);
        int deleted = delete(admin(), locked, true);

        assertThat(retention(locked.bucket(), "shorten", locked.toShorten()).retainUntilDate())
                .isEqualTo(locked.until().minusSeconds(60));
        assertThat(deleted).isEqualTo(204);
    }

    @Test
    @AwsSource(
            rules = {"P41"},
            value = "UG object-lock-managing [Docs]; ls-s3 [AWS-recorded]")
    void permissionWithoutHeaderIsRefusedByTheLock() {
        Locked locked = lockedVersions();

        assertS3Error(() -> shorten(admin(), locked, false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertS3Error(() -> delete(admin(), locked, false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
    }

    @Test
    @AwsSource(
            rules = {"P41", "P58", "P72"},
            value = "UG object-lock-overview (bypass needs the permission) [Docs]; UG troubleshoot-403-errors "
                    + "(identity-based explicit deny message) [Docs; bypass message UNCERTAIN]")
    void headerWithoutPermissionIsAPermissionRefusalNamingTheBypassAction() {
        Locked locked = lockedVersions();

        assertS3Error(() -> shorten(app(), locked, true))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(
                        Principals.APP,
                        "s3:BypassGovernanceRetention",
                        objectArn(locked.bucket(), "shorten"),
                        IDENTITY_POLICY_DENY));
        assertS3Error(() -> delete(app(), locked, true))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(
                        Principals.APP,
                        "s3:BypassGovernanceRetention",
                        objectArn(locked.bucket(), "delete"),
                        IDENTITY_POLICY_DENY));
        assertThat(retention(locked.bucket(), "shorten", locked.toShorten()).retainUntilDate())
                .isEqualTo(locked.until());
    }

    @Test
    @AwsSource(
            rules = {"P41"},
            value = "UG object-lock-managing [Docs]; ls-s3 [AWS-recorded]")
    void neitherPermissionNorHeaderIsRefusedByTheLock() {
        Locked locked = lockedVersions();

        assertS3Error(() -> shorten(app(), locked, false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertS3Error(() -> delete(app(), locked, false))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
    }

    @Test
    @AwsSource(
            rules = {"P45"},
            value = "UG object-lock-overview (extending needs only s3:PutObjectRetention) [Docs]")
    void extendingGovernanceNeedsNoBypass() {
        Locked locked = lockedVersions();
        Instant later = locked.until().plusSeconds(60);

        app().putObjectRetention(b -> b.bucket(locked.bucket())
                .key("shorten")
                .versionId(locked.toShorten())
                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(later)));

        assertThat(retention(locked.bucket(), "shorten", locked.toShorten()).retainUntilDate())
                .isEqualTo(later);
    }

    @Test
    @AwsSource(
            rules = {"P43"},
            value = "UG object-lock-overview (COMPLIANCE binds every user) [Docs]")
    void complianceBindsEvenThePrincipalAllowedToBypass() {
        String bucket = buckets.createWithObjectLock();
        Instant until = complianceUntil();
        String versionId = putLocked(bucket, "k", ObjectLockRetentionMode.COMPLIANCE, until);

        assertS3Error(() -> admin().deleteObject(b ->
                        b.bucket(bucket).key("k").versionId(versionId).bypassGovernanceRetention(true)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Principals;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;

/**
 * Who may place and lift a legal hold ([P44]): whoever is allowed s3:PutObjectLegalHold, with no
 * bypass involved; reading it is s3:GetObjectLegalHold. A hold binds everyone, the principal
 * allowed to bypass GOVERNANCE included ([P43]).
 */
class LegalHoldPermissionConformanceTest extends PermissionScenario {

    private static void hold(S3Client client, String bucket, String versionId, ObjectLockLegalHoldStatus status) {
        client.putObjectLegalHold(
                b -> b.bucket(bucket).key("k").versionId(versionId).legalHold(h -> h.status(status)));
    }

    @Test
    @AwsSource(
            rules = {"P44", "P62", "P72"},
            value = "UG object-lock-overview [Docs]; UG troubleshoot-403-errors (message) [Docs]")
    void auditorReadsAHoldButCannotLiftIt() {
        String bucket = buckets.createWithObjectLock();
        String versionId = putOnLegalHold(bucket, "k");

        ObjectLockLegalHoldStatus seen = auditor()
                .getObjectLegalHold(b -> b.bucket(bucket).key("k").versionId(versionId))
                .legalHold()
                .status();
        assertS3Error(() -> hold(auditor(), bucket, versionId, ObjectLockLegalHoldStatus.OFF))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.AUDITOR, "s3:PutObjectLegalHold", objectArn(bucket, "k"), IMPLICIT));

        assertThat(seen).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(legalHold(bucket, "k", versionId)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"P44"},
            value = "UG object-lock-overview (no bypass for legal holds) [Docs]")
    void principalWithoutBypassPlacesAndLiftsAHold() {
        String bucket = buckets.createWithObjectLock();
        String versionId = steps.putVersion(bucket, "k", "x");

        hold(app(), bucket, versionId, ObjectLockLegalHoldStatus.ON);
        ObjectLockLegalHoldStatus placed = legalHold(bucket, "k", versionId);
        hold(app(), bucket, versionId, ObjectLockLegalHoldStatus.OFF);
        int deleted =
                S3Steps.status(app().deleteObject(b -> b.bucket(bucket).key("k").versionId(versionId)));

        assertThat(placed).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(deleted).isEqualTo(204);
    }

    @Test
    @AwsSource(
            rules = {"P59"},
            value = "IAM reference_policies_evaluation-logic (same-account table) [Docs]")
    void bucketPolicyAllowLetsTheAuditorPlaceAHold() {
        String bucket = buckets.createWithObjectLock();
        putPolicy(bucket, allowStatement(Principals.AUDITOR, bucketArn(bucket) + "/*", "s3:PutObjectLegalHold"));
        String versionId = steps.putVersion(bucket, "k", "x");

        hold(auditor(), bucket, versionId, ObjectLockLegalHoldStatus.ON);

        assertThat(legalHold(bucket, "k", versionId)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"P43"},
            value = "UG object-lock-overview (a legal hold binds every user) [Docs]")
    void holdBindsEvenThePrincipalAllowedToBypass() {
        String bucket = buckets.createWithObjectLock();
        String versionId = putOnLegalHold(bucket, "k");

        assertS3Error(() -> admin().deleteObject(b ->
                        b.bucket(bucket).key("k").versionId(versionId).bypassGovernanceRetention(true)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.legalHold;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.SecuredIdentities.Callers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;

/**
 * Legal holds are set and lifted by whoever may s3:PutObjectLegalHold, with no bypass involved (spec
 * P44; UG object-lock-overview): "an auditor can read but never lift a hold" (issue 12). The auditor's
 * identity policy allows s3:Get* and s3:List* and denies s3:PutObjectLegalHold.
 */
class LegalHoldPermissionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    private static Callers as;
    private String v1;

    @BeforeAll
    static void clients() {
        as = Callers.of(s3);
    }

    @BeforeEach
    void heldVersion() {
        createLockBucket(as.root(), "locked");
        v1 = put(as.app(), "locked", "k", "evidence");
        legalHold(as.app(), "locked", "k", v1, ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void theAuditorReadsTheHoldButCannotLiftIt() {
        assertThat(as.auditor()
                        .getObjectLegalHold(b -> b.bucket("locked").key("k").versionId(v1))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);

        var e = s3Error(
                () -> legalHold(as.auditor(), "locked", "k", v1, ObjectLockLegalHoldStatus.OFF), 403, "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(SecuredIdentities.explicitlyDenied(
                        SecuredIdentities.AUDITOR_ARN,
                        "s3:PutObjectLegalHold",
                        "arn:aws:s3:::locked/k",
                        "identity-based"));
        assertThat(as.root()
                        .getObjectLegalHold(b -> b.bucket("locked").key("k").versionId(v1))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void theAuditorCannotPlaceAHoldThroughPutObjectEither() {
        var e = s3Error(
                () -> as.auditor()
                        .putObject(
                                b -> b.bucket("locked")
                                        .key("other")
                                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                                RequestBody.fromString("x")),
                403,
                "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage())
                .as("s3:PutObject comes first (P36)")
                .isEqualTo(SecuredIdentities.notAllowed(
                        SecuredIdentities.AUDITOR_ARN, "s3:PutObject", "arn:aws:s3:::locked/other"));
    }

    @Test
    void whoeverMayPutLegalHoldsLiftsIt() {
        legalHold(as.admin(), "locked", "k", v1, ObjectLockLegalHoldStatus.OFF);

        as.app().deleteObject(b -> b.bucket("locked").key("k").versionId(v1));
    }

    // P39: GET and HEAD show the lock headers to whoever may read them: the auditor may (s3:Get*).
    @Test
    void theAuditorSeesTheLockHeaders() {
        assertThat(as.auditor().headObject(b -> b.bucket("locked").key("k")).objectLockLegalHoldStatus())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.PROTECTED;
import static dev.objectlock.emulator.it.LockSupport.T0;
import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.LockSupport.days;
import static dev.objectlock.emulator.it.LockSupport.put;
import static dev.objectlock.emulator.it.LockSupport.putWithRetention;
import static dev.objectlock.emulator.it.LockSupport.versionExists;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.SecuredIdentities.Callers;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The GOVERNANCE bypass truth table of [P.7] in secured mode: only a caller allowed
 * s3:BypassGovernanceRetention that also sends {@code x-amz-bypass-governance-retention: true} gets
 * past GOVERNANCE retention (UG object-lock-overview; P41). The header without the permission is a
 * permission refusal naming the bypass action, checked before the version (P42, P47); without the
 * header, the lock refusal. COMPLIANCE binds everyone, root included (P43).
 */
class GovernanceBypassPermissionTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    private static Callers as;

    @BeforeAll
    static void clients() {
        as = Callers.of(s3);
    }

    @BeforeEach
    void lockBucket() {
        s3.emulator().clock().set(T0);
        createLockBucket(as.root(), "locked");
    }

    static Stream<Arguments> truthTable() {
        return Stream.of(
                // header, caller allowed the bypass, outcome          -- [P.7]
                Arguments.of(Boolean.TRUE, true, "removed"),
                Arguments.of(Boolean.TRUE, false, "permission refusal"),
                Arguments.of(null, true, "lock refusal"),
                Arguments.of(Boolean.FALSE, true, "lock refusal"),
                Arguments.of(null, false, "lock refusal"),
                Arguments.of(Boolean.FALSE, false, "lock refusal"));
    }

    @ParameterizedTest(name = "DeleteObject(version), header {0}, bypass allowed {1}: {2}")
    @MethodSource("truthTable")
    void deletingAGovernanceVersion(Boolean header, boolean allowed, String outcome) {
        String v1 = putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.GOVERNANCE, days(30));
        S3Client caller = allowed ? as.admin() : as.app();

        Runnable delete = () -> caller.deleteObject(
                b -> b.bucket("locked").key("k").versionId(v1).bypassGovernanceRetention(header));

        expect(outcome, delete, "s3:DeleteObjectVersion");
        assertThat(versionExists(as.root(), "locked", v1)).isEqualTo(!outcome.equals("removed"));
    }

    @ParameterizedTest(name = "PutObjectRetention shortening, header {0}, bypass allowed {1}: {2}")
    @MethodSource("truthTable")
    void shorteningAGovernanceRetention(Boolean header, boolean allowed, String outcome) {
        String v1 = putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.GOVERNANCE, days(30));
        S3Client caller = allowed ? as.admin() : as.app();

        Runnable shorten = () -> caller.putObjectRetention(b -> b.bucket("locked")
                .key("k")
                .versionId(v1)
                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(days(1)))
                .bypassGovernanceRetention(header));

        expect(outcome, shorten, "s3:PutObjectRetention");
        assertThat(as.root()
                        .getObjectRetention(b -> b.bucket("locked").key("k").versionId(v1))
                        .retention()
                        .retainUntilDate())
                .isEqualTo(outcome.equals("removed") ? days(1) : days(30));
    }

    // P42: with the header true the bypass permission is evaluated even though nothing is locked.
    @Test
    void theBypassHeaderWithoutThePermissionIsRefusedEvenOnAnUnlockedVersion() {
        String v1 = put(as.app(), "locked", "k", "not locked");

        var e = s3Error(
                () -> as.app()
                        .deleteObject(
                                b -> b.bucket("locked").key("k").versionId(v1).bypassGovernanceRetention(true)),
                403,
                "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo(SecuredIdentities.notAllowed(
                        SecuredIdentities.APP_ARN, "s3:BypassGovernanceRetention", "arn:aws:s3:::locked/k"));
        as.app().deleteObject(b -> b.bucket("locked").key("k").versionId(v1));
    }

    // P43: COMPLIANCE cannot be bypassed by anyone, the account root included.
    @Test
    void complianceBindsTheRootWhateverItSends() {
        String v1 = putWithRetention(as.root(), "locked", "k", "x", ObjectLockMode.COMPLIANCE, days(30));

        var e = s3Error(
                () -> as.root()
                        .deleteObject(
                                b -> b.bucket("locked").key("k").versionId(v1).bypassGovernanceRetention(true)),
                403,
                "AccessDenied");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(PROTECTED);
    }

    // P60: the root needs no identity policy; with the header it gets past GOVERNANCE.
    @Test
    void theRootMayBypassGovernance() {
        String v1 = putWithRetention(as.app(), "locked", "k", "x", ObjectLockMode.GOVERNANCE, days(30));

        as.root().deleteObject(b -> b.bucket("locked").key("k").versionId(v1).bypassGovernanceRetention(true));

        assertThat(versionExists(as.root(), "locked", v1)).isFalse();
    }

    private static void expect(String outcome, Runnable call, String action) {
        switch (outcome) {
            case "removed" -> call.run();
            case "permission refusal" ->
                assertThat(s3Error(call::run, 403, "AccessDenied")
                                .awsErrorDetails()
                                .errorMessage())
                        .isEqualTo(SecuredIdentities.notAllowed(
                                SecuredIdentities.APP_ARN, "s3:BypassGovernanceRetention", "arn:aws:s3:::locked/k"));
            default ->
                assertThat(s3Error(call::run, 403, "AccessDenied")
                                .awsErrorDetails()
                                .errorMessage())
                        .as("the lock refusal, not a permission refusal for %s", action)
                        .isEqualTo(PROTECTED);
        }
    }
}

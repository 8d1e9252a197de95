package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.S3ControlException;

/**
 * Clients and credentials that act as the identities of {@code identities.json}, through the real
 * SDK over HTTP against an emulator in secured mode: the unannotated client is the root, and
 * {@code @Identity} names a user or a role.
 */
@ObjectLockEmulatorTest
@EmulatorIdentities("identities.json")
@EmulatorBucket(name = "ledger", objectLock = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentitiesTest {

    private static final Instant IN_30_DAYS =
            Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TOMORROW =
            Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    @Order(1)
    void appMayWriteButNotShortenAGovernanceRetentionWithTheBypassHeaderWhileRootMay(
            S3Client root, @Identity("app") S3Client app, ObjectLockEmulator emulator) {
        assertThat(emulator.secured()).isTrue();
        String v1 = app.putObject(
                        b -> b.bucket("ledger")
                                .key("trade.csv")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(IN_30_DAYS),
                        RequestBody.fromString("locked"))
                .versionId();

        assertThatThrownBy(() -> app.putObjectRetention(b -> b.bucket("ledger")
                        .key("trade.csv")
                        .versionId(v1)
                        .retention(
                                r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(TOMORROW))
                        .bypassGovernanceRetention(true)))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .contains("user/app")
                            .contains("s3:BypassGovernanceRetention");
                });

        root.putObjectRetention(b -> b.bucket("ledger")
                .key("trade.csv")
                .versionId(v1)
                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(TOMORROW))
                .bypassGovernanceRetention(true));
        assertThat(root.getObjectRetention(
                                b -> b.bucket("ledger").key("trade.csv").versionId(v1))
                        .retention()
                        .retainUntilDate())
                .isEqualTo(TOMORROW);
    }

    @Test
    @Order(2)
    void aResetBetweenTestsKeepsTheIdentities(
            S3Client root, @Identity("app") S3Client app, ObjectLockEmulator emulator) {
        // the first test's object is gone with the reset; the fixture bucket is back, made by the root
        assertThat(root.listObjectVersions(b -> b.bucket("ledger")).versions()).isEmpty();
        assertThat(emulator.secured()).isTrue();
        app.putObject(b -> b.bucket("ledger").key("a.txt"), RequestBody.fromString("a"));

        try (S3Client unknown = client(emulator, AwsBasicCredentials.create("test", "test"))) {
            assertThatThrownBy(() -> unknown.listBuckets())
                    .isInstanceOfSatisfying(
                            S3Exception.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId"));
        }
    }

    @Test
    void theAuditorReadsButCannotLiftALegalHold(S3Client root, @Identity("auditor") S3Client auditor) {
        String v1 = root.putObject(
                        b -> b.bucket("ledger").key("held.csv").objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("held"))
                .versionId();

        assertThat(auditor.getObjectAsBytes(b -> b.bucket("ledger").key("held.csv"))
                        .asUtf8String())
                .isEqualTo("held");
        assertThat(auditor.getObjectLegalHold(b -> b.bucket("ledger").key("held.csv"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThatThrownBy(() -> auditor.putObjectLegalHold(b -> b.bucket("ledger")
                        .key("held.csv")
                        .versionId(v1)
                        .legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("s3:PutObjectLegalHold");
                });
        root.putObjectLegalHold(b -> b.bucket("ledger")
                .key("held.csv")
                .versionId(v1)
                .legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF)));
    }

    @Test
    void aRoleNameGivesAClientSigningWithItsSession(S3Client root, @Identity("reader-role") S3Client reader) {
        root.putObject(b -> b.bucket("ledger").key("r.txt"), RequestBody.fromString("r"));

        assertThat(reader.getObjectAsBytes(b -> b.bucket("ledger").key("r.txt")).asUtf8String())
                .isEqualTo("r");
        assertThatThrownBy(() -> reader.putObject(b -> b.bucket("ledger").key("w.txt"), RequestBody.fromString("w")))
                .isInstanceOfSatisfying(
                        S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("assumed-role/reader-role"));
    }

    @Test
    void theCredentialsThemselvesServeATestsOwnClients(
            @Identity("app") AwsCredentials app,
            @Identity("app") EmulatorCredentials appKeys,
            @Identity("reader-role") AwsCredentials reader,
            EmulatorCredentials rootKeys,
            AwsCredentials root,
            ObjectLockEmulator emulator) {
        assertThat(app.accessKeyId()).isEqualTo("AKIAAPP000000000000");
        assertThat(app.secretAccessKey()).isEqualTo("app-secret");
        assertThat(appKeys)
                .isEqualTo(new EmulatorCredentials("AKIAAPP000000000000", "app-secret", null))
                .hasToString("EmulatorCredentials[AKIAAPP000000000000]");
        assertThat(reader).isInstanceOfSatisfying(AwsSessionCredentials.class, s -> {
            assertThat(s.accessKeyId()).isEqualTo("ASIAREADER000000000");
            assertThat(s.sessionToken()).isEqualTo("reader-token");
        });
        assertThat(rootKeys.accessKeyId()).isEqualTo("AKIAROOT00000000000");
        assertThat(root.accessKeyId()).isEqualTo("AKIAROOT00000000000");

        try (S3Client own = client(emulator, app)) {
            own.putObject(b -> b.bucket("ledger").key("own.txt"), RequestBody.fromString("own"));
        }
    }

    @Test
    void s3ControlClientsActAsTheIdentityToo(
            S3ControlClient root,
            @Identity("auditor") S3ControlClient auditor,
            @Identity("reader-role") S3ControlClient reader,
            ObjectLockEmulator emulator) {
        assertThat(root.listJobs(b -> b.accountId(emulator.accountId())).jobs()).isEmpty();
        // s3:ListJobs: the auditor's s3:List* allows it, the role's s3:GetObject does not
        assertThat(auditor.listJobs(b -> b.accountId(emulator.accountId())).jobs())
                .isEmpty();
        assertThatThrownBy(() -> reader.listJobs(b -> b.accountId(emulator.accountId())))
                .isInstanceOfSatisfying(S3ControlException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("assumed-role/reader-role");
                });
    }

    /** A test's method may declare identities of its own; the next test finds the class's again. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerMethodIdentities {

        @Test
        @Order(1)
        @EmulatorIdentities("identities/other-keys.json")
        void aMethodsIdentitiesReplaceTheClassesForThatTest(
                @Identity("app") EmulatorCredentials app, @Identity("app") S3Client appClient, S3Client root) {
            assertThat(app.accessKeyId()).isEqualTo("AKIAAPP222222222222");
            appClient.putObject(b -> b.bucket("ledger").key("a.txt"), RequestBody.fromString("a"));
            // other-keys.json lets app bypass: no explicit deny there
            root.listBuckets();
        }

        @Test
        @Order(2)
        void theNextTestHasTheClassesIdentitiesAgain(
                @Identity("app") EmulatorCredentials app, @Identity("app") S3Client appClient) {
            assertThat(app.accessKeyId()).isEqualTo("AKIAAPP000000000000");
            appClient.putObject(b -> b.bucket("ledger").key("b.txt"), RequestBody.fromString("b"));
        }
    }

    static S3Client client(ObjectLockEmulator emulator, AwsCredentials credentials) {
        return S3Client.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .build();
    }
}

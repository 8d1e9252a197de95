package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.S3ControlException;

/**
 * The container's identity helpers with the Docker parts replaced: an in-process emulator started
 * with the document and admin token the container is given, so the clients, the credentials and the
 * admin calls with the token run for real, through the SDK over HTTP, without a Docker engine.
 */
class ContainerIdentitiesTest {

    private static final String TOKEN = "t0ken";
    private static String identities;
    private static ObjectLockEmulator emulator;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = ContainerIdentitiesTest.class.getResourceAsStream("/identities.json")) {
            identities = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        emulator = ObjectLockEmulator.builder()
                .identities(identities)
                .adminToken(TOKEN)
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @Test
    void appMayWriteButNotShortenAGovernanceRetentionWithTheBypassHeaderWhileRootMay() {
        ObjectLockEmulatorContainer container =
                new InProcess().withIdentities(identities).withAdminToken(TOKEN);
        Instant until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (S3Client root = container.createS3Client();
                S3Client app = container.createS3Client("app")) {
            root.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
            String v1 = app.putObject(
                            b -> b.bucket("ledger")
                                    .key("trade.csv")
                                    .objectLockMode(ObjectLockMode.GOVERNANCE)
                                    .objectLockRetainUntilDate(until),
                            RequestBody.fromString("locked"))
                    .versionId();

            assertThatThrownBy(() -> app.putObjectRetention(b -> b.bucket("ledger")
                            .key("trade.csv")
                            .versionId(v1)
                            .retention(r ->
                                    r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(tomorrow))
                            .bypassGovernanceRetention(true)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    });
            root.putObjectRetention(b -> b.bucket("ledger")
                    .key("trade.csv")
                    .versionId(v1)
                    .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE).retainUntilDate(tomorrow))
                    .bypassGovernanceRetention(true));

            // the admin calls send the token; a reset keeps the identities
            container.reset();
            assertThat(app.listBuckets().buckets()).isEmpty();
        }
    }

    @Test
    void theCredentialsAndTheS3ControlClientActAsTheNamedIdentity() {
        ObjectLockEmulatorContainer container = new InProcess().withIdentities(identities);

        assertThat(container.credentials("app"))
                .isEqualTo(new EmulatorCredentials("AKIAAPP000000000000", "app-secret", null));
        assertThat(container.credentials("reader-role"))
                .isEqualTo(new EmulatorCredentials("ASIAREADER000000000", "reader-secret", "reader-token"));
        assertThat(container.getAccessKey()).isEqualTo("AKIAROOT00000000000");
        try (S3ControlClient auditor = container.createS3ControlClient("auditor");
                S3ControlClient reader = container.createS3ControlClient("reader-role")) {
            assertThat(auditor.listJobs(b -> b.accountId(container.getAccountId()))
                            .jobs())
                    .isEmpty();
            assertThatThrownBy(() -> reader.listJobs(b -> b.accountId(container.getAccountId())))
                    .isInstanceOfSatisfying(
                            S3ControlException.class,
                            e -> assertThat(e.awsErrorDetails().errorMessage()).contains("assumed-role/reader-role"));
        }
    }

    @Test
    void withoutTheTokenTheAdminApiRefusesAndTheContainersAdminClientSendsIt() {
        assertThatThrownBy(() -> EmulatorAdminClient.of(emulator.endpoint()).reset())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("answered 401");
        assertThatThrownBy(() ->
                        EmulatorAdminClient.of(emulator.endpoint(), "other").now())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("answered 403");

        ObjectLockEmulatorContainer container = new InProcess().withAdminToken(TOKEN);
        assertThat(container.admin().isSystemClock()).isTrue();
    }

    /** A container whose endpoint is the in-process emulator: nothing here asks Docker. */
    private static final class InProcess extends ObjectLockEmulatorContainer {
        @Override
        public URI getEndpoint() {
            return emulator.endpoint();
        }
    }
}

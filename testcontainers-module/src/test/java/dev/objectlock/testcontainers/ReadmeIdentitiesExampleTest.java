package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The module README's "Identities" example: the lines between the {@code readme-snippet} markers
 * are its code block ({@link ReadmeSnippetTest} checks they stay the same, without Docker). Needs
 * Docker to run; {@link ContainerIdentitiesTest} runs the same helpers against an in-process
 * emulator without it.
 */
@RequiresDocker
class ReadmeIdentitiesExampleTest {

    @BeforeAll
    static void buildImage() {
        Assumptions.assumeTrue(EmulatorImage.isDefault(), () -> "the example runs objectlock-emulator:"
                + ObjectLockEmulatorContainer.DEFAULT_TAG + " as written, not -D" + EmulatorImage.IMAGE + "="
                + EmulatorImage.get().asCanonicalNameString());
    }

    @Test
    void readmeIdentitiesExampleRunsAsWritten() {
        // readme-snippet {
        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer()    // objectlock-emulator:0.1.0-SNAPSHOT
                .withIdentities(MountableFile.forClasspathResource("identities.json"))  // secured mode
                .withAdminToken("t0ken")) {                                           // admin() sends it
            emulator.start();
            try (S3Client root = emulator.createS3Client();                           // the "root" keys
                 S3Client app = emulator.createS3Client("app")) {                      // the user "app"
                root.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
                String v1 = app.putObject(b -> b.bucket("ledger").key("trade.csv")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(Instant.now().plus(30, ChronoUnit.DAYS)),
                        RequestBody.fromString("locked")).versionId();

                assertThatThrownBy(() -> app.deleteObject(b -> b.bucket("ledger").key("trade.csv")
                                .versionId(v1).bypassGovernanceRetention(true)))
                        .isInstanceOf(S3Exception.class);                                // 403 AccessDenied
                root.deleteObject(b -> b.bucket("ledger").key("trade.csv")
                        .versionId(v1).bypassGovernanceRetention(true));                 // the root may

                EmulatorCredentials keys = emulator.credentials("app");                  // for your own clients
                assertThat(keys.accessKeyId()).isEqualTo("AKIAAPP000000000000");
                emulator.reset();                                                        // identities stay
            }
        }
        // readme-snippet }
    }
}

package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.utility.MountableFile;

/** How identities and the admin token configure the container, and what a faulty document says. Needs no Docker. */
class ContainerIdentitiesConfigurationTest {

    private static final String DOCUMENT = """
            {"root": {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
             "users": [{"name": "app", "accessKeyId": "AKIAAPP000000000000", "secretAccessKey": "app-secret"}],
             "roles": [{"name": "idle"}]}
            """;

    @Test
    void aDocumentGoesIntoTheEnvironmentAsItIs() {
        ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer().withIdentities(DOCUMENT);

        assertThat(container.getEnvMap()).containsEntry("OBJECTLOCK_IDENTITIES", DOCUMENT.strip());
        assertThat(container.getAccessKey()).isEqualTo("AKIAROOT00000000000");
        assertThat(container.getSecretKey()).isEqualTo("root-secret");
    }

    @Test
    void aFileIsCopiedIntoTheContainerReadableByTheEmulatorsUser(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("identities.json"), DOCUMENT);

        ObjectLockEmulatorContainer container =
                new ObjectLockEmulatorContainer().withIdentities(MountableFile.forHostPath(file));

        assertThat(container.getEnvMap()).containsEntry("OBJECTLOCK_IDENTITIES", "/etc/objectlock/identities.json");
        assertThat(container.getCopyToFileContainerPathMap())
                .hasSize(1)
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(
                        t -> t.toString().contains("/etc/objectlock/identities.json"), "the container path"));
        MountableFile copied = (MountableFile)
                container.getCopyToFileContainerPathMap().keySet().iterator().next();
        assertThat(copied.getFileMode() & 0777).isEqualTo(0644);
        assertThat(container.credentials("app").accessKeyId()).isEqualTo("AKIAAPP000000000000");
    }

    @Test
    void theAdminTokenGoesIntoTheEnvironment() {
        assertThat(new ObjectLockEmulatorContainer().withAdminToken("t0ken").getEnvMap())
                .containsEntry("OBJECTLOCK_ADMIN_TOKEN", "t0ken");
        assertThatThrownBy(() -> new ObjectLockEmulatorContainer().withAdminToken(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faultyKeysAreNamedByTheirJsonPath() {
        assertThatThrownBy(() -> new ObjectLockEmulatorContainer()
                        .withIdentities("{\"users\": [{\"name\": \"app\", \"secretAccessKey\": 7}],"
                                + " \"roles\": [{\"name\": \"r\", \"sessions\": [{\"accessKeyId\": \"A\"}]}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("withIdentities(String): ")
                .hasMessageContaining("users[0].accessKeyId: missing")
                .hasMessageContaining("users[0].secretAccessKey: must be a string")
                .hasMessageContaining("roles[0].sessions[0].secretAccessKey: missing")
                .hasMessageContaining("roles[0].sessions[0].sessionToken: missing");
        assertThatThrownBy(() -> new ObjectLockEmulatorContainer().withIdentities("{\"users\": [}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document: invalid JSON at offset 11");
        assertThatThrownBy(() -> new ObjectLockEmulatorContainer().withIdentities("[]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document: must be a JSON object");
    }

    @Test
    void unknownNamesRolesWithoutSessionsOpenModeAndAMissingRootSaySo() {
        ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer().withIdentities(DOCUMENT);
        assertThatThrownBy(() -> container.credentials("nobody"))
                .hasMessageContaining("no user or role \"nobody\"")
                .hasMessageContaining("users: [app], roles: [idle]");
        assertThatThrownBy(() -> container.credentials("idle"))
                .hasMessageContaining("the role \"idle\" has no sessions");
        assertThatThrownBy(() -> new ObjectLockEmulatorContainer().credentials("app"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("open mode");

        ObjectLockEmulatorContainer noRoot = new ObjectLockEmulatorContainer()
                .withIdentities(
                        "{\"users\": [{\"name\": \"app\", \"accessKeyId\": \"A\", \"secretAccessKey\": \"s\"}]}");
        assertThatThrownBy(noRoot::getAccessKey)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no \"root\" member")
                .hasMessageContaining("createS3Client(\"app\")");
    }

    @Test
    void inOpenModeTheHelpersSignWithKeysTheEmulatorDoesNotCheck() {
        assertThat(new ObjectLockEmulatorContainer().getAccessKey()).isEqualTo("test");
    }
}

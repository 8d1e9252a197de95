package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.access.AccessKey;
import dev.objectlock.emulator.domain.access.IamUser;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.PolicyJson;
import dev.objectlock.emulator.domain.access.PolicyKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where identities and the admin token come from (issue 12): {@code --identities FILE} /
 * {@code OBJECTLOCK_IDENTITIES}, {@code --admin-token} / {@code OBJECTLOCK_ADMIN_TOKEN}, and the builder
 * from a path, a string or the Java model. A faulty document is refused before anything starts, with
 * every fault named by its JSON path.
 */
class SecuredModeConfigTest {

    private static final String DOCUMENT = """
            {"root": {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
             "users": [{"name": "app", "accessKeyId": "AKIAAPP000000000000", "secretAccessKey": "app-secret"}]}
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private Main.Launch launch(Map<String, String> env, String... args) {
        return Main.launch(
                args,
                env::get,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void identitiesAndTokenRoundTripThroughTheEnvironmentAndStayOutOfToString() throws Exception {
        Path file = Files.writeString(dir.resolve("identities.json"), DOCUMENT);
        EmulatorConfig fromFile = EmulatorConfig.fromEnv(
                Map.of(EmulatorConfig.ENV_IDENTITIES, file.toString(), EmulatorConfig.ENV_ADMIN_TOKEN, "tok")::get);

        assertThat(fromFile.identities()).isEqualTo(DOCUMENT.strip());
        assertThat(fromFile.adminToken()).isEqualTo("tok");
        assertThat(EmulatorConfig.fromEnv(fromFile.toEnv()::get)).isEqualTo(fromFile);
        assertThat(EmulatorConfig.fromEnv(Map.of(EmulatorConfig.ENV_IDENTITIES, DOCUMENT)::get)
                        .identities())
                .as("the document itself in the variable")
                .isEqualTo(DOCUMENT.strip());
        assertThat(fromFile.toString()).doesNotContain("root-secret", "tok]").contains("identities=set");
    }

    @Test
    void aFaultyDocumentFailsTheBuilderNamingThePath() {
        assertThatThrownBy(() -> ObjectLockEmulator.builder()
                        .identities("{\"users\": [{\"name\": \"app\"}]}")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("users[0].accessKeyId: missing");
    }

    @Test
    void theBuilderTakesAPathAStringOrTheJavaModel() throws Exception {
        Path file = Files.writeString(dir.resolve("identities.json"), DOCUMENT);
        try (ObjectLockEmulator fromPath =
                ObjectLockEmulator.builder().identities(file).build().start()) {
            assertThat(fromPath.secured()).isTrue();
        }
        Identities model = new Identities(
                "123456789012",
                AccessKey.longTerm("AKIAROOT00000000000", "root-secret"),
                List.of(new IamUser(
                        "app",
                        null,
                        List.of(),
                        AccessKey.longTerm("AKIAAPP000000000000", "app-secret"),
                        List.of(PolicyJson.parse(
                                "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                                        + " \"Action\": \"s3:*\", \"Resource\": \"*\"}}",
                                PolicyKind.IDENTITY)))),
                List.of(),
                List.of());
        try (ObjectLockEmulator fromModel =
                ObjectLockEmulator.builder().identities(model).build().start()) {
            assertThat(fromModel.secured()).isTrue();
            HttpResponse<String> get = get(fromModel.endpoint().resolve("/_emulator/identities"));
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.body())
                    .contains("\"name\": \"app\"", "REDACTED", "1 statement(s)")
                    .doesNotContain("app-secret");
        }
        assertThatThrownBy(() -> ObjectLockEmulator.builder()
                        .accountId("210987654321")
                        .identities(model)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account 123456789012");
    }

    @Test
    void theCliStartsSecuredFromAFileAndSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("identities.json"), DOCUMENT);

        Main.Launch launch = launch(Map.of(), "--port", "0", "--identities", file.toString());

        try (ObjectLockEmulator emulator = launch.emulator()) {
            assertThat(emulator.secured()).isTrue();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("(region us-east-1, in-memory, secured mode)");
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .as("loopback: no warning")
                    .isEmpty();
        }
    }

    @Test
    void aFaultyIdentitiesFileIsAUsageErrorNamingThePath() throws Exception {
        Path file = Files.writeString(dir.resolve("identities.json"), "{\"users\": [{\"name\": 7}]}");

        Main.Launch launch = launch(Map.of(), "--identities", file.toString());

        assertThat(launch.status()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("users[0].name: must be a string");
        assertThat(launch(Map.of(), "--identities", dir.resolve("missing.json").toString())
                        .status())
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read the identities file");
    }

    @Test
    void securedModeOnAllInterfacesWithoutAnAdminTokenWarnsAtStart() {
        Main.Launch launch =
                launch(Map.of(EmulatorConfig.ENV_IDENTITIES, DOCUMENT), "--host", "0.0.0.0", "--port", "0");

        try (ObjectLockEmulator emulator = launch.emulator()) {
            assertThat(emulator.secured()).isTrue();
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("WARNING", "without an admin token", "--admin-token");
        }
    }

    @Test
    void anAdminTokenSilencesTheWarning() {
        Main.Launch launch = launch(
                Map.of(EmulatorConfig.ENV_IDENTITIES, DOCUMENT),
                "--host",
                "0.0.0.0",
                "--port",
                "0",
                "--admin-token",
                "tok");

        try (ObjectLockEmulator emulator = launch.emulator()) {
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(get(emulator.endpoint().resolve("/_emulator/clock")).statusCode())
                    .isEqualTo(401);
        }
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

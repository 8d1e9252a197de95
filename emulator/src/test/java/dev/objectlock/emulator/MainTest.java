package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CLI as a user meets it: help, version, usage errors (exit 2, one clear line), env vars, port 0. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Main.Launch launch(Map<String, String> env, String... args) {
        return Main.launch(
                args,
                env::get,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Main.Launch launch(String... args) {
        return launch(Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        Main.Launch launch = launch("--help");

        assertThat(launch.status()).isZero();
        assertThat(launch.emulator()).isNull();
        assertThat(out())
                .startsWith("Usage: java -jar objectlock-emulator.jar [options]")
                .contains(
                        "--port N",
                        "--host ADDR",
                        "--region NAME",
                        "--account-id ID",
                        "--data-dir DIR",
                        "--virtual-host-suffix DOMAIN",
                        "--version")
                .contains(
                        EmulatorConfig.ENV_PORT,
                        EmulatorConfig.ENV_HOST,
                        EmulatorConfig.ENV_REGION,
                        EmulatorConfig.ENV_ACCOUNT_ID,
                        EmulatorConfig.ENV_DATA_DIR,
                        EmulatorConfig.ENV_VIRTUAL_HOST_SUFFIX);
        assertThat(err()).isEmpty();
    }

    @Test
    void shortHelpFlagWorksToo() {
        assertThat(launch("-h").status()).isZero();
        assertThat(out()).startsWith("Usage:");
    }

    @Test
    void helpWinsEvenAfterOtherOptions() {
        assertThat(launch("--port", "1234", "--help").status()).isZero();
        assertThat(out()).startsWith("Usage:");
    }

    @Test
    void versionPrintsTheProjectVersion() {
        Main.Launch launch = launch("--version");

        assertThat(launch.status()).isZero();
        assertThat(out()).matches("objectlock-emulator \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(Main.version()).isNotEqualTo("unknown");
        assertThat(err()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Main.Launch launch = launch("--bogus");

        assertThat(launch.status()).isEqualTo(2);
        assertThat(launch.emulator()).isNull();
        assertThat(err())
                .isEqualTo("objectlock-emulator: unknown option: --bogus\nRun with --help for usage.\n"
                        .replace("\n", System.lineSeparator()));
        assertThat(out()).isEmpty();
    }

    @Test
    void unknownOptionWithInlineValueNamesTheOption() {
        assertThat(launch("--bogus=1").status()).isEqualTo(2);
        assertThat(err()).startsWith("objectlock-emulator: unknown option: --bogus" + System.lineSeparator());
    }

    @Test
    void strayArgumentIsAUsageError() {
        assertThat(launch("9000").status()).isEqualTo(2);
        assertThat(err()).startsWith("objectlock-emulator: unknown option: 9000");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "--port        | abc        | --port must be a number between 0 and 65535, was 'abc'",
                "--port        | 70000      | --port must be a number between 0 and 65535, was '70000'",
                "--port        | -1         | --port must be a number between 0 and 65535, was '-1'",
                "--port        | 9000000000 | --port must be a number between 0 and 65535, was '9000000000'",
                "--port        | NONE       | --port needs a value",
                "--port        | --host     | --port needs a value",
                "--data-dir    | NONE       | --data-dir needs a value",
                "--host        | ''         | --host needs a value",
                "--region      | mars       | region must look like us-east-1, was mars",
                "--account-id  | 42         | account id must be 12 digits, was 42",
                "--lifecycle-interval | soon | --lifecycle-interval must be whole seconds or an ISO-8601 duration such as PT1M, was soon",
                "--lifecycle-interval | PT-1S | --lifecycle-interval must not be negative, was PT-1S",
                "--lifecycle-interval | NONE | --lifecycle-interval needs a value",
            })
    void badValuesAreUsageErrorsWithoutStackTraces(String option, String value, String message) {
        Main.Launch launch = value == null ? launch(option) : launch(option, value);

        assertThat(launch.status()).isEqualTo(2);
        assertThat(launch.emulator()).isNull();
        assertThat(err())
                .isEqualTo("objectlock-emulator: " + message + System.lineSeparator() + "Run with --help for usage."
                        + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void inlineValuesAreCheckedToo() {
        assertThat(launch("--port=nine").status()).isEqualTo(2);
        assertThat(err()).startsWith("objectlock-emulator: --port must be a number between 0 and 65535, was 'nine'");
    }

    @Test
    void badEnvironmentValueNamesTheVariable() {
        Main.Launch launch = launch(Map.of(EmulatorConfig.ENV_PORT, "ninety"));

        assertThat(launch.status()).isEqualTo(2);
        assertThat(err())
                .startsWith("objectlock-emulator: OBJECTLOCK_PORT must be a number between 0 and 65535, "
                        + "was 'ninety'" + System.lineSeparator());
    }

    @Test
    void portZeroPicksAFreePortAndServes() throws Exception {
        Main.Launch launch = launch("--port", "0");
        try (ObjectLockEmulator emulator = launch.emulator()) {
            assertThat(launch.status()).isEqualTo(-1);
            Matcher line = EmulatorProcess.LISTENING.matcher(out().strip());
            assertThat(line.matches()).as(out()).isTrue();
            URI endpoint = URI.create(line.group(1));
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.getPort()).isPositive().isEqualTo(emulator.port());
            assertThat(out()).contains("(region us-east-1, in-memory)");
            assertThat(health(endpoint)).isEqualTo(200);
        }
    }

    @Test
    void theStartLineNamesTheBoundAddressAndInAContainerThePortClientsUse() {
        EmulatorConfig everyInterface = EmulatorConfig.fromEnv(Map.of(EmulatorConfig.ENV_HOST, "0.0.0.0")::get);
        EmulatorConfig ipv6 = EmulatorConfig.fromEnv(Map.of(EmulatorConfig.ENV_HOST, "::")::get);

        assertThat(Main.startLine(everyInterface, 9000, false, false))
                .endsWith(" listening on http://0.0.0.0:9000 (region us-east-1, in-memory)");
        assertThat(Main.startLine(ipv6, 9000, false, false)).contains(" listening on http://[::]:9000 (");
        assertThat(Main.startLine(everyInterface, 9000, false, true))
                .endsWith(" listening on http://0.0.0.0:9000 "
                        + "(region us-east-1, in-memory; in a container: clients use the host port mapped to 9000)");
    }

    @Test
    void theImagesEnvironmentAddsTheContainerHint() {
        Main.Launch launch = launch(Map.of(Main.ENV_IN_CONTAINER, "true"), "--port", "0");
        try (ObjectLockEmulator emulator = launch.emulator()) {
            Matcher line = EmulatorProcess.LISTENING.matcher(out().strip());
            assertThat(line.matches()).as(out()).isTrue();
            assertThat(URI.create(line.group(1)).getPort()).isEqualTo(emulator.port());
            assertThat(out()).contains("; in a container: clients use the host port mapped to " + emulator.port());
        }
    }

    @Test
    void environmentConfiguresAndFlagsWin(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of(
                EmulatorConfig.ENV_PORT,
                "1",
                EmulatorConfig.ENV_REGION,
                "eu-west-1",
                EmulatorConfig.ENV_DATA_DIR,
                dir.toString());
        Main.Launch launch = launch(env, "--port=0");
        try (ObjectLockEmulator emulator = launch.emulator()) {
            assertThat(emulator.config().region()).isEqualTo("eu-west-1");
            assertThat(emulator.config().dataDir()).isEqualTo(dir);
            assertThat(emulator.port()).isNotEqualTo(1);
            assertThat(out())
                    .contains(
                            "(region eu-west-1, data in " + dir.toAbsolutePath().normalize() + ")");
        }
    }

    @Test
    void portInUseIsReportedInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Main.Launch launch = launch("--port", Integer.toString(taken.getLocalPort()));

            assertThat(launch.status()).isEqualTo(1);
            assertThat(launch.emulator()).isNull();
            assertThat(err())
                    .startsWith("objectlock-emulator: could not listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
                    .doesNotContain("\tat ")
                    .hasLineCount(1);
        }
    }

    @Test
    void unknownHostIsReportedInOneLine() {
        Main.Launch launch = launch("--port", "0", "--host", "999.1.1.1");

        assertThat(launch.status()).isEqualTo(1);
        assertThat(err())
                .isEqualTo("objectlock-emulator: could not listen on 999.1.1.1: not an address of this " + "machine"
                        + System.lineSeparator());
    }

    @Test
    void dataDirThatIsAFileIsReportedInOneLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        Main.Launch launch = launch("--port", "0", "--data-dir", file.toString());

        assertThat(launch.status()).isEqualTo(1);
        assertThat(err()).startsWith("objectlock-emulator: could not start: ").hasLineCount(1);
    }

    @Test
    void dataDirWithAnUnreadableDatabaseIsReportedInOneLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.write(dir.resolve("db").resolve("objectlock.mv.db"), new byte[8192]);

        Main.Launch launch = launch("--port", "0", "--data-dir", dir.toString());

        assertThat(launch.status()).isEqualTo(1);
        assertThat(err())
                .startsWith("objectlock-emulator: could not start: cannot read the database in "
                        + dir.toAbsolutePath().normalize() + ": it is damaged")
                .hasLineCount(1);
    }

    /** The real entry point in its own JVM: exit status and stderr as a shell sees them. */
    @Test
    void realProcessExitsTwoOnUsageErrorWithoutStackTrace() {
        try (EmulatorProcess p = EmulatorProcess.launch(List.of(), "--port", "x")) {
            assertThat(p.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(p.stderr())
                    .isEqualTo("objectlock-emulator: --port must be a number between 0 and 65535, "
                            + "was 'x'\nRun with --help for usage.\n");
            assertThat(p.stdout()).isEmpty();
        }
    }

    @Test
    void realProcessPrintsOneLineOnceServing() {
        try (EmulatorProcess p = EmulatorProcess.start(List.of(), "--port", "0")) {
            URI endpoint = p.endpoint();
            assertThat(p.stdout().lines()).hasSize(1);
            assertThat(endpoint.getPort()).isPositive();
            // Jetty's and Javalin's INFO start-up chatter is turned down in the standalone process
            assertThat(p.stderr()).doesNotContain("INFO");
        }
    }

    private static int health(URI endpoint) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(
                        HttpRequest.newBuilder(endpoint.resolve("/_emulator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}

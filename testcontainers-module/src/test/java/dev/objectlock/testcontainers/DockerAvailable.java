package dev.objectlock.testcontainers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** The condition behind {@link RequiresDocker}: asks Testcontainers once per JVM for a Docker client. */
final class DockerAvailable implements ExecutionCondition {

    static final String REQUIRE_DOCKER = "objectlock.requireDocker";

    // Asked once: a failing look-up can take minutes (the /.dockerenv case below), and every
    // Docker test class would pay it again.
    private static String problem;
    private static boolean asked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = problem();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("Docker is available");
        }
        if (Boolean.getBoolean(REQUIRE_DOCKER)) {
            throw new ExtensionConfigurationException(
                    "Docker is required (-D" + REQUIRE_DOCKER + "=true) but " + problem);
        }
        return ConditionEvaluationResult.disabled(
                "Docker test skipped: " + problem + " (-D" + REQUIRE_DOCKER + "=true turns this skip into a failure)");
    }

    private static synchronized String problem() {
        if (!asked) {
            asked = true;
            // Testcontainers' exception only says "Could not find a valid Docker environment"; why
            // each way of reaching Docker failed, it logs (slf4j-simple writes to System.err here).
            PrintStream stderr = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(new TeeOutputStream(stderr, log), true, StandardCharsets.UTF_8));
            try {
                DockerClientFactory.instance().client();
            } catch (RuntimeException e) {
                String reason = messages(e) + attempts(log.toString(StandardCharsets.UTF_8));
                problem = "Testcontainers found no usable Docker engine: " + reason + hints(reason);
            } finally {
                System.setErr(stderr);
            }
        }
        return problem;
    }

    /** Testcontainers' reason is spread over the exception and its causes; each message once. */
    private static String messages(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(
                    t.getMessage() == null
                            ? t.getClass().getSimpleName()
                            : t.getMessage().strip());
        }
        return String.join(": ", messages);
    }

    /** The "Attempted configurations" lines of Testcontainers' log: each strategy and why it failed. */
    private static String attempts(String log) {
        List<String> attempts = log.lines()
                .filter(l -> l.contains(": failed with exception "))
                .map(l -> l.strip().replaceAll("As no valid configuration was found.*$", ""))
                .toList();
        return attempts.isEmpty() ? "" : " (" + String.join("; ", attempts) + ")";
    }

    /** Writes to both streams: the log still reaches the test's output file. */
    private static final class TeeOutputStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeOutputStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }

    /** The two half-working set-ups we have met, each of which otherwise reads as "no Docker". */
    private static String hints(String reason) {
        StringBuilder hints = new StringBuilder();
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("alpine")
                && Files.exists(Path.of("/.dockerenv"))
                && System.getenv("TESTCONTAINERS_HOST_OVERRIDE") == null) {
            hints.append(". /.dockerenv exists, so Testcontainers looks for the Docker host as if it ran inside a "
                    + "container (it starts alpine to find the gateway); if it does not, set "
                    + "TESTCONTAINERS_HOST_OVERRIDE=localhost");
        }
        if (lower.contains("ryuk")) {
            hints.append(". Where the Ryuk image cannot be pulled, set TESTCONTAINERS_RYUK_DISABLED=true");
        }
        return hints.toString();
    }
}

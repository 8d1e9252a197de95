package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Testcontainers example is a copy of the lines between the {@code readme-snippet}
 * markers in {@link ReadmeTestcontainersExampleTest}, which compiles here and runs where Docker
 * exists; the module README's "Identities" example likewise from {@link ReadmeIdentitiesExampleTest}.
 * This check needs no Docker, so a README that drifts fails every build.
 */
class ReadmeSnippetTest {

    private static final Path ROOT = Path.of(System.getProperty("objectlock.repositoryRoot", ".."))
            .toAbsolutePath()
            .normalize();

    @Test
    void theReadmeShowsTheExampleTheTestRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String snippet = snippet(ROOT.resolve("testcontainers-module/src/test/java/dev/objectlock/testcontainers/"
                + "ReadmeTestcontainersExampleTest.java"));

        assertThat(snippet).contains("new ObjectLockEmulatorContainer()");
        assertThat(readme).contains("```java\n" + snippet + "```\n");
    }

    @Test
    void theModuleReadmeShowsTheIdentitiesExampleTheTestRuns() throws IOException {
        String readme = Files.readString(ROOT.resolve("testcontainers-module/README.md"));
        String snippet = snippet(ROOT.resolve(
                "testcontainers-module/src/test/java/dev/objectlock/testcontainers/ReadmeIdentitiesExampleTest.java"));

        assertThat(snippet).contains(".withIdentities(").contains("createS3Client(\"app\")");
        assertThat(readme).contains("```java\n" + snippet + "```\n");
    }

    /** The marked lines, without the indentation they share. */
    private static String snippet(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = indexOf(lines, "// readme-snippet {") + 1;
        int end = indexOf(lines, "// readme-snippet }");
        List<String> body = lines.subList(start, end);
        int indent = body.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return body.stream()
                .map(l -> l.isBlank() ? "" : l.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker not found: " + marker);
    }
}

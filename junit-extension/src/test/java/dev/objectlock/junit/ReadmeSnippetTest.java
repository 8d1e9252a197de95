package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module README's examples are copies of the lines between the {@code readme-snippet} markers in
 * {@link ReadmeExampleTest} and {@link ReadmeIdentitiesExampleTest}, which compile and run here, so a
 * README that drifts fails the build; the identities document is the one the test reads.
 */
class ReadmeSnippetTest {

    @Test
    void theReadmeShowsTheExampleTheTestRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String snippet = snippet(Path.of("src/test/java/dev/objectlock/junit/ReadmeExampleTest.java"));

        assertThat(snippet).contains("@ObjectLockEmulatorTest");
        assertThat(readme).contains("```java\n" + snippet + "```\n");
    }

    @Test
    void theIdentitiesSectionShowsTheExampleAndTheDocumentTheTestRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String snippet = snippet(Path.of("src/test/java/dev/objectlock/junit/ReadmeIdentitiesExampleTest.java"));
        String document = Files.readString(Path.of("src/test/resources/identities.json"));

        assertThat(snippet).contains("@EmulatorIdentities(\"identities.json\")");
        assertThat(readme).contains("```java\n" + snippet + "```\n");
        assertThat(readme).contains("```json\n" + document + "```\n");
    }

    /** The root README's "Permissions" section shows the same document beside its JUnit example. */
    @Test
    void theRootReadmeShowsTheDocumentOfItsPermissionsExample() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String document = Files.readString(Path.of("src/test/resources/identities.json"));

        assertThat(readme).contains("```json\n" + document + "```\n");
    }

    /** The root README's job-role example (its "Permissions" section) shows the document its test runs with. */
    @Test
    void theRootReadmeShowsTheDocumentOfItsJobRoleExample() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String document = Files.readString(Path.of("src/test/resources/job-role.json"));

        assertThat(readme).contains("```json\n" + document + "```\n");
    }

    /** The marked lines, without the indentation they share. */
    private static String snippet(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = indexOf(lines, "// readme-snippet {") + 1;
        int end = indexOf(lines, "// readme-snippet }");
        return lines.subList(start, end).stream().collect(Collectors.joining("\n", "", "\n"));
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

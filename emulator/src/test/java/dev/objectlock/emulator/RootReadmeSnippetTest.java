package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java example in the root README is taken from a test that compiles and runs: each
 * non-blank line of the README's n-th {@code java} block appears, in the same order, in the n-th
 * source of {@link #EXAMPLES}. Indentation does not count, and the test may hold assertions between
 * those lines (the README shows the fragments a reader needs, not a whole test class). So a README
 * that drifts from its test fails every build. Needs no Docker: the Testcontainers example is
 * compared here as text (its own module's ReadmeSnippetTest also checks it whole).
 */
class RootReadmeSnippetTest {

    private static final Path ROOT = Path.of(System.getProperty("objectlock.repositoryRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\n(.*?)```");

    /** The test that runs each README example, in the README's order. */
    private static final List<String> EXAMPLES = List.of(
            "emulator/src/test/java/dev/objectlock/emulator/ReadmeExampleTest.java",
            "junit-extension/src/test/java/dev/objectlock/junit/ReadmeExampleTest.java",
            "emulator/src/test/java/dev/objectlock/emulator/ReadmeObjectLockExampleTest.java",
            "junit-extension/src/test/java/dev/objectlock/junit/ReadmeLifecycleExampleTest.java",
            "junit-extension/src/test/java/dev/objectlock/junit/ReadmeReplicationExampleTest.java",
            "junit-extension/src/test/java/dev/objectlock/junit/ReadmeIdentitiesExampleTest.java",
            "junit-extension/src/test/java/dev/objectlock/junit/ReadmeJobRoleExampleTest.java",
            "emulator/src/test/java/dev/objectlock/emulator/ReadmeBatchExampleTest.java",
            "testcontainers-module/src/test/java/dev/objectlock/testcontainers/ReadmeTestcontainersExampleTest.java");

    @Test
    void everyJavaBlockHasATestThatRunsIt() throws IOException {
        assertThat(javaBlocks())
                .as("```java blocks in README.md, one per entry of EXAMPLES")
                .hasSize(EXAMPLES.size());
    }

    @ParameterizedTest(name = "README java block {0} is in {1}")
    @MethodSource("examples")
    void theReadmeShowsTheLinesTheTestRuns(int block, String source) throws IOException {
        List<String> readmeLines = javaBlocks().get(block - 1);
        List<String> testLines = Files.readAllLines(ROOT.resolve(source)).stream()
                .map(String::strip)
                .toList();

        int from = 0;
        for (String line : readmeLines) {
            int at = indexOf(testLines, line, from);
            assertThat(at)
                    .as("README java block %d, line \"%s\": in %s, after line %d", block, line, source, from)
                    .isNotNegative();
            from = at + 1;
        }
    }

    static Stream<Arguments> examples() {
        return IntStream.range(0, EXAMPLES.size()).mapToObj(i -> Arguments.of(i + 1, EXAMPLES.get(i)));
    }

    /** The non-blank lines of each {@code java} block, stripped of their indentation. */
    private static List<List<String>> javaBlocks() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
        List<List<String>> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList());
        }
        return blocks;
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }
}

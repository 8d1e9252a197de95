package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md follows a request through the code by class and method name; this keeps those
 * names true. Every inline code span outside fenced blocks that looks like a Java type
 * ({@code UpperCamelCase}, optionally {@code @}-prefixed or followed by {@code .member} parts such as
 * {@code ObjectLockService.putRetention} or {@code ObjectLockPolicy.Bypass.GOVERNANCE}) must name a
 * {@code .java} file under some module's {@code src/main/java} or {@code src/test/java} (the page
 * also cites tests such as ArchitectureTest), and each member must occur as a word in that file.
 * So a rename or a split that the page does not follow fails the build.
 */
class ArchitectureDocTest {

    private static final Path ROOT = Path.of(System.getProperty("objectlock.repositoryRoot", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\n]+)`");
    /** A type name (at least one lower-case letter, so S3 or H2 alone do not count), then members. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("@?([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\\(\\))?");
    /** A source file's path from the repository root: its module folder, then a Java source root. */
    private static final Pattern SOURCE_ROOT = Pattern.compile("^(.*?)/?src/(?:main|test)/java/");

    @Test
    void everyJavaNameOnThePageExistsInTheSource() throws IOException {
        List<String> names = javaNamesIn(Files.readString(ROOT.resolve("ARCHITECTURE.md")));
        Map<String, List<Path>> sources = javaSourcesByTypeName();

        // guards the extraction itself: a broken pattern must not pass by finding nothing
        assertThat(names).as("Java names found in ARCHITECTURE.md").hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Matcher m = JAVA_NAME.matcher(name);
            m.matches();
            List<Path> files = sources.getOrDefault(m.group(1), List.of());
            if (files.isEmpty()) {
                missing.add(name + ": no " + m.group(1) + ".java under */src/main/java or */src/test/java");
                continue;
            }
            List<String> members = m.group(2).isEmpty()
                    ? List.of()
                    : List.of(m.group(2).substring(1).split("\\."));
            if (files.stream().noneMatch(file -> containsWords(file, members))) {
                missing.add(name + ": " + String.join(", ", members) + " not found in " + files);
            }
        }
        assertThat(missing)
                .as("names in ARCHITECTURE.md that the code no longer has")
                .isEmpty();
    }

    /** The code spans of the page, fenced blocks left out, that look like a Java type or member. */
    static List<String> javaNamesIn(String markdown) {
        String prose = FENCED_BLOCK.matcher(markdown).replaceAll("");
        Set<String> names = new LinkedHashSet<>();
        Matcher span = CODE_SPAN.matcher(prose);
        while (span.find()) {
            String text = span.group(1).strip();
            if (JAVA_NAME.matcher(text).matches()) {
                names.add(text);
            }
        }
        return List.copyOf(names);
    }

    private static boolean containsWords(Path file, List<String> words) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.stream()
                .allMatch(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b")
                        .matcher(source)
                        .find());
    }

    /** Every .java file of every module's main and test sources, by file name without the extension. */
    private static Map<String, List<Path>> javaSourcesByTypeName() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        // the module's folder, before src/: not a build output or hidden folder (a
                        // package may well be named target, as conformance's is)
                        Matcher m = SOURCE_ROOT.matcher(
                                ROOT.relativize(p).toString().replace('\\', '/'));
                        return m.find()
                                && !m.group(1).startsWith(".")
                                && !m.group(1).contains("target");
                    })
                    .collect(Collectors.groupingBy(
                            p -> p.getFileName().toString().replaceFirst("\\.java$", "")));
        }
    }

    @Test
    void theExtractionTakesTypesAndMembersAndLeavesTheRest() {
        String page = """
                `ObjectLockService.putRetention` and `@EmulatorBucket` and `S3Routes.dispatch()`;
                `ObjectLockPolicy.Bypass.GOVERNANCE`; not `java.time.Clock`, `S3`, `H2`, `README.md`,
                `.on(S3Operation.PUT_OBJECT_RETENTION, h)`, `--data-dir` or `POST /_emulator/reset`
                ```text
                `InsideAFence`
                ```
                """;
        assertThat(javaNamesIn(page))
                .containsExactly(
                        "ObjectLockService.putRetention",
                        "@EmulatorBucket",
                        "S3Routes.dispatch()",
                        "ObjectLockPolicy.Bypass.GOVERNANCE");
    }
}

package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id the code, the tests, the conformance scenarios and the READMEs cite must be
 * defined in {@code docs/aws-behaviour.md}, and nothing may still cite the research notes that
 * page replaced or a path outside the repository. A citation is a bracket group whose every
 * comma-separated part looks like an id ({@code [B.7]}, {@code [R24, R27]}, {@code [P.2.4]}), or an
 * {@code @AwsSource(rules = ...)} entry. Reads files only; Maven runs it from the module folder, so
 * the repository root is found by walking up to the folder that holds the page.
 */
class RuleCitationTest {

    private static final String REFERENCE = "docs/aws-behaviour.md";
    private static final String ID = "(?:[0A-DP](?:\\.\\d+)+|[A-DPRSQK]|[REKP]\\d+)";
    /** Shaped like an id, defined or not, so that a mistyped id in a group is reported, not skipped. */
    private static final Pattern ID_LIKE = Pattern.compile("[0-9A-Z](?:\\.\\d+)+|[A-Z]\\d{1,3}|[A-DPRSQK]");

    private static final Pattern HEADING = Pattern.compile("^#{2,6} (" + ID + "|0) ");
    private static final Pattern BOLD_ID = Pattern.compile("^(?:- |\\| )\\*\\*([REKP]\\d+)\\*\\*");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]\\n]+)]");
    private static final Pattern AWS_SOURCE = Pattern.compile("@AwsSource\\(\\s*rules\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** What the research notes' citations looked like, and paths that only existed on one machine. */
    private static final Pattern OLD_STYLE =
            Pattern.compile("\\b[Ss]pec [A-E0-9]|\\b[Rr]ules? [0-9]|\\.\\./shared|/w[o]rk/");
    /** Build output, version-control data (a folder, or a file in a worktree) and editor settings. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", ".idea", ".vscode", "node_modules");

    private final Path root = repositoryRoot();

    @Test
    void everyCitedRuleIdIsDefinedInTheReference() throws IOException {
        Set<String> defined = definedIds().keySet();
        List<Citation> citations = new ArrayList<>();
        for (Path file : citingFiles()) {
            citations.addAll(citationsIn(file));
        }

        assertThat(citations.size())
                .as("citations found (a scan that finds none proves nothing)")
                .isGreaterThan(100);
        assertThat(citations.stream().filter(c -> !defined.contains(c.id())).map(Citation::toString))
                .as("citations of ids that %s does not define", REFERENCE)
                .isEmpty();
    }

    @Test
    void everyIdIsDefinedOnceAndThePartsAreThere() throws IOException {
        Map<String, List<Integer>> defined = definedIds();

        assertThat(defined.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + " at lines " + e.getValue()))
                .as("ids defined more than once in %s", REFERENCE)
                .isEmpty();
        assertThat(defined)
                .containsKeys(
                        "0", "A", "B", "C", "D", "R", "S", "Q", "K", "P", "A.5.3", "B.8.4", "C.7.8", "P.2.4", "R1",
                        "R46", "E1", "E28", "E29", "E50", "K16", "P1", "P84");
    }

    @Test
    void nothingCitesTheOldNotesOrAPathOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : textFiles()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher old = OLD_STYLE.matcher(lines.get(i));
                if (old.find()) {
                    found.add(root.relativize(file) + ":" + (i + 1) + ": " + old.group());
                }
            }
        }
        assertThat(found)
                .as(
                        "citations in the old style (\"spec\" or \"rule\" and a number) or paths outside "
                                + "the repository; cite %s ids in brackets instead",
                        REFERENCE)
                .isEmpty();
    }

    /** Each id with the lines that define it: a heading that starts with it, or a bold list item or table cell. */
    private Map<String, List<Integer>> definedIds() throws IOException {
        Map<String, List<Integer>> defined = new HashMap<>();
        List<String> lines = lines(root.resolve(REFERENCE));
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher bold = BOLD_ID.matcher(line);
            String id = inCode ? null : heading.find() ? heading.group(1) : bold.find() ? bold.group(1) : null;
            if (id != null) {
                defined.computeIfAbsent(id, k -> new ArrayList<>()).add(i + 1);
            }
        }
        return defined;
    }

    private List<Citation> citationsIn(Path file) {
        String text = String.join("\n", lines(file));
        List<Citation> found = new ArrayList<>();
        Matcher group = BRACKETS.matcher(text);
        while (group.find()) {
            String[] parts = group.group(1).split(",");
            if (Stream.of(parts).allMatch(part -> ID_LIKE.matcher(part.strip()).matches())) {
                for (String part : parts) {
                    found.add(new Citation(root.relativize(file), lineOf(text, group.start()), part.strip()));
                }
            }
        }
        Matcher annotation = AWS_SOURCE.matcher(text);
        while (annotation.find()) {
            Matcher rule = QUOTED.matcher(annotation.group(1));
            while (rule.find()) {
                found.add(new Citation(root.relativize(file), lineOf(text, annotation.start()), rule.group(1)));
            }
        }
        return found;
    }

    /** Java and XML under each module's src, and the Markdown at the root, in the modules and in docs. */
    private List<Path> citingFiles() throws IOException {
        return textFiles().stream()
                .filter(file -> {
                    Path relative = root.relativize(file);
                    String name = file.getFileName().toString();
                    boolean source = relative.getNameCount() > 2
                            && relative.getName(1).toString().equals("src")
                            && (name.endsWith(".java") || name.endsWith(".xml"));
                    boolean markdown = name.endsWith(".md")
                            && (relative.getNameCount() <= 2
                                    || relative.getName(0).toString().equals("docs"));
                    return source || markdown;
                })
                .toList();
    }

    /** Every text file of the repository, build output and version-control data left out. */
    private List<Path> textFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> Stream.iterate(root.relativize(file), p -> p != null, Path::getParent)
                            .noneMatch(
                                    part -> SKIPPED.contains(part.getFileName().toString())))
                    .filter(RuleCitationTest::isText)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isText(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REFERENCE)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no " + REFERENCE + " above " + Path.of("").toAbsolutePath());
    }

    private record Citation(Path file, int line, String id) {
        @Override
        public String toString() {
            return file + ":" + line + " " + id;
        }
    }
}

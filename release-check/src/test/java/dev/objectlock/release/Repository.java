package dev.objectlock.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's files as the release checks read them, and the version Maven builds. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("objectlock.repositoryRoot", ".."))
            .toAbsolutePath()
            .normalize();

    /** What every published file carries: the version of the reactor (pom.xml), set by Maven. */
    static final String VERSION = System.getProperty("objectlock.projectVersion", "");

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    private Repository() {}

    static String read(String path) {
        try {
            return Files.readString(ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a README section: from its "## title" heading to the next heading of that level. */
    static String readmeSection(String title) {
        String readme = read("README.md");
        int start = readme.indexOf("\n## " + title + "\n");
        if (start < 0) {
            throw new AssertionError("README.md has no section '## " + title + "'");
        }
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    /** The command on the line after {@code # <comment>} in the README's first bash block of a section. */
    static String readmeCommand(String section, String comment) {
        Matcher block = BASH_BLOCK.matcher(readmeSection(section));
        while (block.find()) {
            String[] lines = block.group(1).split("\n");
            for (int i = 0; i + 1 < lines.length; i++) {
                if (lines[i].strip().equals("# " + comment)) {
                    return lines[i + 1].strip();
                }
            }
        }
        throw new AssertionError("README.md, section " + section + ": no command under '# " + comment + "'");
    }
}

package dev.objectlock.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Installation section: the coordinates, the BOM, and the version written once. */
class InstallationSectionTest {

    private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");

    @Test
    void theVersionIsWrittenOnceAndIsTheProjectVersion() {
        String section = Repository.readmeSection("Installation");
        List<String> versions =
                VERSION.matcher(section).results().map(m -> m.group(1)).toList();
        assertThat(versions).containsExactly(Repository.VERSION);
        assertThat(section.split(Pattern.quote(Repository.VERSION), -1)).hasSize(2);
    }

    @Test
    void theBomIsImportedAndTheModulesNeedNoVersion() {
        String section = Repository.readmeSection("Installation");
        Matcher bom = Pattern.compile("<artifactId>objectlock-bom</artifactId>\\s*<version>[^<]+</version>\\s*"
                        + "<type>pom</type>\\s*<scope>import</scope>")
                .matcher(section);
        assertThat(bom.find()).as("the BOM, imported").isTrue();
        assertThat(section)
                .contains("<artifactId>objectlock-junit5</artifactId>")
                .contains("| `objectlock-junit5` |")
                .contains("| `objectlock-emulator` |")
                .contains("| `objectlock-testcontainers` |")
                .contains("<groupId>dev.objectlock</groupId>");
    }

    @Test
    void theImageCommandTagsTheProjectVersionForARegistry() {
        String command = Repository.readmeCommand("Installation", "the image, tagged for a registry");
        assertThat(command)
                .contains("help:evaluate -Dexpression=project.version")
                .contains("--build-arg VERSION=\"$VERSION\"")
                .contains("--build-arg REVISION=\"$(git rev-parse HEAD)\"")
                .contains("-t \"ghcr.io/$OWNER/objectlock-emulator:$VERSION\"");
    }
}

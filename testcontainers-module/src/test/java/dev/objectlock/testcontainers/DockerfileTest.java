package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the Docker tests rely on in the {@code Dockerfile}, checked without Docker so that every
 * build, CI included, catches a change that would only show where an engine runs.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of(System.getProperty("objectlock.repositoryRoot", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("Dockerfile");

    @Test
    void bothStagesCarryTheLabelTheLeftoverCleanupFiltersOn() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        String label = EmulatorImage.LABEL.replace("=", "=\"") + "\"";

        assertThat(dockerfile.split("\nFROM "))
                .hasSize(3)
                .allSatisfy(stage -> assertThat(stage.startsWith("#") || stage.contains(label))
                        .isTrue());
    }

    /**
     * The image makes and maps its own class archive with the flags the Maven build's launcher uses;
     * an archive only fits a JVM started with the flags it was made with, so both lists must agree.
     */
    @Test
    void theTrainingRunAndTheEntrypointUseTheStandaloneLaunchersFlags() throws IOException {
        String pom = Files.readString(DOCKERFILE.resolveSibling("emulator").resolve("pom.xml"));
        Matcher property = Pattern.compile("<standalone.jvmFlags>([^<]+)</standalone.jvmFlags>")
                .matcher(pom);
        assertThat(property.find()).isTrue();
        List<String> flags = List.of(property.group(1).trim().split("\\s+"));
        String dockerfile = Files.readString(DOCKERFILE);
        String training = dockerfile.substring(dockerfile.indexOf("-XX:ArchiveClassesAtExit"));
        String entrypoint = dockerfile.substring(dockerfile.indexOf("ENTRYPOINT"));

        assertThat(flags).isNotEmpty().allSatisfy(flag -> {
            assertThat(training.substring(0, training.indexOf("--training-run")))
                    .contains(flag);
            assertThat(entrypoint).contains("\"" + flag + "\"");
        });
        assertThat(entrypoint).contains("\"-XX:SharedArchiveFile=/opt/objectlock/objectlock-emulator.jsa\"");
    }

    @Test
    void theUserIsNumericAndCreatedWithoutDistributionSpecificTools() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);

        assertThat(lines).contains("USER 10001:10001");
        assertThat(lines)
                .noneMatch(l -> !l.startsWith("#") && l.matches(".*\\b(adduser|addgroup|useradd|groupadd)\\b.*"));
    }
}

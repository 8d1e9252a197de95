package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void theUserIsNumericAndCreatedWithoutDistributionSpecificTools() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);

        assertThat(lines).contains("USER 10001:10001");
        assertThat(lines)
                .noneMatch(l -> !l.startsWith("#") && l.matches(".*\\b(adduser|addgroup|useradd|groupadd)\\b.*"));
    }
}

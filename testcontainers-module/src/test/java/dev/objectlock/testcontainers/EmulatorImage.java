package dev.objectlock.testcontainers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The emulator image, built once per test run from the repository's {@code Dockerfile} and the
 * standalone jar, so the Docker tests check the recipe in this checkout rather than whatever image
 * happens to be on the machine. It is tagged {@code objectlock-emulator:<project version>} (what
 * {@code new ObjectLockEmulatorContainer()} runs) and kept afterwards, as {@code docker build}
 * would leave it.
 */
final class EmulatorImage {

    private static String built;

    private EmulatorImage() {
    }

    /** Builds the image on first use (Docker tests only) and returns its name. */
    static synchronized String build() {
        if (built == null) {
            Path root = Path.of(System.getProperty("objectlock.repositoryRoot", "..")).toAbsolutePath().normalize();
            Path jar = root.resolve("emulator/target/objectlock-emulator.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the image is built from the standalone jar. "
                        + "Run 'mvn -B verify' (or 'mvn -B -q -DskipTests -pl emulator -am package') first.");
            }
            String name = ObjectLockEmulatorContainer.DEFAULT_IMAGE_NAME
                    .withTag(ObjectLockEmulatorContainer.DEFAULT_TAG).asCanonicalNameString();
            // Exactly the context .dockerignore lets through: the Dockerfile and the jar.
            built = new ImageFromDockerfile(name, false)
                    .withFileFromPath("Dockerfile", root.resolve("Dockerfile"))
                    .withFileFromPath("emulator/target/objectlock-emulator.jar", jar)
                    .get();
        }
        return built;
    }
}

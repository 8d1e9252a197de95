package dev.objectlock.testcontainers;

import com.github.dockerjava.api.model.PruneType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The emulator image the Docker tests run. By default it is built once per test run from the
 * repository's {@code Dockerfile} and the standalone jar, so the tests check the recipe in this
 * checkout rather than whatever image happens to be on the machine, and tagged
 * {@code objectlock-emulator:<project version>} (what {@code new ObjectLockEmulatorContainer()}
 * runs), which stays afterwards, as {@code docker build} would leave it. Two properties change that:
 * <ul>
 *   <li>{@code -Dobjectlock.baseImage=<image>} builds on that base (the Dockerfile's
 *       {@code BASE_IMAGE}), for machines that cannot pull the default one;</li>
 *   <li>{@code -Dobjectlock.image=<image>} runs an existing image (a released tag, a mirror) and
 *       builds nothing.</li>
 * </ul>
 */
final class EmulatorImage {

    static final String IMAGE = "objectlock.image";
    static final String BASE_IMAGE = "objectlock.baseImage";
    /** The label the Dockerfile puts on both of its stages, so their leftovers can be found. */
    static final String LABEL = "dev.objectlock.image=objectlock-emulator";

    private static DockerImageName image;

    private EmulatorImage() {}

    /** The image to run: the one {@code -Dobjectlock.image} names, or this checkout's, built on first use. */
    static synchronized DockerImageName get() {
        if (image == null) {
            String given = System.getProperty(IMAGE, "").strip();
            image = given.isEmpty()
                    ? build()
                    : DockerImageName.parse(given)
                            .asCompatibleSubstituteFor(ObjectLockEmulatorContainer.DEFAULT_IMAGE_NAME);
        }
        return image;
    }

    /** Whether the tests run the image {@code new ObjectLockEmulatorContainer()} runs. */
    static boolean isDefault() {
        return get().asCanonicalNameString().equals(defaultName());
    }

    private static DockerImageName build() {
        Path root = Path.of(System.getProperty("objectlock.repositoryRoot", ".."))
                .toAbsolutePath()
                .normalize();
        Path jar = root.resolve("emulator/target/objectlock-emulator.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the image is built from the standalone jar. "
                    + "Run 'mvn -B verify' (or 'mvn -B -q -DskipTests -pl emulator -am package') first.");
        }
        // Exactly the context .dockerignore lets through: the Dockerfile and the jar.
        ImageFromDockerfile recipe = new ImageFromDockerfile(defaultName(), false)
                .withFileFromPath("Dockerfile", root.resolve("Dockerfile"))
                .withFileFromPath("emulator/target/objectlock-emulator.jar", jar)
                .withBuildArg("VERSION", ObjectLockEmulatorContainer.DEFAULT_TAG);
        String base = System.getProperty(BASE_IMAGE, "").strip();
        if (!base.isEmpty()) {
            recipe.withBuildArg("BASE_IMAGE", base);
        }
        String built;
        try {
            built = recipe.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "could not build " + defaultName() + " on "
                            + (base.isEmpty() ? "the Dockerfile's default base image" : base)
                            + ". Where that base cannot be "
                            + "pulled, pass -D" + BASE_IMAGE + "=<a JRE 17 image the engine has>, or -D" + IMAGE
                            + "=<an emulator image> to build nothing",
                    e);
        }
        removeDanglingImages();
        return DockerImageName.parse(built);
    }

    /**
     * A rebuild leaves untagged images behind: the jar stage (about the base image plus two copies of
     * the jar) and the image the tag pointed at before. Only those carrying the Dockerfile's label go.
     */
    private static void removeDanglingImages() {
        DockerClientFactory.instance()
                .client()
                .pruneCmd(PruneType.IMAGES)
                .withDangling(true)
                .withLabelFilter(LABEL)
                .exec();
    }

    private static String defaultName() {
        return ObjectLockEmulatorContainer.DEFAULT_IMAGE_NAME
                .withTag(ObjectLockEmulatorContainer.DEFAULT_TAG)
                .asCanonicalNameString();
    }
}

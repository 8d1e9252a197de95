package dev.objectlock.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The image carries the standard OCI labels, the version and revision coming from the build. */
class ImageLabelsTest {

    @Test
    void theDockerfileSetsTheStandardOciLabels() {
        String dockerfile = Repository.read("Dockerfile");
        assertThat(dockerfile)
                .contains("ARG VERSION=" + Repository.VERSION + "\n")
                .contains("ARG REVISION=")
                .contains("org.opencontainers.image.title=\"ObjectLock Emulator\"")
                .contains("org.opencontainers.image.description=\"")
                .contains("org.opencontainers.image.source=\"https://github.com/objectlock/objectlock-emulator\"")
                .contains("org.opencontainers.image.licenses=\"Apache-2.0\"")
                .contains("org.opencontainers.image.version=\"${VERSION}\"")
                .contains("org.opencontainers.image.revision=\"${REVISION}\"");
    }
}

package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK is an optional dependency: a project that uses the container without it must be able
 * to load, configure and start it. This loads the container in a class loader that has the test
 * class path minus every {@code software.amazon.awssdk} jar.
 */
class NoAwsSdkOnClasspathTest {

    @Test
    void theContainerLoadsAndIsConfiguredWithoutTheSdkAndOnlyTheHelpersAskForIt() throws Exception {
        try (URLClassLoader withoutSdk =
                new URLClassLoader(classPathWithoutSdk(), ClassLoader.getPlatformClassLoader())) {
            assertThat(classExists(withoutSdk, "software.amazon.awssdk.services.s3.S3Client"))
                    .isFalse();
            @SuppressWarnings("unchecked")
            Supplier<Map<String, String>> probe =
                    (Supplier<Map<String, String>>) Class.forName(NoAwsSdkProbe.class.getName(), true, withoutSdk)
                            .getConstructor()
                            .newInstance();
            assertThat(probe.getClass().getClassLoader()).isSameAs(withoutSdk);

            Map<String, String> seen = probe.get();

            assertThat(seen)
                    .containsEntry("region", "eu-west-1")
                    .containsEntry("accountId", "111122223333")
                    .containsEntry("env", "eu-west-1");
            assertThat(seen.get("createS3Client"))
                    .isEqualTo(
                            IllegalStateException.class.getName()
                                    + ": this helper needs the AWS SDK for Java v2 on the classpath: add software.amazon.awssdk:s3");
            assertThat(seen.get("createS3ControlClient"))
                    .isEqualTo(
                            IllegalStateException.class.getName()
                                    + ": this helper needs the AWS SDK for Java v2 on the classpath: add software.amazon.awssdk:s3control");
        }
    }

    private static URL[] classPathWithoutSdk() {
        // Surefire runs tests from a manifest-only jar; it publishes the real class path here.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.replace(File.separatorChar, '/').contains("/software/amazon/awssdk/"))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
    }

    private static boolean classExists(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

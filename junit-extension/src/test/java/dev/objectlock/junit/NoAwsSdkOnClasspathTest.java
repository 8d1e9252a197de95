package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.junit.nosdk.ClassPathProbe;
import dev.objectlock.junit.nosdk.S3AsyncClientTestCases;
import dev.objectlock.junit.nosdk.S3ClientTestCases;
import dev.objectlock.junit.nosdk.WithoutSdkIdentitiesTestCases;
import dev.objectlock.junit.nosdk.WithoutSdkTestCases;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK is an optional dependency. Each test runs fixture classes through JUnit inside a class
 * loader that has the test class path minus part of the SDK, as a project that lacks it would, and
 * checks what works and what fails with a message naming the artifact to add.
 */
class NoAwsSdkOnClasspathTest {

    @Test
    void withoutTheSdkTheEndpointEmulatorClockBatchJobsAndFixturesStillWork() throws Exception {
        List<String> outcomes =
                runWithout(entry -> entry.contains("/software/amazon/awssdk/"), WithoutSdkTestCases.class);

        assertThat(outcomes)
                .containsExactly(
                        "endpointEmulatorClockAndBatchJobsAreInjected(URI, ObjectLockEmulator, MutableClock, Clock, BatchJobs)"
                                + " SUCCESSFUL");
    }

    @Test
    void withoutTheSdkSecuredModeFixturesAndEmulatorCredentialsStillWork() throws Exception {
        List<String> outcomes =
                runWithout(entry -> entry.contains("/software/amazon/awssdk/"), WithoutSdkIdentitiesTestCases.class);

        assertThat(outcomes)
                .containsExactly("credentialsAreInjectedAndFixturesCreated(EmulatorCredentials, EmulatorCredentials, "
                        + "ObjectLockEmulator) SUCCESSFUL");
    }

    @Test
    void withoutS3ControlTheS3ClientIsStillInjected() throws Exception {
        List<String> outcomes =
                runWithout(entry -> entry.contains("/software/amazon/awssdk/s3control/"), S3ClientTestCases.class);

        assertThat(outcomes).containsExactly("s3ClientIsInjected(S3Client) SUCCESSFUL");
    }

    @Test
    void withoutAnSdkHttpClientInjectingAClientFailsNamingTheArtifactsToAdd() throws Exception {
        Predicate<String> httpClients = entry -> entry.matches(
                ".*/software/amazon/awssdk/(apache5-client|apache-client|netty-nio-client|url-connection-client|aws-crt-client)/.*");

        assertThat(runWithout(httpClients, S3ClientTestCases.class))
                .singleElement()
                .asString()
                .startsWith("s3ClientIsInjected(S3Client) FAILED "
                        + "org.junit.jupiter.api.extension.ParameterResolutionException: Cannot inject S3Client: "
                        + "the AWS SDK found no HTTP client on the test classpath; add "
                        + "software.amazon.awssdk:apache5-client or url-connection-client");
        assertThat(runWithout(httpClients, S3AsyncClientTestCases.class))
                .singleElement()
                .asString()
                .startsWith("s3AsyncClientIsInjected(S3AsyncClient) FAILED "
                        + "org.junit.jupiter.api.extension.ParameterResolutionException: Cannot inject S3AsyncClient: "
                        + "the AWS SDK found no HTTP client on the test classpath; add "
                        + "software.amazon.awssdk:netty-nio-client");
    }

    private static List<String> runWithout(Predicate<String> hidden, Class<?> testCases) throws Exception {
        URL[] classPath = Arrays.stream(testClassPath())
                .filter(entry -> !hidden.test(entry.replace(File.separatorChar, '/')))
                .map(NoAwsSdkOnClasspathTest::toUrl)
                .toArray(URL[]::new);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            @SuppressWarnings("unchecked")
            Function<String, List<String>> probe =
                    (Function<String, List<String>>) Class.forName(ClassPathProbe.class.getName(), true, loader)
                            .getConstructor()
                            .newInstance();
            assertThat(probe.getClass().getClassLoader()).isSameAs(loader);
            return probe.apply(testCases.getName());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String[] testClassPath() {
        // Surefire runs tests from a manifest-only jar; it publishes the real class path here.
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator);
    }

    private static URL toUrl(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}

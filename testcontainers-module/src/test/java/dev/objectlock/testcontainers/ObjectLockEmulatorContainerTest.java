package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** Everything about the container that needs no Docker engine: naming, configuration, endpoint. */
class ObjectLockEmulatorContainerTest {

    @Nested
    class ImageName {

        @Test
        void theDefaultImageIsTheRepositoryNameTaggedWithTheProjectVersion() {
            ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer();

            assertThat(imageName(container)).isEqualTo("objectlock-emulator:0.1.0-SNAPSHOT");
            assertThat(ObjectLockEmulatorContainer.DEFAULT_TAG)
                    .as("DEFAULT_TAG follows the Maven project version")
                    .isEqualTo(System.getProperty("objectlock.projectVersion"));
        }

        @Test
        void anyTagOfTheEmulatorImageIsAccepted() {
            assertThat(imageName(new ObjectLockEmulatorContainer("objectlock-emulator:1.2.3")))
                    .isEqualTo("objectlock-emulator:1.2.3");
            assertThat(imageName(new ObjectLockEmulatorContainer(DockerImageName.parse("objectlock-emulator"))))
                    .isEqualTo("objectlock-emulator:latest");
        }

        @Test
        void anotherImageIsRefusedUnlessDeclaredASubstitute() {
            assertThatThrownBy(() -> new ObjectLockEmulatorContainer("minio/minio:RELEASE.2024-01-01T00-00-00Z"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("minio/minio")
                    .hasMessageContaining("objectlock-emulator");
            assertThatThrownBy(() -> new ObjectLockEmulatorContainer("registry.example.com/objectlock-emulator:1"))
                    .isInstanceOf(IllegalStateException.class);

            DockerImageName mirrored = DockerImageName.parse("registry.example.com/team/objectlock:1")
                    .asCompatibleSubstituteFor("objectlock-emulator");
            assertThat(imageName(new ObjectLockEmulatorContainer(mirrored)))
                    .isEqualTo("registry.example.com/team/objectlock:1");
        }

        /**
         * The image a container will run. getDockerImageName() would resolve it, which pulls it;
         * the image's description names it without asking Docker.
         */
        private String imageName(ObjectLockEmulatorContainer container) {
            String description = container.getImage().toString();
            Matcher m = Pattern.compile("imageName=([^,]+),").matcher(description);
            assertThat(m.find()).as(description).isTrue();
            return m.group(1);
        }

        @Test
        void itExposesTheEmulatorsPort() {
            assertThat(new ObjectLockEmulatorContainer().getExposedPorts()).containsExactly(9000);
        }
    }

    @Nested
    class Configuration {

        @Test
        void unconfiguredItListensOnAllInterfacesOnTheExposedPortWithTheEmulatorsDefaults() {
            ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer();

            assertThat(container.getEnvMap())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "OBJECTLOCK_HOST", "0.0.0.0",
                            "OBJECTLOCK_PORT", "9000"));
            assertThat(container.getRegion()).isEqualTo("us-east-1");
            assertThat(container.getAccountId()).isEqualTo("123456789012");
        }

        @Test
        void everySettingBecomesOneEnvironmentVariableAndTheGettersReadItBack() {
            ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer()
                    .withRegion("eu-west-1")
                    .withAccountId("111122223333")
                    .withDataDir("/data")
                    .withVirtualHostSuffix("s3.test");

            assertThat(container.getEnvMap())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "OBJECTLOCK_HOST", "0.0.0.0",
                            "OBJECTLOCK_PORT", "9000",
                            "OBJECTLOCK_REGION", "eu-west-1",
                            "OBJECTLOCK_ACCOUNT_ID", "111122223333",
                            "OBJECTLOCK_DATA_DIR", "/data",
                            "OBJECTLOCK_VIRTUAL_HOST_SUFFIX", "s3.test"));
            assertThat(container.getRegion()).isEqualTo("eu-west-1");
            assertThat(container.getAccountId()).isEqualTo("111122223333");
        }

        @Test
        void theClockStartIsNotAnEnvironmentVariable() {
            ObjectLockEmulatorContainer container =
                    new ObjectLockEmulatorContainer().withClockStart(Instant.parse("2030-01-01T00:00:00Z"));

            assertThat(container.getEnvMap()).containsOnlyKeys("OBJECTLOCK_HOST", "OBJECTLOCK_PORT");
        }

        @Test
        void valuesTheEmulatorWouldRefuseAreRefusedBeforeAnyContainerStarts() {
            ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer();

            assertThatThrownBy(() -> container.withAccountId("1234")).hasMessageContaining("12 digits");
            assertThatThrownBy(() -> container.withRegion(" ")).hasMessageContaining("region");
            assertThatThrownBy(() -> container.withDataDir("data")).hasMessageContaining("absolute");
            assertThatThrownBy(() -> container.withClockStart(null)).isInstanceOf(NullPointerException.class);
            assertThat(container.getEnvMap()).containsOnlyKeys("OBJECTLOCK_HOST", "OBJECTLOCK_PORT");
        }

        @Test
        void anyCredentialsWork() {
            ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer();

            assertThat(container.getAccessKey()).isNotBlank();
            assertThat(container.getSecretKey()).isNotBlank();
        }
    }

    @Nested
    class Endpoint {

        @Test
        void aHostNameOrIpv4AddressAndTheMappedPort() {
            assertThat(ObjectLockEmulatorContainer.endpoint("localhost", 32768))
                    .isEqualTo(URI.create("http://localhost:32768"));
            assertThat(ObjectLockEmulatorContainer.endpoint("192.168.99.100", 9000))
                    .isEqualTo(URI.create("http://192.168.99.100:9000"));
        }

        @Test
        void anIpv6AddressIsBracketed() {
            URI endpoint = ObjectLockEmulatorContainer.endpoint("::1", 32768);

            assertThat(endpoint).isEqualTo(URI.create("http://[::1]:32768"));
            assertThat(endpoint.getPort()).isEqualTo(32768);
            assertThat(ObjectLockEmulatorContainer.endpoint("[::1]", 32768)).isEqualTo(endpoint);
        }

        @Test
        void beforeTheContainerStartsThereIsNone() {
            assertThatThrownBy(() -> new ObjectLockEmulatorContainer().getEndpoint())
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}

package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.EmulatorConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The container may not depend on the emulator's classes, so it repeats the names of the
 * environment variables the image reads (style pitfall 13). These tests hold the two copies
 * together: a renamed, added or removed setting in {@link EmulatorConfig} fails here.
 */
class EmulatorEnvironmentTest {

    @Test
    void everyEnvironmentNameEqualsTheEmulatorsConstant() {
        assertThat(constants(EmulatorConfig.class, "ENV_"))
                .isEqualTo(Map.of(
                        "ENV_HOST", EmulatorEnvironment.HOST,
                        "ENV_PORT", EmulatorEnvironment.PORT,
                        "ENV_REGION", EmulatorEnvironment.REGION,
                        "ENV_ACCOUNT_ID", EmulatorEnvironment.ACCOUNT_ID,
                        "ENV_DATA_DIR", EmulatorEnvironment.DATA_DIR,
                        "ENV_VIRTUAL_HOST_SUFFIX", EmulatorEnvironment.VIRTUAL_HOST_SUFFIX,
                        "ENV_IDENTITIES", EmulatorEnvironment.IDENTITIES,
                        "ENV_ADMIN_TOKEN", EmulatorEnvironment.ADMIN_TOKEN));
        assertThat(constants(EmulatorEnvironment.class, "").entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("DEFAULT_"))
                        .map(Map.Entry::getValue))
                .as("the container knows exactly the emulator's settings")
                .containsExactlyInAnyOrderElementsOf(
                        constants(EmulatorConfig.class, "ENV_").values());
    }

    @Test
    void theDefaultsTheGettersReportAreTheEmulatorsDefaults() {
        assertThat(EmulatorEnvironment.DEFAULT_REGION).isEqualTo(EmulatorConfig.DEFAULT_REGION);
        assertThat(EmulatorEnvironment.DEFAULT_ACCOUNT_ID).isEqualTo(EmulatorConfig.DEFAULT_ACCOUNT_ID);
        assertThat(ObjectLockEmulatorContainer.PORT).isEqualTo(EmulatorConfig.DEFAULT_PORT);
    }

    @Test
    void aFullyConfiguredContainersEnvironmentIsReadByTheEmulatorAsConfigured() {
        ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer()
                .withRegion("eu-central-1")
                .withAccountId("111122223333")
                .withDataDir("/data")
                .withVirtualHostSuffix("s3.test")
                .withClockStart(Instant.parse("2030-01-01T00:00:00Z"));

        EmulatorConfig config = EmulatorConfig.fromEnv(container.getEnvMap()::get);

        assertThat(config)
                .isEqualTo(new EmulatorConfig(
                        "0.0.0.0", 9000, "eu-central-1", "111122223333", Path.of("/data"), "s3.test"));
        assertThat(new TreeMap<>(container.getEnvMap())).isEqualTo(new TreeMap<>(config.toEnv()));
    }

    @Test
    void anUnconfiguredContainerRunsTheEmulatorsDefaultsOnAllInterfaces() {
        ObjectLockEmulatorContainer container = new ObjectLockEmulatorContainer();

        EmulatorConfig config = EmulatorConfig.fromEnv(container.getEnvMap()::get);

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(ObjectLockEmulatorContainer.PORT);
        assertThat(config.region()).isEqualTo(container.getRegion());
        assertThat(config.accountId()).isEqualTo(container.getAccountId());
        assertThat(config.dataDir()).isNull();
        assertThat(config.virtualHostSuffix()).isEqualTo(EmulatorConfig.DEFAULT_VIRTUAL_HOST_SUFFIX);
    }

    private static Map<String, String> constants(Class<?> type, String prefix) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
                .filter(f -> f.getType() == String.class && f.getName().startsWith(prefix))
                .collect(Collectors.toMap(Field::getName, EmulatorEnvironmentTest::read));
    }

    private static String read(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}

package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmulatorConfigTest {

    @Test
    void builderDefaultsSuitInProcessUse() {
        EmulatorConfig c = EmulatorConfig.builder().build();

        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isZero();
        assertThat(c.region()).isEqualTo("us-east-1");
        assertThat(c.accountId()).isEqualTo("123456789012");
        assertThat(c.dataDir()).isNull();
        assertThat(c.virtualHostSuffix()).isEqualTo("localhost");
    }

    @Test
    void emptyEnvironmentGivesStandaloneDefaults() {
        EmulatorConfig c = EmulatorConfig.fromEnv(name -> null);

        assertThat(c).isEqualTo(EmulatorConfig.builder().port(9000).build());
    }

    @Test
    void everySettingRoundTripsThroughTheEnvironment() {
        EmulatorConfig c = new EmulatorConfig(
                "0.0.0.0", 4566, "eu-central-1", "210987654321", Path.of("/var/lib/objectlock"), "s3.test");

        Map<String, String> env = c.toEnv();

        assertThat(env)
                .containsOnlyKeys(
                        EmulatorConfig.ENV_HOST,
                        EmulatorConfig.ENV_PORT,
                        EmulatorConfig.ENV_REGION,
                        EmulatorConfig.ENV_ACCOUNT_ID,
                        EmulatorConfig.ENV_DATA_DIR,
                        EmulatorConfig.ENV_VIRTUAL_HOST_SUFFIX);
        assertThat(EmulatorConfig.fromEnv(env::get)).isEqualTo(c);
    }

    @Test
    void inMemoryConfigRoundTripsWithoutADataDirVariable() {
        EmulatorConfig c = EmulatorConfig.builder().port(9000).build();

        assertThat(c.toEnv()).doesNotContainKey(EmulatorConfig.ENV_DATA_DIR);
        assertThat(EmulatorConfig.fromEnv(c.toEnv()::get)).isEqualTo(c);
    }

    @Test
    void blankVariablesAreIgnoredAndValuesAreTrimmed() {
        Map<String, String> env = new HashMap<>();
        env.put(EmulatorConfig.ENV_REGION, "  ");
        env.put(EmulatorConfig.ENV_PORT, " 9100 ");

        EmulatorConfig c = EmulatorConfig.fromEnv(env::get);

        assertThat(c.region()).isEqualTo("us-east-1");
        assertThat(c.port()).isEqualTo(9100);
    }

    @Test
    void badVariablesFailWithTheirName() {
        assertThatThrownBy(() -> EmulatorConfig.fromEnv(Map.of(EmulatorConfig.ENV_PORT, "x")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OBJECTLOCK_PORT must be a number between 0 and 65535, was 'x'");
        assertThatThrownBy(() -> EmulatorConfig.fromEnv(Map.of(EmulatorConfig.ENV_ACCOUNT_ID, "1")::get))
                .hasMessage("account id must be 12 digits, was 1");
    }

    @Test
    void toBuilderCopiesEverySetting() {
        EmulatorConfig c = new EmulatorConfig("::1", 1, "ap-south-2", "000000000001", Path.of("d"), "x.test");

        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(c.toBuilder().port(2).build().port()).isEqualTo(2);
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> EmulatorConfig.builder().port(65536).build())
                .hasMessage("port must be between 0 and 65535, was 65536");
        assertThatThrownBy(() -> EmulatorConfig.builder().region("US-EAST-1").build())
                .hasMessage("region must look like us-east-1, was US-EAST-1");
        assertThatThrownBy(() -> EmulatorConfig.builder().host(" ").build()).hasMessage("host must not be empty");
    }
}

package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.LifecycleConfiguration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Put/GetBucketLifecycleConfiguration body ([R90]): what is read is written back the same. */
class LifecycleConfigurationXmlTest {

    @Test
    void readsAndWritesBackEveryRuleShape() {
        LifecycleConfiguration read = LifecycleConfigurationReader.read(
                golden("LifecycleConfiguration_rules").getBytes(StandardCharsets.UTF_8), null);

        assertThat(read.rules()).hasSize(3);
        assertThat(read.rules().get(1).filter().and()).isTrue();
        assertThat(read.rules().get(2).filter().legacyPrefix()).isTrue();

        String xml = new String(XmlCodec.write(LifecycleConfigurationXml.of(read)), StandardCharsets.UTF_8);
        assertSameXml(xml, golden("LifecycleConfiguration_rules"));
        assertS3Namespaced(xml);
    }
}

package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Put/GetBucketReplication body ([R110]-[R112]): what is read is written back the same, V2 and V1. */
class ReplicationConfigurationXmlTest {

    @ParameterizedTest
    @ValueSource(strings = {"ReplicationConfiguration_rules", "ReplicationConfiguration_v1"})
    void readsAndWritesBackEveryRuleShape(String file) {
        ReplicationConfiguration read =
                ReplicationConfigurationReader.read(golden(file).getBytes(StandardCharsets.UTF_8));

        String xml = new String(XmlCodec.write(ReplicationConfigurationXml.of(read)), StandardCharsets.UTF_8);
        assertSameXml(xml, golden(file));
        assertS3Namespaced(xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReplicationConfiguration_rules"})
    void readsFiltersAndDestinations(String file) {
        ReplicationConfiguration read =
                ReplicationConfigurationReader.read(golden(file).getBytes(StandardCharsets.UTF_8));

        assertThat(read.rules()).hasSize(4);
        assertThat(read.rules().get(0).destination().bucket()).isEqualTo("ledger-dr");
        assertThat(read.rules().get(0).replicatesDeleteMarkers()).isTrue();
        assertThat(read.rules().get(1).filter().and()).isTrue();
        assertThat(read.rules().get(1).filter().tags()).hasSize(2);
        assertThat(read.rules().get(2).filter().tags()).singleElement();
        assertThat(read.rules().get(3).filter().prefix()).isNull();
        assertThat(read.rules().get(3).filter().tags()).isEmpty();
    }
}

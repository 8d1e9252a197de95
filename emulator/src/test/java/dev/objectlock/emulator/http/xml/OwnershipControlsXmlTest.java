package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OwnershipControls (https://docs.aws.amazon.com/AmazonS3/latest/API/API_OwnershipControls.html) [R80]. */
class OwnershipControlsXmlTest {

    @Test
    void writesAndReadsTheGoldenDocument() {
        String xml = new String(XmlCodec.write(OwnershipControlsXml.of("ObjectWriter")), StandardCharsets.UTF_8);

        assertSameXml(xml, golden("OwnershipControls_objectWriter"));
        assertS3Namespaced(xml);
        assertThat(XmlCodec.read(
                                golden("OwnershipControls_objectWriter").getBytes(StandardCharsets.UTF_8),
                                OwnershipControlsXml.class)
                        .values())
                .isEqualTo(List.of("ObjectWriter"));
    }
}

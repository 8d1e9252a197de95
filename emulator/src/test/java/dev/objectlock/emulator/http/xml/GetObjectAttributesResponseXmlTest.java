package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GetObjectAttributes response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectAttributes.html). */
class GetObjectAttributesResponseXmlTest {

    @Test
    void writesEveryAttributeInAwsOrder() {
        String xml = write(new GetObjectAttributesResponseXml(
                "25f9e794323b453885f5181f1b624d0b-2",
                new GetObjectAttributesResponseXml.ChecksumXml(
                        ChecksumValuesXml.of(ChecksumAlgorithm.CRC64NVME, "rosUhgp5mIg="), "FULL_OBJECT"),
                new GetObjectAttributesResponseXml.ObjectPartsXml(2),
                "STANDARD",
                18L));

        assertSameXml(xml, golden("GetObjectAttributesResponse_allAttributes"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesOnlyTheRequestedAttributes() {
        String xml = write(new GetObjectAttributesResponseXml(null, null, null, null, 0L));

        assertSameXml(xml, golden("GetObjectAttributesResponse_objectSizeOnly"));
        assertS3Namespaced(xml);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}

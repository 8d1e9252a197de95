package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GetBucketLocation response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html). */
class LocationConstraintXmlTest {

    @Test
    void writesTheRegionAsText() {
        String xml = write(new LocationConstraintXml("us-west-2"));

        assertSameXml(xml, golden("LocationConstraint_usWest2"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesAnEmptyElementForUsEast1() {
        String xml = write(new LocationConstraintXml(null));

        assertSameXml(xml, golden("LocationConstraint_usEast1"));
        assertS3Namespaced(xml);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}

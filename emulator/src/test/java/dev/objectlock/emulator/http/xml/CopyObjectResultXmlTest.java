package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CopyObject response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html). */
class CopyObjectResultXmlTest {

    private static final CopyObjectResultXml WITH_CHECKSUM = new CopyObjectResultXml(
            "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"",
            "2024-01-01T00:00:00.000Z",
            "FULL_OBJECT",
            "DUoRhQ==",
            null,
            null,
            null,
            null);

    @Test
    void writesTheAwsExample() {
        String xml = write(new CopyObjectResultXml(
                "\"9b2cf535f27731c974343645a3985328\"",
                "2009-10-12T17:50:30.000Z",
                null,
                null,
                null,
                null,
                null,
                null));

        assertSameXml(xml, golden("CopyObjectResult_awsExample"));
        assertS3Namespaced(xml);
    }

    @Test
    void writesChecksumMembersAfterTheETag() {
        String xml = write(WITH_CHECKSUM);

        assertSameXml(xml, golden("CopyObjectResult_withChecksum"));
        assertS3Namespaced(xml);
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(XmlCodec.read(XmlCodec.write(WITH_CHECKSUM), CopyObjectResultXml.class))
                .isEqualTo(WITH_CHECKSUM);
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }
}

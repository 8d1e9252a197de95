package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GetBucketPolicyStatus response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html,
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PolicyStatus.html).
 */
class PolicyStatusXmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PolicyStatus_public, true", "PolicyStatus_notPublic, false"})
    void writesTheGoldenDocument(String golden, boolean isPublic) {
        String xml = new String(XmlCodec.write(new PolicyStatusXml(isPublic)), StandardCharsets.UTF_8);

        assertSameXml(xml, golden(golden));
        assertS3Namespaced(xml);
    }
}

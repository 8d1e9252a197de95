package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PutBucketVersioning request and GetBucketVersioning response
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html, [A.2]).
 */
class VersioningConfigurationXmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                "VersioningConfiguration_enabled,              Enabled,   -",
                "VersioningConfiguration_suspendedMfaDisabled, Suspended, Disabled",
                "VersioningConfiguration_neverConfigured,      -,         -"
            })
    void readsTheGoldenDocument(String golden, String status, String mfaDelete) {
        VersioningConfigurationXml parsed = read(golden(golden));

        assertThat(parsed).isEqualTo(new VersioningConfigurationXml(status, mfaDelete));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                "VersioningConfiguration_enabled,              Enabled,   -",
                "VersioningConfiguration_suspendedMfaDisabled, Suspended, Disabled",
                "VersioningConfiguration_neverConfigured,      -,         -"
            })
    void writesTheGoldenDocument(String golden, String status, String mfaDelete) {
        String xml =
                new String(XmlCodec.write(new VersioningConfigurationXml(status, mfaDelete)), StandardCharsets.UTF_8);

        assertSameXml(xml, golden(golden));
        assertS3Namespaced(xml);
    }

    @ParameterizedTest
    @CsvSource({"enabled", "Disabled"})
    void keepsTheStatusAsSentForTheHandlerToValidate(String status) {
        // [R12]: a wrong-case status is MalformedXML, decided where the value is mapped,
        // so the record must not normalise it.
        VersioningConfigurationXml parsed =
                read("<VersioningConfiguration><Status>" + status + "</Status></VersioningConfiguration>");

        assertThat(parsed.status()).isEqualTo(status);
    }

    private static VersioningConfigurationXml read(String xml) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), VersioningConfigurationXml.class);
    }
}

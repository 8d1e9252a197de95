package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.model.ObjectLockConfigurationRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Object Lock wire documents, against golden files (the house rules in CONTRIBUTING.md): ObjectLockConfiguration
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectLockConfiguration.html), Retention
 * (API_PutObjectRetention.html) and LegalHold (API_PutObjectLegalHold.html); [B.2].
 */
class ObjectLockXmlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ObjectLockConfiguration_compliance30Days, COMPLIANCE, 30, -",
                "ObjectLockConfiguration_governanceYears,  GOVERNANCE, -,  2",
                "ObjectLockConfiguration_enabledOnly,      -,          -,  -"
            })
    void lockConfigurationIsWrittenAsTheGoldenDocument(String golden, String mode, Integer days, Integer years) {
        ObjectLockConfigurationXml config = new ObjectLockConfigurationXml(
                "Enabled",
                mode == null
                        ? null
                        : new ObjectLockConfigurationXml.RuleXml(
                                new ObjectLockConfigurationXml.DefaultRetentionXml(mode, days, years)));

        String xml = write(config);

        assertSameXml(xml, golden(golden));
        assertS3Namespaced(xml);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ObjectLockConfiguration_compliance30Days, true,  COMPLIANCE, 30, -",
                "ObjectLockConfiguration_governanceYears,  true,  GOVERNANCE, -,  2",
                "ObjectLockConfiguration_enabledOnly,      false, -,          -,  -"
            })
    void lockConfigurationIsReadFromTheGoldenDocument(
            String golden, boolean hasRule, String mode, Integer days, Integer years) {
        ObjectLockConfigurationRequest parsed =
                ObjectLockConfigurationXml.parse(golden(golden).getBytes(StandardCharsets.UTF_8));

        assertThat(parsed)
                .isEqualTo(new ObjectLockConfigurationRequest("Enabled", hasRule, hasRule, mode, days, years));
    }

    @Test
    void emptyRuleIsToldApartFromNoRule() {
        // [R16]: <Rule/> is MalformedXML while a missing Rule clears the default ([R17]),
        // so the parser must keep them apart; likewise an empty <DefaultRetention/>.
        ObjectLockConfigurationRequest emptyRule = ObjectLockConfigurationXml.parse(
                "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule/></ObjectLockConfiguration>"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(emptyRule.hasRule()).isTrue();
        assertThat(emptyRule.hasDefaultRetention()).isFalse();
    }

    @Test
    void retentionIsWrittenAndReadAsTheGoldenDocument() {
        RetentionXml retention = new RetentionXml("COMPLIANCE", "2030-01-01T00:00:00.000Z");

        String xml = write(retention);

        assertSameXml(xml, golden("Retention_compliance"));
        assertS3Namespaced(xml);
        assertThat(read(golden("Retention_compliance"), RetentionXml.class)).isEqualTo(retention);
    }

    @Test
    void emptyRetentionDocumentIsRecognised() {
        // [B.8.3]: <Retention/> means "remove the retention"; the handler reads it as no fields.
        assertThat(XmlCodec.isEmptyDocument(
                        golden("Retention_empty").getBytes(StandardCharsets.UTF_8), RetentionXml.class))
                .isTrue();
        assertThat(XmlCodec.isEmptyDocument(
                        golden("Retention_compliance").getBytes(StandardCharsets.UTF_8), RetentionXml.class))
                .isFalse();
        // [R54]: another root, or another namespace, is not an empty Retention (it would remove one).
        assertThat(XmlCodec.isEmptyDocument("<Foo/>".getBytes(StandardCharsets.UTF_8), RetentionXml.class))
                .isFalse();
        assertThat(XmlCodec.isEmptyDocument(
                        "<Retention xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8), RetentionXml.class))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LegalHold_on, ON", "LegalHold_off, OFF"})
    void legalHoldIsWrittenAndReadAsTheGoldenDocument(String golden, String status) {
        String xml = write(new LegalHoldXml(status));

        assertSameXml(xml, golden(golden));
        assertS3Namespaced(xml);
        assertThat(read(golden(golden), LegalHoldXml.class)).isEqualTo(new LegalHoldXml(status));
    }

    @Test
    void bodiesWithoutTheNamespaceAreRead() {
        // [0.3]: parse leniently, with or without the namespace.
        assertThat(read("<LegalHold><Status>ON</Status></LegalHold>", LegalHoldXml.class)
                        .status())
                .isEqualTo("ON");
        assertThat(read(
                        "<Retention><Mode>GOVERNANCE</Mode><RetainUntilDate>2030-01-01T00:00:00Z</RetainUntilDate>"
                                + "</Retention>",
                        RetentionXml.class))
                .isEqualTo(new RetentionXml("GOVERNANCE", "2030-01-01T00:00:00Z"));
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }

    private static <T> T read(String xml, Class<T> type) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void nonNumericPeriodIsMalformed() {
        assertThatThrownBy(() -> ObjectLockConfigurationXml.parse(("<ObjectLockConfiguration><ObjectLockEnabled>"
                                + "Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>GOVERNANCE</Mode><Days>x</Days>"
                                + "</DefaultRetention></Rule></ObjectLockConfiguration>")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        dev.objectlock.emulator.domain.error.S3Exception.class,
                        e -> assertThat(e.code())
                                .isEqualTo(dev.objectlock.emulator.domain.error.S3ErrorCode.MALFORMED_XML));
    }
}

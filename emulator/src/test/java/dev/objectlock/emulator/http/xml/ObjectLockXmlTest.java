package dev.objectlock.emulator.http.xml;

import dev.objectlock.emulator.domain.model.ObjectLockConfigurationRequest;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Object Lock documents (spec B.2; Put/GetObjectLockConfiguration, Retention, LegalHold API reference). */
class ObjectLockXmlTest {

    @Test
    void lockConfigurationWithDefaultRetention() {
        String xml = write(new ObjectLockConfigurationXml("Enabled", new ObjectLockConfigurationXml.RuleXml(
                new ObjectLockConfigurationXml.DefaultRetentionXml("GOVERNANCE", 1, null))));
        assertSameXml(xml, golden("ObjectLockConfiguration_defaultRetention"));
        assertS3Namespaced(xml);
    }

    @Test
    void lockConfigurationWithoutRule() {
        String xml = write(new ObjectLockConfigurationXml("Enabled", null));
        assertSameXml(xml, golden("ObjectLockConfiguration_enabledOnly"));
    }

    @Test
    void parsesTheRequestIntoWhatTheRulesJudge() {
        var requested = ObjectLockConfigurationXml.parse(bytes(golden("ObjectLockConfiguration_defaultRetention")));
        assertThat(requested).isEqualTo(
                new ObjectLockConfigurationRequest("Enabled", true, true, "GOVERNANCE", 1, null));
        var enabledOnly = ObjectLockConfigurationXml.parse(bytes(golden("ObjectLockConfiguration_enabledOnly")));
        assertThat(enabledOnly.hasRule()).isFalse();
    }

    @Test
    void anEmptyRuleIsPresentButHasNoRetention() {
        var requested = ObjectLockConfigurationXml.parse(bytes(
                "<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule/></ObjectLockConfiguration>"));
        assertThat(requested.hasRule()).isTrue();
        assertThat(requested.hasDefaultRetention()).isFalse();
    }

    @Test
    void nonNumericPeriodIsMalformed() {
        assertThatThrownBy(() -> ObjectLockConfigurationXml.parse(bytes("<ObjectLockConfiguration><ObjectLockEnabled>"
                + "Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>GOVERNANCE</Mode><Days>x</Days>"
                + "</DefaultRetention></Rule></ObjectLockConfiguration>")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }

    @Test
    void retentionRoundTrips() {
        RetentionXml retention = new RetentionXml("COMPLIANCE", "2030-01-01T00:00:00.000Z");
        String xml = write(retention);
        assertSameXml(xml, golden("Retention_compliance"));
        assertS3Namespaced(xml);
        assertThat(XmlCodec.read(bytes(xml), RetentionXml.class)).isEqualTo(retention);
    }

    @Test
    void emptyRetentionIsAnEmptyDocument() {
        // An empty <Retention/> asks to remove retention (spec B.8 step 3).
        assertThat(XmlCodec.isEmptyDocument(bytes("<Retention xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>")))
                .isTrue();
        assertThat(XmlCodec.isEmptyDocument(bytes(golden("Retention_compliance")))).isFalse();
    }

    @Test
    void legalHoldRoundTrips() {
        String xml = write(new LegalHoldXml("ON"));
        assertSameXml(xml, golden("LegalHold_on"));
        assertS3Namespaced(xml);
        assertThat(XmlCodec.read(bytes(xml), LegalHoldXml.class).status()).isEqualTo("ON");
    }

    private static String write(Object record) {
        return new String(XmlCodec.write(record), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}

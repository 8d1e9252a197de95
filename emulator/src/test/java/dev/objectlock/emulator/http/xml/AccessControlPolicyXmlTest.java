package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Grant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AccessControlPolicy (https://docs.aws.amazon.com/AmazonS3/latest/API/API_AccessControlPolicy.html,
 * API_Grantee.html: the grantee's Type is the {@code xsi:type} attribute) [R83].
 */
class AccessControlPolicyXmlTest {

    private static final String OWNER = "a".repeat(64);
    private static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";

    @Test
    void writesTheGoldenDocumentWithTheXsiPrefix() {
        AccessControlList acl = new AccessControlList(List.of(
                Grant.canonicalUser(OWNER, Grant.Permission.FULL_CONTROL),
                Grant.group(LOG_DELIVERY, Grant.Permission.WRITE)));
        String xml = new String(XmlCodec.write(AccessControlPolicyXml.of(OWNER, acl)), StandardCharsets.UTF_8);

        assertSameXml(xml, golden("AccessControlPolicy_ownerAndLogDelivery"));
        assertS3Namespaced(xml);
        // the SDKs key the attribute by its literal prefix, so the prefix itself is part of the contract
        assertThat(xml).contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"Group\"");
    }

    @Test
    void readsTheGoldenDocument() {
        AclRequest.Document document = XmlCodec.read(
                        golden("AccessControlPolicy_ownerAndLogDelivery").getBytes(StandardCharsets.UTF_8),
                        AccessControlPolicyXml.class)
                .toDocument();

        assertThat(document)
                .isEqualTo(new AclRequest.Document(
                        OWNER,
                        List.of(
                                new AclRequest.DocumentGrant("CanonicalUser", OWNER, null, null, "FULL_CONTROL"),
                                new AclRequest.DocumentGrant("Group", null, LOG_DELIVERY, null, "WRITE")),
                        true));
    }

    @Test
    void aDocumentWithoutAccessControlListIsIncomplete() {
        String body = "<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>";

        assertThat(XmlCodec.read(body.getBytes(StandardCharsets.UTF_8), AccessControlPolicyXml.class)
                        .toDocument()
                        .complete())
                .isFalse();
    }
}

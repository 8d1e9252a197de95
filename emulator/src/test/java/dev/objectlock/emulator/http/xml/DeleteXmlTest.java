package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.xml.DeleteXml.ObjectIdentifierXml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DeleteObjects request body (https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html).
 * The record is only ever read (from requests), so these tests go one way.
 */
class DeleteXmlTest {

    @Test
    void readsTheAwsExampleWithoutNamespace() {
        DeleteXml parsed = read(golden("Delete_awsExample"));

        assertThat(parsed.quiet()).isNull();
        assertThat(parsed.objects())
                .containsExactly(
                        new ObjectIdentifierXml("sample1.txt", null, null),
                        new ObjectIdentifierXml("sample2.txt", null, null));
    }

    @Test
    void readsAVersionedDelete() {
        assertThat(read(golden("Delete_versioned")).objects())
                .containsExactly(
                        new ObjectIdentifierXml("SampleDocument.txt", "OYcLXagmS.WaD..oyH4KRguB95_YhLs7", null));
    }

    @Test
    void keepsACarriageReturnWrittenAsACharacterReference() {
        // API_DeleteObjects: "DeleteObjects containing a carriage return" (&#13; in the key).
        assertThat(read(golden("Delete_carriageReturn")).objects())
                .extracting(ObjectIdentifierXml::key)
                .containsExactly("/some/prefix/objectwith\rcarriagereturn");
    }

    @Test
    void readsQuietVersionIdsAndETagConditions() {
        DeleteXml parsed = read(golden("Delete_quiet"));

        assertThat(parsed.quiet()).isTrue();
        assertThat(parsed.objects())
                .containsExactly(
                        new ObjectIdentifierXml("a", null, null),
                        new ObjectIdentifierXml("b", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", null),
                        new ObjectIdentifierXml("keyname1", null, "a0e05e3566754e04b1e0f18c6b1abe1d"));
    }

    @Test
    void keepsWhitespaceInKeysExactly() {
        // Object keys may begin or end with spaces, or be only spaces (S3 User Guide, "Object key names").
        DeleteXml parsed = read("<Delete><Object><Key> a </Key></Object><Object><Key>   </Key></Object></Delete>");

        assertThat(parsed.objects()).extracting(ObjectIdentifierXml::key).containsExactly(" a ", "   ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<Delete><Object><Key>404.txt</Key></Object><Object><Key>a.txt</Key></Object>", // API_DeleteObjects
                // example
                "<Delete><Quiet>yes</Quiet><Object><Key>a</Key></Object></Delete>",
                "<Deletes><Object><Key>a</Key></Object></Deletes>",
                "not xml at all"
            })
    void rejectsDocumentsThatAreNotADeleteRequestAsMalformedXml(String body) {
        // API_DeleteObjects "Malformed XML in the request" sample response: MalformedXML.
        assertThatThrownBy(() -> read(body))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }

    private static DeleteXml read(String xml) {
        return XmlCodec.read(xml.getBytes(StandardCharsets.UTF_8), DeleteXml.class);
    }
}

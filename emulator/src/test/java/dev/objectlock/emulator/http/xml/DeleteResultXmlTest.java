package dev.objectlock.emulator.http.xml;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertS3Namespaced;
import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.http.xml.DeleteResultXml.DeletedXml;
import dev.objectlock.emulator.http.xml.DeleteResultXml.ErrorXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DeleteObjects response (https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html, [A.6]). */
class DeleteResultXmlTest {

    private static final String MARKER = "NeQt5xeFTfgPJD8B4CGWnkSLtluMr11s";
    private static final String VERSION = "OYcLXagmS.WaD..oyH4KRguB95_YhLs7";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "DeleteResult_mixed",
                        new DeleteResultXml(
                                List.of(new DeletedXml("sample1.txt", null, null, null)),
                                List.of(new ErrorXml("sample2.txt", null, "AccessDenied", "Access Denied")))),
                Arguments.of(
                        "DeleteResult_deleteMarkerCreated",
                        new DeleteResultXml(
                                List.of(new DeletedXml("SampleDocument.txt", null, true, MARKER)), List.of())),
                Arguments.of(
                        "DeleteResult_versionDeleted",
                        new DeleteResultXml(
                                List.of(new DeletedXml("SampleDocument.txt", VERSION, null, null)), List.of())),
                Arguments.of(
                        "DeleteResult_deleteMarkerRemoved",
                        new DeleteResultXml(
                                List.of(new DeletedXml("SampleDocument.txt", MARKER, true, MARKER)), List.of())),
                Arguments.of(
                        "DeleteResult_lockedVersion",
                        new DeleteResultXml(
                                List.of(),
                                List.of(
                                        new ErrorXml(
                                                "c",
                                                "gS53zabD7XTvkrwbjMnXlBylVWetO8ym",
                                                "AccessDenied",
                                                "Access Denied because object protected by object lock."),
                                        new ErrorXml(
                                                "d",
                                                "not-a-version",
                                                "NoSuchVersion",
                                                "The specified version does not exist.")))),
                Arguments.of("DeleteResult_quietNoErrors", new DeleteResultXml(List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesTheGoldenDocument(String golden, DeleteResultXml record) {
        String xml = new String(XmlCodec.write(record), StandardCharsets.UTF_8);

        assertSameXml(xml, golden(golden));
        assertS3Namespaced(xml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheGoldenDocumentBack(String golden, DeleteResultXml record) {
        DeleteResultXml parsed = XmlCodec.read(golden(golden).getBytes(StandardCharsets.UTF_8), DeleteResultXml.class);

        assertThat(nullToEmpty(parsed)).isEqualTo(record);
    }

    /** Jackson reads an absent flattened list as null; the record is written with empty lists. */
    private static DeleteResultXml nullToEmpty(DeleteResultXml r) {
        return new DeleteResultXml(
                r.deleted() == null ? List.of() : r.deleted(), r.errors() == null ? List.of() : r.errors());
    }
}

package dev.objectlock.emulator.http;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.xml.XmlAssert;
import org.junit.jupiter.api.Test;

/** The S3 {@code <Error>} document (spec 0.1; https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). */
class ErrorResponsesTest {

    @Test
    void writesTheAwsMalformedXmlExample() {
        String xml = ErrorResponses.document(S3Exception.malformedXml(), "264A17BF16E9E80A");

        assertSameXml(xml, golden("Error_malformedXml"));
    }

    @Test
    void writesDetailsInOrderBetweenMessageAndRequestId() {
        String xml = ErrorResponses.document(S3Exception.noSuchVersion("my-key", "gS53zabD7XTvkrwbjMnXlBylVWetO8ym"),
                "4442587FB7D0A2F9");

        assertSameXml(xml, golden("Error_noSuchVersion"));
    }

    @Test
    void escapesDetailValues() {
        String xml = ErrorResponses.document(
                S3Exception.invalidArgument("Invalid version id specified", "versionId", "a<b&c"), "4442587FB7D0A2F9");

        assertSameXml(xml, golden("Error_invalidArgument"));
    }

    @Test
    void nestsS3ControlErrorsInErrorResponse() {
        // Spec 0.2: <ErrorResponse><Error><Code/><Message/></Error><RequestId/><HostId/></ErrorResponse>.
        String xml = ErrorResponses.controlDocument(S3Exception.of(S3ErrorCode.NOT_FOUND_EXCEPTION), "4442587FB7D0A2F9");

        assertSameXml(xml, golden("ErrorResponse_notFound"));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("xmlns");
    }

    @Test
    void hasNoNamespaceAtAll() {
        // Spec 0.1: flat <Error> root, with no namespace.
        String xml = ErrorResponses.document(S3Exception.of(S3ErrorCode.NO_SUCH_KEY), "R");

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("xmlns");
        assertThat(XmlAssert.parse(xml).getDocumentElement().getNamespaceURI()).isNull();
    }
}

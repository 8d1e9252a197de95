package dev.objectlock.emulator.http;

import static dev.objectlock.emulator.http.xml.XmlAssert.assertSameXml;
import static dev.objectlock.emulator.http.xml.XmlAssert.golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.auth.AuthErrors;
import dev.objectlock.emulator.http.xml.XmlAssert;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The S3 {@code <Error>} document ([0.1]; https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). */
class ErrorResponsesTest {

    @Test
    void writesTheAwsMalformedXmlExample() {
        String xml = ErrorResponses.document(S3Exception.malformedXml(), "264A17BF16E9E80A");

        assertSameXml(xml, golden("Error_malformedXml"));
    }

    @Test
    void writesDetailsInOrderBetweenMessageAndRequestId() {
        String xml = ErrorResponses.document(
                S3Exception.noSuchVersion("my-key", "gS53zabD7XTvkrwbjMnXlBylVWetO8ym"), "4442587FB7D0A2F9");

        assertSameXml(xml, golden("Error_noSuchVersion"));
    }

    @Test
    void escapesDetailValues() {
        String xml = ErrorResponses.document(
                S3Exception.invalidArgument("Invalid version id specified", "versionId", "a<b&c"), "4442587FB7D0A2F9");

        assertSameXml(xml, golden("Error_invalidArgument"));
    }

    @Test
    void writesWhatTheServerComputedForASignatureMismatch() {
        S3Exception error = AuthErrors.signatureDoesNotMatch(
                "AKIAIOSFODNN7EXAMPLE", """
                AWS4-HMAC-SHA256
                20130524T000000Z
                20130524/us-east-1/s3/aws4_request
                7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972""", "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb40", """
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");

        assertSameXml(ErrorResponses.document(error, "4442587FB7D0A2F9"), golden("Error_signatureDoesNotMatch"));
        assertThat(error.code().httpStatus()).isEqualTo(403);
    }

    @Test
    void writesTheTimesOfAnExpiredPresignedUrl() {
        S3Exception error = AuthErrors.requestExpired(
                60, Instant.parse("2018-03-29T11:17:34Z"), Instant.parse("2018-03-29T11:27:42.518Z"));

        assertSameXml(ErrorResponses.document(error, "4442587FB7D0A2F9"), golden("Error_requestExpired"));
        assertThat(error.code().httpStatus()).isEqualTo(403);
    }

    @Test
    void nestsS3ControlErrorsInErrorResponse() {
        // [0.2]: <ErrorResponse><Error><Code/><Message/></Error><RequestId/><HostId/></ErrorResponse>.
        String xml =
                ErrorResponses.controlDocument(S3Exception.of(S3ErrorCode.NOT_FOUND_EXCEPTION), "4442587FB7D0A2F9");

        assertSameXml(xml, golden("ErrorResponse_notFound"));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("xmlns");
    }

    @Test
    void anInternalErrorOnAnS3ControlRouteIsInternalServiceException() {
        // botocore-s3c declares InternalServiceException on every job operation; [C.2] gives it 500.
        S3Exception shown = ErrorResponses.asControlError(S3Exception.of(S3ErrorCode.INTERNAL_ERROR));

        assertThat(shown.code().code()).isEqualTo("InternalServiceException");
        assertThat(shown.code().httpStatus()).isEqualTo(500);
        S3Exception notFound = S3Exception.of(S3ErrorCode.NOT_FOUND_EXCEPTION);
        assertThat(ErrorResponses.asControlError(notFound)).isSameAs(notFound);
    }

    @Test
    void hasNoNamespaceAtAll() {
        // [0.1]: flat <Error> root, with no namespace.
        String xml = ErrorResponses.document(S3Exception.of(S3ErrorCode.NO_SUCH_KEY), "R");

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").doesNotContain("xmlns");
        assertThat(XmlAssert.parse(xml).getDocumentElement().getNamespaceURI()).isNull();
    }
}

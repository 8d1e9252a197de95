package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Assertions on what the SDK saw: error status and code, raw error documents, response headers. */
final class S3Assertions {

    private S3Assertions() {}

    /** Runs a call that must fail with this HTTP status and S3 error code; returns the error. */
    static S3Exception s3Error(ThrowingCallable call, int status, String code) {
        S3Exception e = catchThrowableOfType(S3Exception.class, call);
        assertThat(e)
                .as("expected %d %s but the call succeeded or failed otherwise", status, code)
                .isNotNull();
        assertThat(e.statusCode())
                .as("HTTP status of %s", e.awsErrorDetails().errorCode())
                .isEqualTo(status);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        return e;
    }

    /**
     * A failing HEAD call: HEAD responses have no body, so the SDK makes up the code from the
     * status alone ([0.1]); only the status and the (empty) body are the emulator's.
     */
    static S3Exception headError(ThrowingCallable call, int status) {
        S3Exception e = catchThrowableOfType(S3Exception.class, call);
        assertThat(e).as("expected HEAD to fail with %d", status).isNotNull();
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(errorBody(e)).as("HEAD error body").isEmpty();
        return e;
    }

    /** The text of a top-level element of the error's {@code <Error>} document, if present. */
    static Optional<String> errorElement(S3Exception e, String name) {
        Element root = errorDocument(e).getDocumentElement();
        NodeList children = root.getElementsByTagName(name);
        return children.getLength() == 0
                ? Optional.empty()
                : Optional.of(children.item(0).getTextContent());
    }

    static Document errorDocument(S3Exception e) {
        return parse(errorBody(e));
    }

    /** The bytes of the error response body (empty for HEAD). */
    static byte[] errorBody(S3Exception e) {
        return EmulatorFixture.errorBody(e.requestId());
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception x) {
            throw new AssertionError("not an XML document: " + new String(xml), x);
        }
    }

    static Optional<String> header(SdkResponse response, String name) {
        return response.sdkHttpResponse().firstMatchingHeader(name);
    }

    static Optional<String> header(S3Exception e, String name) {
        SdkHttpResponse response = e.awsErrorDetails().sdkHttpResponse();
        return response.firstMatchingHeader(name);
    }
}

package dev.objectlock.conformance.support;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.w3c.dom.NodeList;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Assertions on an S3 error as the SDK hands it to a user: HTTP status, error code and message,
 * response headers, and the extra elements of the {@code <Error>} body (ArgumentName, Method, ...).
 */
public final class S3ErrorAssert extends AbstractObjectAssert<S3ErrorAssert, S3Exception> {

    private S3ErrorAssert(S3Exception actual) {
        super(actual, S3ErrorAssert.class);
    }

    /** Runs the call and asserts that it fails with an {@link S3Exception}. */
    public static S3ErrorAssert assertS3Error(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown)
                .as("the call should fail with an S3Exception")
                .isInstanceOf(S3Exception.class);
        return new S3ErrorAssert((S3Exception) thrown);
    }

    public S3ErrorAssert hasStatus(int status) {
        Assertions.assertThat(actual.statusCode()).as("HTTP status").isEqualTo(status);
        return this;
    }

    public S3ErrorAssert hasCode(String code) {
        Assertions.assertThat(actual.awsErrorDetails().errorCode())
                .as("error Code")
                .isEqualTo(code);
        return this;
    }

    public S3ErrorAssert hasMessage(String message) {
        Assertions.assertThat(actual.awsErrorDetails().errorMessage())
                .as("error Message")
                .isEqualTo(message);
        return this;
    }

    public S3ErrorAssert hasHeader(String name, String value) {
        Assertions.assertThat(header(name)).as("response header %s", name).contains(value);
        return this;
    }

    public S3ErrorAssert hasHeaderPresent(String name) {
        Assertions.assertThat(header(name)).as("response header %s", name).isPresent();
        return this;
    }

    public S3ErrorAssert hasNoHeader(String name) {
        Assertions.assertThat(header(name)).as("response header %s", name).isEmpty();
        return this;
    }

    /** An element of the {@code <Error>} body beyond Code and Message, such as ArgumentName. */
    public S3ErrorAssert hasElement(String name, String value) {
        Assertions.assertThat(element(name)).as("<Error> element %s", name).contains(value);
        return this;
    }

    /** An element of the {@code <Error>} body that starts as given (StringToSign, CanonicalRequest). */
    public S3ErrorAssert hasElementStartingWith(String name, String prefix) {
        Assertions.assertThat(element(name))
                .as("<Error> element %s", name)
                .hasValueSatisfying(value -> Assertions.assertThat(value).startsWith(prefix));
        return this;
    }

    /** The {@code <Error>} body has no element of that name (for example no ArgumentValue). */
    public S3ErrorAssert hasNoElement(String name) {
        Assertions.assertThat(element(name)).as("<Error> element %s", name).isEmpty();
        return this;
    }

    private Optional<String> header(String name) {
        return actual.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(name);
    }

    private Optional<String> element(String name) {
        SdkBytes raw = actual.awsErrorDetails().rawResponse();
        if (raw == null || raw.asByteArray().length == 0) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(raw.asByteArray()))
                    .getDocumentElement()
                    .getElementsByTagName(name);
            return nodes.getLength() == 0
                    ? Optional.empty()
                    : Optional.of(nodes.item(0).getTextContent());
        } catch (Exception e) {
            throw new AssertionError("error body is not XML: " + raw.asUtf8String(), e);
        }
    }
}

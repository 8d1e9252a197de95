package dev.objectlock.conformance.support;

import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.s3control.model.S3ControlException;

/**
 * Asserts an S3 Control error as a user's code sees it: the typed exception the SDK chose from
 * the {@code <Code>} of the nested {@code <ErrorResponse>} ([0.2]), its status and code.
 */
public final class ControlErrorAssert extends AbstractObjectAssert<ControlErrorAssert, S3ControlException> {

    private ControlErrorAssert(S3ControlException actual) {
        super(actual, ControlErrorAssert.class);
    }

    public static ControlErrorAssert assertControlError(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown)
                .as("the call should fail with an S3ControlException")
                .isInstanceOf(S3ControlException.class);
        return new ControlErrorAssert((S3ControlException) thrown);
    }

    public ControlErrorAssert hasStatus(int status) {
        Assertions.assertThat(actual.statusCode()).as("HTTP status").isEqualTo(status);
        return this;
    }

    /** The error code and the SDK exception type it maps to (e.g. NotFoundException). */
    public ControlErrorAssert hasCode(String code) {
        Assertions.assertThat(actual.awsErrorDetails().errorCode())
                .as("error Code")
                .isEqualTo(code);
        Assertions.assertThat(actual.getClass().getSimpleName())
                .as("SDK exception type")
                .isIn(code, "S3ControlException");
        return this;
    }

    public ControlErrorAssert hasMessageContaining(String text) {
        Assertions.assertThat(actual.awsErrorDetails().errorMessage())
                .as("error Message")
                .contains(text);
        return this;
    }
}

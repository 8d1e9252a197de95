package dev.objectlock.conformance.target;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps the raw {@code <Error>} body on the exception ({@code awsErrorDetails().rawResponse()}),
 * which the S3 client otherwise leaves empty, so scenarios can check the elements AWS sends
 * beyond Code and Message (ArgumentName, ArgumentValue, Key, VersionId, Method, ResourceType, ...;
 * [0.1]). Any user can register the same interceptor; nothing on the wire changes.
 */
final class RawErrorBodyInterceptor implements ExecutionInterceptor {

    private static final ExecutionAttribute<byte[]> ERROR_BODY = new ExecutionAttribute<>("conformance.errorBody");

    @Override
    public Optional<InputStream> modifyHttpResponseContent(
            Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> body = context.responseBody();
        if (context.httpResponse().isSuccessful() || body.isEmpty()) {
            return body;
        }
        try (InputStream in = body.get()) {
            byte[] bytes = in.readAllBytes();
            attributes.putAttribute(ERROR_BODY, bytes);
            return Optional.of(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the error body", e);
        }
    }

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        byte[] body = attributes.getAttribute(ERROR_BODY);
        if (body == null || !(context.exception() instanceof S3Exception)) {
            return context.exception();
        }
        S3Exception e = (S3Exception) context.exception();
        return e.toBuilder()
                .awsErrorDetails(e.awsErrorDetails().toBuilder()
                        .rawResponse(SdkBytes.fromByteArray(body))
                        .build())
                .build();
    }
}

package dev.objectlock.emulator.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.util.LinkedHashMap;
import java.util.Map;

/** Assertions on what {@link SignatureVerifier} answers. */
final class AuthAssert {

    private AuthAssert() {}

    static AuthResult.Authenticated<String> authenticated(AuthResult<String> result) {
        assertThat(result)
                .as("expected the request to authenticate, got %s", describe(result))
                .isInstanceOf(AuthResult.Authenticated.class);
        return (AuthResult.Authenticated<String>) result;
    }

    /** The refusal, after checking its AWS code, HTTP status and message. */
    static S3Exception refused(AuthResult<String> result, String code, int status, String message) {
        assertThat(result).as("expected a refusal, got %s", describe(result)).isInstanceOf(AuthResult.Refused.class);
        S3Exception error = ((AuthResult.Refused<String>) result).error();
        assertThat(error.code().code()).as("code").isEqualTo(code);
        assertThat(error.code().httpStatus()).as("status").isEqualTo(status);
        assertThat(error.getMessage()).as("message").isEqualTo(message);
        return error;
    }

    /** The extra elements of the error document, in order. */
    static Map<String, String> details(S3Exception error) {
        Map<String, String> details = new LinkedHashMap<>();
        error.details().forEach(d -> details.put(d.name(), d.value()));
        return details;
    }

    private static String describe(AuthResult<String> result) {
        if (result instanceof AuthResult.Refused<String> refused) {
            return refused.error().code().code() + ": " + refused.error().getMessage() + " " + details(refused.error());
        }
        return String.valueOf(result);
    }
}

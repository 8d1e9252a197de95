package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditional reads: RFC 9110 section 13 and the S3 rules for combined conditions
 * (API_GetObject, "If-Match"/"If-None-Match": If-Match true with If-Unmodified-Since false gives
 * 200; If-None-Match false with If-Modified-Since true gives 304). ETag "abc", Last-Modified
 * 2024-01-01T12:00:00.500Z; HTTP dates have whole seconds, so the comparison uses 12:00:00.
 * '-' stands for an absent header; the result is 200, 304 or 412.
 */
class PreconditionsTest {

    private static final String ETAG = "abc";
    private static final Instant LAST_MODIFIED = Instant.parse("2024-01-01T12:00:00.500Z");

    @ParameterizedTest(name = "If-Match={0} If-None-Match={1} IMS={2} IUS={3} -> {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "-              | -          | -                    | -                    | 200",
                // If-Match
                "\"abc\"        | -          | -                    | -                    | 200",
                "abc            | -          | -                    | -                    | 200",
                "W/\"abc\"      | -          | -                    | -                    | 200",
                "*              | -          | -                    | -                    | 200",
                "\"x\", \"abc\" | -          | -                    | -                    | 200",
                "\"x\"          | -          | -                    | -                    | 412",
                // If-Unmodified-Since
                "-              | -          | -                    | 2024-01-01T12:00:00Z | 200",
                "-              | -          | -                    | 2024-01-01T11:59:59Z | 412",
                // If-Match wins over If-Unmodified-Since
                "\"abc\"        | -          | -                    | 2024-01-01T11:59:59Z | 200",
                "\"x\"          | -          | -                    | 2024-01-01T12:00:01Z | 412",
                // If-None-Match
                "-              | \"abc\"    | -                    | -                    | 304",
                "-              | *          | -                    | -                    | 304",
                "-              | \"x\"      | -                    | -                    | 200",
                // If-Modified-Since
                "-              | -          | 2024-01-01T12:00:00Z | -                    | 304",
                "-              | -          | 2024-01-01T11:59:59Z | -                    | 200",
                // If-None-Match wins over If-Modified-Since
                "-              | \"x\"      | 2024-01-01T12:00:00Z | -                    | 200",
                "-              | \"abc\"    | 2024-01-01T11:59:59Z | -                    | 304",
                // a failed If-Match is 412 even when the read would also be 304
                "\"x\"          | \"abc\"    | -                    | -                    | 412"
            })
    void evaluatesConditionsAsS3Does(
            String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince, int status) {
        Conditions conditions = new Conditions(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince);

        if (status == 200) {
            assertThatCode(() -> Preconditions.check(conditions, ETAG, LAST_MODIFIED))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> Preconditions.check(conditions, ETAG, LAST_MODIFIED))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code().httpStatus()).isEqualTo(status);
                        assertThat(e.code()).isIn(S3ErrorCode.NOT_MODIFIED, S3ErrorCode.PRECONDITION_FAILED);
                    });
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"\"x\" | - | If-Match", "- | 2024-01-01T11:00:00Z | If-Unmodified-Since"},
            nullValues = "-")
    void namesTheFailedConditionInPreconditionFailed(String ifMatch, Instant ifUnmodifiedSince, String condition) {
        // PreconditionFailed carries <Condition> (ErrorResponses.html: "At least one of the
        // preconditions you specified did not hold", 412).
        assertThatThrownBy(() -> Preconditions.check(
                        new Conditions(ifMatch, null, null, ifUnmodifiedSince), ETAG, LAST_MODIFIED))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.PRECONDITION_FAILED);
                    assertThat(e.details()).containsExactly(new S3Exception.Detail("Condition", condition));
                });
    }
}

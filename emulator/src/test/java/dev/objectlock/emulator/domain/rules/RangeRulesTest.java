package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ByteRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte ranges against an object's size (RFC 9110 section 14.1.2; API_GetObject Range). '-' is absent. */
class RangeRulesTest {

    @Test
    void sendsTheWholeObjectWithoutARange() {
        assertThat(RangeRules.resolve(null, 10)).isNull();
    }

    @ParameterizedTest(name = "{0}-{1} / -{2} of {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "0,  9,  -,  10,  0, 9",
                "0,  0,  -,  10,  0, 0",
                "3,  -,  -,  10,  3, 9",
                "9,  -,  -,  10,  9, 9",
                "2,  99, -,  10,  2, 9", // last-pos beyond the end is the last byte
                "-,  -,  4,  10,  6, 9", // suffix: the last 4 bytes
                "-,  -,  99, 10,  0, 9"
            }) // suffix longer than the object: the whole object
    void resolvesSatisfiableRanges(Long first, Long last, Long suffix, long size, long from, long to) {
        RangeRules.Resolved resolved = RangeRules.resolve(new ByteRange(first, last, suffix, "bytes=..."), size);

        assertThat(resolved).isEqualTo(new RangeRules.Resolved(from, to, size));
        assertThat(resolved.length()).isEqualTo(to - from + 1);
    }

    @ParameterizedTest(name = "{3} of {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "10, -,  -, bytes=10-,    10", // first-pos at or beyond the end
                "11, 20, -, bytes=11-20,  10",
                "-,  -,  0, bytes=-0,     10", // an empty suffix selects nothing
                "0,  -,  -, bytes=0-,     0", // nothing of an empty object can be selected
                "-,  -,  5, bytes=-5,     0"
            })
    void rejectsUnsatisfiableRangesAsInvalidRange(Long first, Long last, Long suffix, String header, long size) {
        // InvalidRange, 416, "The requested range is not satisfiable", with the range and the
        // object's size (ErrorResponses.html; AWS adds RangeRequested and ActualObjectSize).
        assertThatThrownBy(() -> RangeRules.resolve(new ByteRange(first, last, suffix, header), size))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_RANGE);
                    assertThat(e.code().httpStatus()).isEqualTo(416);
                    assertThat(e.details())
                            .containsExactly(
                                    new S3Exception.Detail("RangeRequested", header),
                                    new S3Exception.Detail("ActualObjectSize", Long.toString(size)));
                });
    }
}

package dev.objectlock.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ByteRange;
import dev.objectlock.emulator.domain.rules.ObjectLockArgumentNames;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3HeadersTest {

    @Test
    void lockErrorsNameTheHeadersTheProtocolReads() {
        // An InvalidArgument about a lock header names that header as its ArgumentName ([B.5],
        // [R28]); the domain spells the names for its errors, the protocol for its headers.
        assertThat(ObjectLockArgumentNames.MODE).isEqualTo(S3Headers.OBJECT_LOCK_MODE);
        assertThat(ObjectLockArgumentNames.RETAIN_UNTIL_DATE).isEqualTo(S3Headers.OBJECT_LOCK_RETAIN_UNTIL_DATE);
        assertThat(ObjectLockArgumentNames.LEGAL_HOLD).isEqualTo(S3Headers.OBJECT_LOCK_LEGAL_HOLD);
        assertThat(ObjectLockArgumentNames.BYPASS_GOVERNANCE_RETENTION).isEqualTo(S3Headers.BYPASS_GOVERNANCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // RFC 9110 section 14.1.2 byte-range forms
                "bytes=0-99    | 0  | 99 | -",
                "bytes=5-5     | 5  | 5  | -",
                "bytes=100-    | 100| -  | -",
                "bytes=-500    | -  | -  | 500",
                "bytes=-0      | -  | -  | 0",
                " bytes=1-2    | 1  | 2  | -"
            })
    void parsesASingleRange(String header, Long first, Long last, Long suffix) {
        ByteRange range = S3Headers.parseRange(header);

        assertThat(range).isEqualTo(new ByteRange(first, last, suffix, header));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(
            strings = {
                "",
                "bytes=",
                "bytes=-",
                "bytes=5-1",
                "bytes=0-1,3-4",
                "items=0-1",
                "bytes=a-b",
                "bytes = 0-1",
                "bytes=99999999999999999999-"
            })
    void ignoresRangesItCannotServe(String header) {
        // S3 ignores an unparsable Range, multiple ranges and last < first, and sends the whole
        // object with 200 (API_GetObject: "Amazon S3 doesn't support retrieving multiple ranges";
        // RFC 9110 14.2: an invalid range is ignored).
        assertThat(S3Headers.parseRange(header)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "TRUE, true", "False, false", "' true ', true"})
    void parsesBooleans(String value, boolean expected) {
        assertThat(S3Headers.parseBoolean("x-amz-bypass-governance-retention", value))
                .isEqualTo(expected);
    }

    @Test
    void treatsAnAbsentHeaderAsAbsent() {
        assertThat(S3Headers.parseBoolean("x-amz-bypass-governance-retention", null))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yes", "1", "0", "on", "t", "truee", "true false"})
    void rejectsAnythingButTrueOrFalse(String value) {
        // the house rules in CONTRIBUTING.md: one strict parser that rejects garbage instead of treating it as truthy.
        assertThatThrownBy(() -> S3Headers.parseBoolean("x-amz-bypass-governance-retention", value))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.details())
                            .contains(
                                    new S3Exception.Detail("ArgumentName", "x-amz-bypass-governance-retention"),
                                    new S3Exception.Detail("ArgumentValue", value));
                });
    }

    @ParameterizedTest
    @CsvSource({
        // RFC 1123 with a two-digit day, as AWS writes Last-Modified (RFC 9110 section 5.6.7 IMF-fixdate)
        "2009-10-05T07:08:09Z,      'Mon, 05 Oct 2009 07:08:09 GMT'",
        "2024-02-29T23:59:59.999Z,  'Thu, 29 Feb 2024 23:59:59 GMT'",
        "1970-01-01T00:00:00Z,      'Thu, 01 Jan 1970 00:00:00 GMT'"
    })
    void formatsHttpDates(Instant instant, String expected) {
        assertThat(S3Headers.httpDate(instant)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'Mon, 05 Oct 2009 07:08:09 GMT', 2009-10-05T07:08:09Z",
        "'Mon, 5 Oct 2009 07:08:09 GMT',  2009-10-05T07:08:09Z",
        "'Mon, 05 Oct 2009 07:08:09 +0000', 2009-10-05T07:08:09Z"
    })
    void parsesHttpDates(String value, Instant expected) {
        assertThat(S3Headers.parseHttpDate(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "yesterday", "2009-10-05T07:08:09Z"})
    void ignoresUnparsableHttpDates(String value) {
        // An unparsable If-Modified-Since is ignored (RFC 9110 section 13.1.3).
        assertThat(S3Headers.parseHttpDate(value)).isNull();
    }

    @Test
    void quotesETags() {
        assertThat(S3Headers.quoted("9b2cf535f27731c974343645a3985328"))
                .isEqualTo("\"9b2cf535f27731c974343645a3985328\"");
    }
}

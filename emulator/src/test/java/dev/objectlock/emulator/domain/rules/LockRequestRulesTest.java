package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.RetentionMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lock values on writes and in retention/legal-hold bodies ([B.5, B.8, B.9]; error catalogue [E17]–[E21]). */
class LockRequestRulesTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}|{1}|{2} -> {3} {4}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "GOVERNANCE | - | - | x-amz-object-lock-retain-until-date | x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied",
                "- | 2031-01-01T00:00:00Z | - | x-amz-object-lock-mode | x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied",
                "governance | 2031-01-01T00:00:00Z | - | x-amz-object-lock-mode | Unknown wormMode directive.",
                "GOVERNANCE | tomorrow | - | x-amz-object-lock-retain-until-date | The retain until date must be provided in ISO 8601 format",
                "COMPLIANCE | 2029-12-31T23:59:59Z | - | x-amz-object-lock-retain-until-date | The retain until date must be in the future!",
                "- | - | on | x-amz-object-lock-legal-hold | Legal Hold must be either of 'ON' or 'OFF'"
            })
    void invalidHeaders(String mode, String date, String hold, String argumentName, String message) {
        assertThatThrownBy(() -> LockRequestRules.fromHeaders(mode, date, hold, NOW))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", argumentName));
                });
    }

    @Test
    void onlyModeNamesTheMissingDateHeader() {
        // [R20]: the ArgumentName names the header that is missing.
        assertThatThrownBy(() -> LockRequestRules.fromHeaders("GOVERNANCE", null, null, NOW))
                .isInstanceOfSatisfying(
                        S3Exception.class,
                        e -> assertThat(e.details())
                                .contains(
                                        new S3Exception.Detail("ArgumentName", "x-amz-object-lock-retain-until-date")));
    }

    @Test
    void validHeadersAcceptOffsetsAndFractions() {
        var lock = LockRequestRules.fromHeaders("COMPLIANCE", "2031-01-01T02:00:00.123456+02:00", "ON", NOW);
        assertThat(lock.retention().mode()).isEqualTo(RetentionMode.COMPLIANCE);
        assertThat(lock.retention().retainUntil()).isEqualTo(Instant.parse("2031-01-01T00:00:00.123Z"));
        assertThat(lock.legalHold()).isEqualTo(LegalHoldStatus.ON);
        assertThat(LockRequestRules.fromHeaders(null, null, null, NOW).isEmpty())
                .isTrue();
    }

    @Test
    void retentionBodyStructureErrorsAreMalformedXml() {
        for (String[] body : new String[][] {
            {"GOVERNANCE", null},
            {null, "2031-01-01T00:00:00Z"},
            {"governance", "2031-01-01T00:00:00Z"},
            {"GOVERNANCE", "not a date"}
        }) {
            assertThatThrownBy(() -> LockRequestRules.fromRetentionBody(body[0], body[1], NOW))
                    .isInstanceOfSatisfying(
                            S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
        }
        assertThat(LockRequestRules.fromRetentionBody(null, null, NOW)).isNull();
    }

    @Test
    void pastDateInRetentionBodyNamesRetainUntilDate() {
        // [R21]: the ArgumentName is RetainUntilDate for PutObjectRetention.
        assertThatThrownBy(() -> LockRequestRules.fromRetentionBody("GOVERNANCE", "2020-01-01T00:00:00Z", NOW))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", "RetainUntilDate"));
                });
    }

    @Test
    void legalHoldBodyIsExactlyOnOrOff() {
        assertThat(LockRequestRules.fromLegalHoldBody("OFF")).isEqualTo(LegalHoldStatus.OFF);
        assertThatThrownBy(() -> LockRequestRules.fromLegalHoldBody("on"))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }
}

package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default retention arithmetic: creation time plus the period, exactly, in UTC calendar terms ([B.6]). */
class DefaultRetentionCalculatorTest {

    @ParameterizedTest(name = "{0} + {1}d/{2}y = {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2030-01-01T10:15:30.123Z, 1, -, 2030-01-02T10:15:30.123Z",
                "2030-02-28T00:00:00Z, 1, -, 2030-03-01T00:00:00Z",
                "2028-02-28T12:00:00Z, 1, -, 2028-02-29T12:00:00Z",
                "2030-01-01T00:00:00Z, 365, -, 2031-01-01T00:00:00Z",
                "2028-02-29T08:00:00Z, -, 1, 2029-02-28T08:00:00Z",
                "2027-03-01T00:00:00Z, -, 1, 2028-03-01T00:00:00Z",
                "2030-06-15T23:59:59.999Z, -, 100, 2130-06-15T23:59:59.999Z"
            })
    void addsThePeriodToTheCreationTime(String created, Integer days, Integer years, String expected) {
        var rule = new DefaultRetention(RetentionMode.GOVERNANCE, days, years);
        var retention = DefaultRetentionCalculator.retentionFor(rule, Instant.parse(created));
        assertThat(retention.retainUntil()).isEqualTo(Instant.parse(expected));
        assertThat(retention.mode()).isEqualTo(RetentionMode.GOVERNANCE);
    }
}

package dev.objectlock.emulator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** [R41]: at least 1,000 tasks run, and more than half of them failed. */
class TaskFailureThresholdTest {

    @ParameterizedTest(name = "{0} run, {1} failed -> {2}")
    @CsvSource({
        "999, 999, false",
        "1000, 500, false",
        "1000, 501, true",
        "1000, 1000, true",
        "1001, 501, true",
        "1002, 501, false",
        "5000, 2500, false",
        "0, 0, false",
    })
    void exceeded(long run, long failed, boolean expected) {
        assertThat(TaskFailureThreshold.exceeded(run, failed)).isEqualTo(expected);
    }
}

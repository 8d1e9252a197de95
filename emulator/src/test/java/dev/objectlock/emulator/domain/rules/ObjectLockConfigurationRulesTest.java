package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ObjectLockConfigurationRequest;
import dev.objectlock.emulator.domain.model.RetentionMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PutObjectLockConfiguration validation, [B.4, R16] (LocalStack-recorded AWS responses). */
class ObjectLockConfigurationRulesTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(
                        "ObjectLockEnabled missing",
                        new ObjectLockConfigurationRequest(null, false, false, null, null, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "ObjectLockEnabled Disabled",
                        new ObjectLockConfigurationRequest("Disabled", false, false, null, null, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "empty Rule",
                        new ObjectLockConfigurationRequest("Enabled", true, false, null, null, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "empty DefaultRetention",
                        new ObjectLockConfigurationRequest("Enabled", true, true, null, null, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "mode without period",
                        new ObjectLockConfigurationRequest("Enabled", true, true, "GOVERNANCE", null, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "period without mode",
                        new ObjectLockConfigurationRequest("Enabled", true, true, null, 1, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "lower-case mode",
                        new ObjectLockConfigurationRequest("Enabled", true, true, "governance", 1, null),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "both Days and Years",
                        new ObjectLockConfigurationRequest("Enabled", true, true, "GOVERNANCE", 1, 1),
                        S3ErrorCode.MALFORMED_XML,
                        null),
                Arguments.of(
                        "Days = 0",
                        new ObjectLockConfigurationRequest("Enabled", true, true, "GOVERNANCE", 0, null),
                        S3ErrorCode.INVALID_ARGUMENT,
                        "Days"),
                Arguments.of(
                        "Years negative",
                        new ObjectLockConfigurationRequest("Enabled", true, true, "COMPLIANCE", null, -1),
                        S3ErrorCode.INVALID_ARGUMENT,
                        "Years"),
                Arguments.of(
                        "Days too large",
                        new ObjectLockConfigurationRequest("Enabled", true, true, "COMPLIANCE", 36501, null),
                        S3ErrorCode.INVALID_ARGUMENT,
                        "Days"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejects(String description, ObjectLockConfigurationRequest request, S3ErrorCode code, String argumentName) {
        assertThatThrownBy(() -> ObjectLockConfigurationRules.validate(request))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    if (argumentName != null) {
                        assertThat(e.details()).contains(new S3Exception.Detail("ArgumentName", argumentName));
                    }
                });
    }

    @Test
    void enabledWithoutRuleMeansNoDefaultRetention() {
        assertThat(ObjectLockConfigurationRules.validate(
                        new ObjectLockConfigurationRequest("Enabled", false, false, null, null, null)))
                .isNull();
    }

    @Test
    void acceptsOnePeriod() {
        var rule = ObjectLockConfigurationRules.validate(
                new ObjectLockConfigurationRequest("Enabled", true, true, "COMPLIANCE", null, 3));
        assertThat(rule.mode()).isEqualTo(RetentionMode.COMPLIANCE);
        assertThat(rule.years()).isEqualTo(3);
        assertThat(rule.days()).isNull();
    }
}

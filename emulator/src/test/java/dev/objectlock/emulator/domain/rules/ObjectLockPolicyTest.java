package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy.Bypass;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The WORM engine's decisions, case by case ([B.7, B.8, R28]). */
class ObjectLockPolicyTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant FUTURE = NOW.plus(Duration.ofDays(1));
    private static final Instant LATER = NOW.plus(Duration.ofDays(2));
    private static final Instant PAST = NOW.minusMillis(1);

    private static Retention governance(Instant until) {
        return new Retention(RetentionMode.GOVERNANCE, until);
    }

    private static Retention compliance(Instant until) {
        return new Retention(RetentionMode.COMPLIANCE, until);
    }

    static Stream<Arguments> removals() {
        return Stream.of(
                // lock, bypass, protected?   -- source
                Arguments.of("no lock at all", ObjectLock.NONE, Bypass.NONE, false),
                Arguments.of(
                        "active GOVERNANCE, no bypass ([R24])",
                        new ObjectLock(governance(FUTURE), null),
                        Bypass.NONE,
                        true),
                Arguments.of(
                        "active GOVERNANCE with bypass ([B.7])",
                        new ObjectLock(governance(FUTURE), null),
                        Bypass.GOVERNANCE,
                        false),
                Arguments.of(
                        "active COMPLIANCE ignores bypass ([R27])",
                        new ObjectLock(compliance(FUTURE), null),
                        Bypass.GOVERNANCE,
                        true),
                Arguments.of("expired COMPLIANCE ([R31])", new ObjectLock(compliance(PAST), null), Bypass.NONE, false),
                Arguments.of(
                        "retain-until equal to now has expired ([B.7]: retainUntil <= now)",
                        new ObjectLock(compliance(NOW), null),
                        Bypass.NONE,
                        false),
                Arguments.of("legal hold ON ([B.7])", new ObjectLock(null, LegalHoldStatus.ON), Bypass.NONE, true),
                Arguments.of(
                        "legal hold ON ignores bypass ([R27])",
                        new ObjectLock(null, LegalHoldStatus.ON),
                        Bypass.GOVERNANCE,
                        true),
                Arguments.of(
                        "legal hold ON outlives expired retention",
                        new ObjectLock(compliance(PAST), LegalHoldStatus.ON),
                        Bypass.NONE,
                        true),
                Arguments.of(
                        "legal hold OFF and expired retention",
                        new ObjectLock(governance(PAST), LegalHoldStatus.OFF),
                        Bypass.NONE,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("removals")
    void removal(String description, ObjectLock lock, Bypass bypass, boolean isProtected) {
        assertThat(ObjectLockPolicy.isProtected(lock, bypass, NOW)).isEqualTo(isProtected);
        if (isProtected) {
            assertThatThrownBy(() -> ObjectLockPolicy.checkRemoval(lock, bypass, NOW))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_DENIED);
                        assertThat(e.getMessage()).isEqualTo("Access Denied because object protected by object lock.");
                    });
        } else {
            assertThatCode(() -> ObjectLockPolicy.checkRemoval(lock, bypass, NOW))
                    .doesNotThrowAnyException();
        }
    }

    static Stream<Arguments> retentionChanges() {
        return Stream.of(
                Arguments.of("none -> anything ([B.8.6])", null, compliance(FUTURE), Bypass.NONE, true),
                Arguments.of("expired COMPLIANCE -> removed ([B.8.6])", compliance(PAST), null, Bypass.NONE, true),
                Arguments.of(
                        "GOVERNANCE extend, no bypass ([R29])",
                        governance(FUTURE),
                        governance(LATER),
                        Bypass.NONE,
                        true),
                Arguments.of("GOVERNANCE same date", governance(FUTURE), governance(FUTURE), Bypass.NONE, true),
                Arguments.of(
                        "GOVERNANCE shorten, no bypass", governance(LATER), governance(FUTURE), Bypass.NONE, false),
                Arguments.of(
                        "GOVERNANCE shorten with bypass",
                        governance(LATER),
                        governance(FUTURE),
                        Bypass.GOVERNANCE,
                        true),
                Arguments.of("GOVERNANCE remove, no bypass", governance(FUTURE), null, Bypass.NONE, false),
                Arguments.of("GOVERNANCE remove with bypass", governance(FUTURE), null, Bypass.GOVERNANCE, true),
                Arguments.of(
                        "GOVERNANCE -> COMPLIANCE, no bypass",
                        governance(FUTURE),
                        compliance(LATER),
                        Bypass.NONE,
                        false),
                Arguments.of(
                        "GOVERNANCE -> COMPLIANCE with bypass",
                        governance(FUTURE),
                        compliance(LATER),
                        Bypass.GOVERNANCE,
                        true),
                Arguments.of("COMPLIANCE extend ([R30])", compliance(FUTURE), compliance(LATER), Bypass.NONE, true),
                Arguments.of(
                        "COMPLIANCE shorten even with bypass",
                        compliance(LATER),
                        compliance(FUTURE),
                        Bypass.GOVERNANCE,
                        false),
                Arguments.of(
                        "COMPLIANCE -> GOVERNANCE later date, with bypass",
                        compliance(FUTURE),
                        governance(LATER),
                        Bypass.GOVERNANCE,
                        false),
                Arguments.of("COMPLIANCE remove with bypass", compliance(FUTURE), null, Bypass.GOVERNANCE, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retentionChanges")
    void retentionChange(String description, Retention current, Retention requested, Bypass bypass, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> ObjectLockPolicy.checkRetentionChange(current, requested, bypass, NOW))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ObjectLockPolicy.checkRetentionChange(current, requested, bypass, NOW))
                    .isInstanceOfSatisfying(
                            S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.ACCESS_DENIED));
        }
    }

    static Stream<Arguments> bypassHeaders() {
        Bucket locked = new Bucket("b", "us-east-1", NOW, VersioningStatus.ENABLED, false, true, null);
        Bucket plain = new Bucket("b", "us-east-1", NOW, VersioningStatus.ENABLED, false, false, null);
        return Stream.of(
                // bucket, header, bypass (null: refused)   -- source
                Arguments.of("no header, bucket without Object Lock", plain, null, Bypass.NONE),
                Arguments.of("no header, Object Lock bucket", locked, null, Bypass.NONE),
                Arguments.of("true on an Object Lock bucket ([R27])", locked, true, Bypass.GOVERNANCE),
                Arguments.of("false on an Object Lock bucket", locked, false, Bypass.NONE),
                Arguments.of("true on a bucket without Object Lock ([R28])", plain, true, null),
                Arguments.of("false on a bucket without Object Lock, too ([R28])", plain, false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bypassHeaders")
    void bypassHeader(String description, Bucket bucket, Boolean header, Bypass expected) {
        if (expected != null) {
            assertThat(ObjectLockPolicy.bypassFor(bucket, header)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> ObjectLockPolicy.bypassFor(bucket, header))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT);
                        assertThat(e.getMessage())
                                .isEqualTo(
                                        "x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.");
                        assertThat(e.details())
                                .containsExactly(
                                        new S3Exception.Detail("ArgumentName", "x-amz-bypass-governance-retention"),
                                        new S3Exception.Detail("ArgumentValue", header.toString()));
                    });
        }
    }
}

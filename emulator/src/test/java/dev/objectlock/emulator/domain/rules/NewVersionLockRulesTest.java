package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.rules.LockRequestRules.RequestedLock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lock of a new version: what a write may ask, what it then needs, what it gets ([B.5, B.6]). */
class NewVersionLockRulesTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant FUTURE = NOW.plus(Duration.ofDays(1));
    private static final String FUTURE_TEXT = FUTURE.toString();
    private static final String PAST_TEXT = NOW.minusSeconds(1).toString();

    private static final Bucket PLAIN = bucket(false, null);
    private static final Bucket LOCKED = bucket(true, null);
    private static final Bucket LOCKED_WITH_DEFAULT =
            bucket(true, new DefaultRetention(RetentionMode.COMPLIANCE, 2, null));

    private static Bucket bucket(boolean objectLock, DefaultRetention defaultRetention) {
        return new Bucket(
                "b",
                "us-east-1",
                NOW,
                objectLock ? VersioningStatus.ENABLED : VersioningStatus.UNVERSIONED,
                false,
                objectLock,
                defaultRetention);
    }

    private static Retention governance(Instant until) {
        return new Retention(RetentionMode.GOVERNANCE, until);
    }

    private static final RequestedLock NOTHING = new RequestedLock(null, null);
    private static final RequestedLock RETENTION = new RequestedLock(governance(FUTURE), null);
    private static final RequestedLock HOLD = new RequestedLock(null, LegalHoldStatus.ON);

    static Stream<Arguments> requests() {
        return Stream.of(
                // mode, retain-until, legal hold, bucket, refused with -- source
                Arguments.of("no lock headers, bucket without Object Lock", null, null, null, PLAIN, null, null),
                Arguments.of(
                        "mode and date on an Object Lock bucket", "GOVERNANCE", FUTURE_TEXT, null, LOCKED, null, null),
                Arguments.of("legal hold alone on an Object Lock bucket", null, null, "ON", LOCKED, null, null),
                Arguments.of(
                        "mode and date on a bucket without Object Lock ([R23])",
                        "GOVERNANCE",
                        FUTURE_TEXT,
                        null,
                        PLAIN,
                        S3ErrorCode.INVALID_REQUEST,
                        "Bucket is missing ObjectLockConfiguration"),
                Arguments.of(
                        "legal hold OFF on a bucket without Object Lock ([R23])",
                        null,
                        null,
                        "OFF",
                        PLAIN,
                        S3ErrorCode.INVALID_REQUEST,
                        "Bucket is missing ObjectLockConfiguration"),
                Arguments.of(
                        "a bad value is judged before the bucket ([B.5] order of checks)",
                        "GOVERNANCE",
                        PAST_TEXT,
                        null,
                        PLAIN,
                        S3ErrorCode.INVALID_ARGUMENT,
                        "The retain until date must be in the future!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void requested(
            String description,
            String mode,
            String date,
            String hold,
            Bucket target,
            S3ErrorCode refusal,
            String message) {
        if (refusal == null) {
            assertThat(NewVersionLockRules.requested(mode, date, hold, target, NOW))
                    .isEqualTo(LockRequestRules.fromHeaders(mode, date, hold, NOW));
        } else {
            assertThatThrownBy(() -> NewVersionLockRules.requested(mode, date, hold, target, NOW))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(refusal);
                        assertThat(e.getMessage()).isEqualTo(message);
                    });
        }
    }

    static Stream<Arguments> integrityChecks() {
        return Stream.of(
                // requested lock, bucket, integrity declared, refused?   -- source
                Arguments.of("no lock asked, no default retention, no checksum", NOTHING, LOCKED, false, false),
                Arguments.of(
                        "no lock asked on a bucket without Object Lock, no checksum", NOTHING, PLAIN, false, false),
                Arguments.of("retention asked without Content-MD5 or checksum ([R22])", RETENTION, LOCKED, false, true),
                Arguments.of("legal hold asked without Content-MD5 or checksum ([R22])", HOLD, LOCKED, false, true),
                Arguments.of("retention asked with Content-MD5 or a checksum", RETENTION, LOCKED, true, false),
                Arguments.of(
                        "bucket default retention, no lock asked, no checksum ([R22])",
                        NOTHING,
                        LOCKED_WITH_DEFAULT,
                        false,
                        true),
                Arguments.of("bucket default retention with a checksum", NOTHING, LOCKED_WITH_DEFAULT, true, false));
    }

    static Stream<Arguments> partIntegrityChecks() {
        return Stream.of(
                // upload's lock, bucket, integrity declared, refused?   -- [R64]
                Arguments.of(
                        "upload without lock, no default retention, no checksum",
                        ObjectLock.NONE,
                        LOCKED,
                        false,
                        false),
                Arguments.of(
                        "upload with retention, no Content-MD5 or checksum",
                        new ObjectLock(governance(FUTURE), null),
                        LOCKED,
                        false,
                        true),
                Arguments.of(
                        "upload with legal hold OFF is still a lock parameter",
                        new ObjectLock(null, LegalHoldStatus.OFF),
                        LOCKED,
                        false,
                        true),
                Arguments.of(
                        "upload with retention and a checksum",
                        new ObjectLock(governance(FUTURE), null),
                        LOCKED,
                        true,
                        false),
                Arguments.of(
                        "bucket default retention when the part arrives, no checksum",
                        ObjectLock.NONE,
                        LOCKED_WITH_DEFAULT,
                        false,
                        true),
                Arguments.of(
                        "bucket default retention with Content-MD5",
                        ObjectLock.NONE,
                        LOCKED_WITH_DEFAULT,
                        true,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partIntegrityChecks")
    void partIntegrity(String description, ObjectLock uploadLock, Bucket target, boolean declared, boolean refused) {
        if (refused) {
            assertThatThrownBy(() -> NewVersionLockRules.checkPartIntegrity(uploadLock, target, declared))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
                        assertThat(e.getMessage())
                                .isEqualTo("Content-MD5 OR x-amz-checksum- HTTP header is required "
                                        + "for Put Part requests with Object Lock parameters");
                    });
        } else {
            assertThatCode(() -> NewVersionLockRules.checkPartIntegrity(uploadLock, target, declared))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrityChecks")
    void integrity(String description, RequestedLock requested, Bucket target, boolean declared, boolean refused) {
        if (refused) {
            assertThatThrownBy(() -> NewVersionLockRules.checkIntegrity(requested, target, declared))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_REQUEST);
                        assertThat(e.getMessage())
                                .isEqualTo("Content-MD5 OR x-amz-checksum- HTTP header is required "
                                        + "for Put Object requests with Object Lock parameters");
                    });
        } else {
            assertThatCode(() -> NewVersionLockRules.checkIntegrity(requested, target, declared))
                    .doesNotThrowAnyException();
        }
    }

    static Stream<Arguments> newVersions() {
        Retention defaultFromNow = new Retention(RetentionMode.COMPLIANCE, NOW.plus(Duration.ofDays(2)));
        return Stream.of(
                // bucket, requested lock, lock of the new version   -- source
                Arguments.of("bucket without Object Lock: no lock", PLAIN, NOTHING, ObjectLock.NONE),
                Arguments.of("Object Lock, nothing asked, no default: no lock", LOCKED, NOTHING, ObjectLock.NONE),
                Arguments.of("the retention asked for", LOCKED, RETENTION, new ObjectLock(governance(FUTURE), null)),
                Arguments.of("the legal hold asked for", LOCKED, HOLD, new ObjectLock(null, LegalHoldStatus.ON)),
                Arguments.of(
                        "nothing asked: the default, counted from now ([R18])",
                        LOCKED_WITH_DEFAULT,
                        NOTHING,
                        new ObjectLock(defaultFromNow, null)),
                Arguments.of(
                        "an explicit retention wins over the default ([R19])",
                        LOCKED_WITH_DEFAULT,
                        RETENTION,
                        new ObjectLock(governance(FUTURE), null)),
                Arguments.of(
                        "a legal hold alone: the default retention still applies ([R18])",
                        LOCKED_WITH_DEFAULT,
                        HOLD,
                        new ObjectLock(defaultFromNow, LegalHoldStatus.ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newVersions")
    void newVersionLock(String description, Bucket bucket, RequestedLock requested, ObjectLock expected) {
        assertThat(NewVersionLockRules.forNewVersion(bucket, requested, NOW)).isEqualTo(expected);
    }
}

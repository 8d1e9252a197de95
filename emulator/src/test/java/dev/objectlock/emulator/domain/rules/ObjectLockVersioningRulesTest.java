package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Object Lock needs versioning: at creation, when enabled later, and ever after ([A.8, B.3]). */
class ObjectLockVersioningRulesTest {

    private static Bucket bucket(VersioningStatus versioning, boolean objectLock) {
        return new Bucket("b", "us-east-1", Instant.parse("2030-01-01T00:00:00Z"), versioning, false, objectLock, null);
    }

    @ParameterizedTest(name = "created with Object Lock {0} -> versioning {1}")
    @CsvSource({"true, ENABLED", "false, UNVERSIONED"})
    void aBucketCreatedWithObjectLockIsVersioned(boolean objectLock, VersioningStatus versioning) {
        assertThat(ObjectLockVersioningRules.versioningForNewBucket(objectLock)).isEqualTo(versioning);
    }

    static Stream<Arguments> enabling() {
        return Stream.of(
                // bucket, allowed?   -- source
                Arguments.of("versioning Enabled ([R14])", bucket(VersioningStatus.ENABLED, false), true),
                Arguments.of("never versioned ([R14])", bucket(VersioningStatus.UNVERSIONED, false), false),
                Arguments.of("versioning Suspended ([R14])", bucket(VersioningStatus.SUSPENDED, false), false),
                Arguments.of(
                        "Object Lock already on: only the default retention changes",
                        bucket(VersioningStatus.ENABLED, true),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enabling")
    void enablingObjectLock(String description, Bucket bucket, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> ObjectLockVersioningRules.checkEnableObjectLock(bucket))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ObjectLockVersioningRules.checkEnableObjectLock(bucket))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_BUCKET_STATE);
                        assertThat(e.getMessage())
                                .isEqualTo(
                                        "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
                    });
        }
    }

    static Stream<Arguments> versioningChanges() {
        return Stream.of(
                // bucket, requested state, allowed?   -- source
                Arguments.of(
                        "Object Lock bucket re-Enabled is a no-op ([R15])",
                        bucket(VersioningStatus.ENABLED, true),
                        VersioningStatus.ENABLED,
                        true),
                Arguments.of(
                        "Object Lock bucket Suspended ([R15])",
                        bucket(VersioningStatus.ENABLED, true),
                        VersioningStatus.SUSPENDED,
                        false),
                Arguments.of(
                        "bucket without Object Lock Suspended ([A.8])",
                        bucket(VersioningStatus.ENABLED, false),
                        VersioningStatus.SUSPENDED,
                        true),
                Arguments.of(
                        "bucket without Object Lock Enabled",
                        bucket(VersioningStatus.UNVERSIONED, false),
                        VersioningStatus.ENABLED,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versioningChanges")
    void versioningChange(String description, Bucket bucket, VersioningStatus requested, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> ObjectLockVersioningRules.checkVersioningChange(bucket, requested))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ObjectLockVersioningRules.checkVersioningChange(bucket, requested))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_BUCKET_STATE);
                        assertThat(e.getMessage())
                                .isEqualTo("An Object Lock configuration is present on this bucket, "
                                        + "so the versioning state cannot be changed.");
                    });
        }
    }
}

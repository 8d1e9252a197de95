package dev.objectlock.emulator.domain.rules;

import static dev.objectlock.emulator.domain.model.ReplicationTask.State.COMPLETED;
import static dev.objectlock.emulator.domain.model.ReplicationTask.State.FAILED;
import static dev.objectlock.emulator.domain.model.ReplicationTask.State.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ReplicationStatus;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a replica carries and what its source's status says, as decision tables ([R115], [R130], [R133], [R134]). */
class ReplicaRulesTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Retention COMPLIANCE_2040 =
            new Retention(RetentionMode.COMPLIANCE, Instant.parse("2040-01-01T00:00:00Z"));
    private static final Retention GOVERNANCE_DAY =
            new Retention(RetentionMode.GOVERNANCE, NOW.plus(Duration.ofDays(1)));
    private static final DefaultRetention ONE_DAY_GOVERNANCE = new DefaultRetention(RetentionMode.GOVERNANCE, 1, null);

    private static Bucket bucket(boolean objectLock, DefaultRetention rule, VersioningStatus versioning) {
        return new Bucket("dst", "us-east-1", NOW, versioning, false, objectLock, rule);
    }

    static Stream<Arguments> replicaLocks() {
        Bucket lockedWithDefault = bucket(true, ONE_DAY_GOVERNANCE, VersioningStatus.ENABLED);
        Bucket locked = bucket(true, null, VersioningStatus.ENABLED);
        Bucket unlocked = bucket(false, null, VersioningStatus.ENABLED);
        return Stream.of(
                // the source's retention wins over the destination's default
                Arguments.of(
                        lockedWithDefault,
                        new ObjectLock(COMPLIANCE_2040, LegalHoldStatus.ON),
                        new ObjectLock(COMPLIANCE_2040, LegalHoldStatus.ON)),
                // no retention on the source: the destination's default, from now
                Arguments.of(
                        lockedWithDefault,
                        new ObjectLock(null, LegalHoldStatus.OFF),
                        new ObjectLock(GOVERNANCE_DAY, LegalHoldStatus.OFF)),
                Arguments.of(lockedWithDefault, ObjectLock.NONE, new ObjectLock(GOVERNANCE_DAY, null)),
                Arguments.of(locked, ObjectLock.NONE, ObjectLock.NONE),
                Arguments.of(locked, new ObjectLock(COMPLIANCE_2040, null), new ObjectLock(COMPLIANCE_2040, null)),
                // a destination without Object Lock holds no lock
                Arguments.of(unlocked, new ObjectLock(COMPLIANCE_2040, LegalHoldStatus.ON), ObjectLock.NONE));
    }

    @ParameterizedTest
    @MethodSource("replicaLocks")
    void replicaLock(Bucket destination, ObjectLock source, ObjectLock expected) {
        assertThat(ReplicaRules.replicaLock(destination, source, NOW)).isEqualTo(expected);
    }

    static Stream<Arguments> syncedLocks() {
        return Stream.of(
                // the source's retention and hold replace the replica's
                Arguments.of(
                        new ObjectLock(GOVERNANCE_DAY, LegalHoldStatus.ON),
                        new ObjectLock(COMPLIANCE_2040, LegalHoldStatus.OFF),
                        new ObjectLock(COMPLIANCE_2040, LegalHoldStatus.OFF)),
                // a replica's default retention stays while the source has none
                Arguments.of(
                        new ObjectLock(GOVERNANCE_DAY, null),
                        new ObjectLock(null, LegalHoldStatus.ON),
                        new ObjectLock(GOVERNANCE_DAY, LegalHoldStatus.ON)),
                Arguments.of(ObjectLock.NONE, ObjectLock.NONE, ObjectLock.NONE));
    }

    @ParameterizedTest
    @MethodSource("syncedLocks")
    void syncedLock(ObjectLock replica, ObjectLock source, ObjectLock expected) {
        assertThat(ReplicaRules.syncedLock(replica, source)).isEqualTo(expected);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(List.of(PENDING), ReplicationStatus.PENDING),
                Arguments.of(List.of(COMPLETED, PENDING), ReplicationStatus.PENDING),
                Arguments.of(List.of(FAILED, PENDING), ReplicationStatus.PENDING),
                Arguments.of(List.of(COMPLETED, FAILED), ReplicationStatus.FAILED),
                Arguments.of(List.of(COMPLETED), ReplicationStatus.COMPLETED),
                Arguments.of(List.of(COMPLETED, COMPLETED), ReplicationStatus.COMPLETED));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void sourceStatus(List<ReplicationTask.State> latest, ReplicationStatus expected) {
        assertThat(ReplicaRules.sourceStatus(latest)).isEqualTo(expected);
    }

    static Stream<Arguments> lockedVersionsAndDestinations() {
        return Stream.of(
                Arguments.of(false, new ObjectLock(COMPLIANCE_2040, null), true),
                Arguments.of(false, new ObjectLock(null, LegalHoldStatus.ON), true),
                Arguments.of(false, new ObjectLock(null, LegalHoldStatus.OFF), false),
                Arguments.of(false, ObjectLock.NONE, false),
                Arguments.of(true, new ObjectLock(COMPLIANCE_2040, LegalHoldStatus.ON), false));
    }

    @ParameterizedTest
    @MethodSource("lockedVersionsAndDestinations")
    void aLockedVersionNeedsADestinationWithObjectLock(boolean destinationLocked, ObjectLock source, boolean refused) {
        assertThat(ReplicaRules.lacksObjectLockFor(bucket(destinationLocked, null, VersioningStatus.ENABLED), source))
                .isEqualTo(refused);
    }

    static Stream<Arguments> destinations() {
        return Stream.of(
                Arguments.of(VersioningStatus.ENABLED, true),
                Arguments.of(VersioningStatus.SUSPENDED, false),
                Arguments.of(VersioningStatus.UNVERSIONED, false));
    }

    @ParameterizedTest
    @MethodSource("destinations")
    void onlyAVersioningEnabledBucketTakesReplicas(VersioningStatus versioning, boolean accepts) {
        assertThat(ReplicaRules.acceptsReplicas(bucket(false, null, versioning)))
                .isEqualTo(accepts);
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;

/**
 * Replication of locked versions between two buckets of the target's region ([R130]-[R140]):
 * what a replica carries, which deletes travel, that a replica is protected, and the status values.
 * Forcing PENDING or FAILED needs the emulator's switches, so those scenarios are emulator-only.
 */
class ReplicationConformanceTest extends ReplicationScenario {

    private static final String UG = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/";

    private String source;
    private String destination;

    private void lockedPair(boolean markers) {
        source = buckets.createWithObjectLock();
        destination = buckets.createWithObjectLock();
        replicateAll(source, destination, markers);
    }

    private String put(String key) {
        return s3.putObject(b -> b.bucket(source).key(key), RequestBody.fromString("x"))
                .versionId();
    }

    private boolean markerIn(String bucket, String versionId) {
        return s3.listObjectVersions(b -> b.bucket(bucket)).deleteMarkers().stream()
                .anyMatch(m -> m.versionId().equals(versionId));
    }

    @Test
    @AwsSource(
            rules = {"R130", "R132", "R133"},
            value = UG + "replication-what-is-isnot-replicated.html (Object Lock retention information); " + UG
                    + "replication-status.html")
    void complianceVersionWithLegalHoldReplicatesLockedWithItsIdentity() {
        lockedPair(false);
        Instant until = complianceUntil();
        String id = s3.putObject(
                        b -> b.bucket(source)
                                .key("trade.csv")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(until)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("1,2,3"))
                .versionId();

        assertThat(settledStatus(source, "trade.csv", id)).isEqualTo(ReplicationStatus.COMPLETED);

        HeadObjectResponse original = head(source, "trade.csv", id);
        HeadObjectResponse replica = head(destination, "trade.csv", id);
        assertThat(replica.replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(replica.eTag()).isEqualTo(original.eTag());
        assertThat(replica.lastModified()).isEqualTo(original.lastModified());
        assertThat(replica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(replica.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(replica.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"R136"},
            value = UG + "replication-what-is-isnot-replicated.html (How delete operations affect replication); " + UG
                    + "delete-marker-replication.html")
    void deleteMarkerReplicatesWhenDeleteMarkerReplicationIsEnabled() {
        lockedPair(true);
        String id = put("k");
        settledStatus(source, "k", id);
        String marker = s3.deleteObject(b -> b.bucket(source).key("k")).versionId();

        awaitTrue(() -> markerIn(destination, marker));

        assertThat(markerIn(destination, marker)).isTrue();
    }

    @Test
    @AwsSource(
            rules = {"R136"},
            value = UG + "replication-what-is-isnot-replicated.html (How delete operations affect replication)")
    void deleteMarkerStaysInTheSourceWhenDeleteMarkerReplicationIsDisabled() {
        lockedPair(false);
        put("k");
        String marker = s3.deleteObject(b -> b.bucket(source).key("k")).versionId();
        // a version written after the marker: once it is replicated, the marker would have been too
        String later = put("later");

        assertThat(settledStatus(source, "later", later)).isEqualTo(ReplicationStatus.COMPLETED);

        assertThat(markerIn(source, marker)).isTrue();
        assertThat(markerIn(destination, marker)).isFalse();
    }

    @Test
    @AwsSource(
            rules = {"R137"},
            value = UG + "replication-what-is-isnot-replicated.html (a DELETE with a version ID is not replicated)")
    void deleteNamingAVersionIsNotReplicated() {
        lockedPair(true);
        String id = put("k");
        assertThat(settledStatus(source, "k", id)).isEqualTo(ReplicationStatus.COMPLETED);

        s3.deleteObject(b -> b.bucket(source).key("k").versionId(id));
        String later = put("later");
        settledStatus(source, "later", later);

        assertThat(head(destination, "k", id).replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(s3.listObjectVersions(b -> b.bucket(destination).prefix("k")).deleteMarkers())
                .isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"R138"},
            value = UG + "object-lock-managing.html (Using Object Lock with S3 Replication)")
    void replicaIsProtectedAsItsSourceIs() {
        lockedPair(false);
        String id = putLocked(
                source,
                "k",
                software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode.COMPLIANCE,
                complianceUntil());
        assertThat(settledStatus(source, "k", id)).isEqualTo(ReplicationStatus.COMPLETED);

        assertS3Error(() -> s3.deleteObject(b -> b.bucket(destination).key("k").versionId(id)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertS3Error(() -> s3.deleteObject(
                        b -> b.bucket(destination).key("k").versionId(id).bypassGovernanceRetention(true)))
                .hasStatus(403)
                .hasCode("AccessDenied");
        assertThat(head(destination, "k", id).objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
    }

    @Test
    @AwsSource(
            rules = {"R130", "R139"},
            value = UG + "replication-status.html (no header for a version no rule took); " + UG
                    + "replication-what-is-isnot-replicated.html (objects that existed before)")
    void versionWrittenBeforeTheConfigurationHasNoStatus() {
        source = buckets.createWithObjectLock();
        destination = buckets.createWithObjectLock();
        String before = put("before");
        replicateAll(source, destination, false);
        String after = put("after");

        assertThat(settledStatus(source, "after", after)).isEqualTo(ReplicationStatus.COMPLETED);

        assertThat(status(source, "before", before)).isNull();
        assertThat(s3.listObjectVersions(b -> b.bucket(destination).prefix("before"))
                        .versions())
                .isEmpty();
    }

    @Test
    @EmulatorOnly(reason = "holds replication with /_emulator/replication/pause; AWS cannot be held")
    @AwsSource(
            rules = {"R130", "R140"},
            value = UG + "replication-status.html (PENDING until every destination has the replica)")
    void sourceIsPendingUntilReplicationRuns() {
        lockedPair(false);
        admin("pause", "");
        String id;
        try {
            id = put("k");
            assertThat(status(source, "k", id)).isEqualTo(ReplicationStatus.PENDING);
        } finally {
            admin("resume", "");
        }

        assertThat(settledStatus(source, "k", id)).isEqualTo(ReplicationStatus.COMPLETED);
    }

    @Test
    @EmulatorOnly(reason = "makes the destination fail with /_emulator/replication/fail")
    @AwsSource(
            rules = {"R130", "R140"},
            value = UG + "replication-status.html (FAILED when a destination fails; not retried)")
    void sourceIsFailedWhenTheDestinationFails() {
        lockedPair(false);
        admin("fail", "{\"bucket\":\"" + destination + "\"}");
        String id;
        try {
            id = put("k");
            assertThat(settledStatus(source, "k", id)).isEqualTo(ReplicationStatus.FAILED);
        } finally {
            admin("heal", "{\"bucket\":\"" + destination + "\"}");
        }

        assertThat(s3.listObjectVersions(b -> b.bucket(destination)).versions()).isEmpty();
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.ReplicationSupport.everything;
import static dev.objectlock.emulator.it.ReplicationSupport.replicate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Deletes, delete markers, replica protection and later lock and tag changes ([R134]-[R138]). */
class ReplicationDeletesAndLocksTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final Instant UNTIL = Instant.parse("2040-01-01T00:00:00Z");

    private final S3Client client = s3.client();

    private void lockedPair(String source, String destination, boolean markers) {
        createLockBucket(client, source);
        createLockBucket(client, destination);
        replicate(client, source, everything(destination, markers));
    }

    private HeadObjectResponse head(String bucket, String key, String versionId) {
        return client.headObject(b -> b.bucket(bucket).key(key).versionId(versionId));
    }

    private int deleteMarkers(String bucket) {
        return client.listObjectVersions(b -> b.bucket(bucket)).deleteMarkers().size();
    }

    // [R136]: DeleteMarkerReplication Enabled sends the marker, with its id
    @Test
    void deleteMarkerReplicatesWhenEnabled() {
        lockedPair("src", "dst", true);
        LockSupport.put(client, "src", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("src").key("k")).versionId();

        s3.emulator().awaitReplication();

        var markers = client.listObjectVersions(b -> b.bucket("dst")).deleteMarkers();
        assertThat(markers).singleElement().satisfies(m -> {
            assertThat(m.versionId()).isEqualTo(marker);
            assertThat(m.isLatest()).isTrue();
        });
    }

    // [R136]: Disabled keeps it in the source
    @Test
    void deleteMarkerStaysWhenDisabled() {
        lockedPair("src", "dst", false);
        LockSupport.put(client, "src", "k", "v");
        client.deleteObject(b -> b.bucket("src").key("k"));

        s3.emulator().awaitReplication();

        assertThat(deleteMarkers("src")).isEqualTo(1);
        assertThat(deleteMarkers("dst")).isZero();
        assertThat(s3.read("dst", "k")).isEqualTo("v");
    }

    // [R137]: a DELETE naming a version is never replicated, nor is the removal of a marker
    @Test
    void versionedDeletesAreNotReplicated() {
        lockedPair("src", "dst", true);
        String id = LockSupport.put(client, "src", "k", "v");
        String marker = client.deleteObject(b -> b.bucket("src").key("k")).versionId();
        s3.emulator().awaitReplication();

        client.deleteObject(b -> b.bucket("src").key("k").versionId(marker));
        client.deleteObject(b -> b.bucket("src").key("k").versionId(id));
        s3.emulator().awaitReplication();

        assertThat(client.listObjectVersions(b -> b.bucket("src")).versions()).isEmpty();
        assertThat(LockSupport.versionExists(client, "dst", id)).isTrue();
        assertThat(deleteMarkers("dst")).isEqualTo(1);
    }

    // [R136]: lifecycle's delete markers are not replicated, even with DeleteMarkerReplication Enabled
    @Test
    void lifecycleDeleteMarkersAreNotReplicated() {
        lockedPair("src", "dst", true);
        s3.emulator().clock().set(Instant.parse("2031-01-01T10:00:00Z"));
        LockSupport.put(client, "src", "k", "v");
        client.putBucketLifecycleConfiguration(b -> b.bucket("src")
                .lifecycleConfiguration(c -> c.rules(r -> r.id("expire")
                        .status(ExpirationStatus.ENABLED)
                        .filter(f -> f.prefix(""))
                        .expiration(x -> x.days(1)))));

        s3.emulator().clock().set(Instant.parse("2031-01-05T00:00:00Z"));
        s3.emulator().awaitReplication();

        assertThat(deleteMarkers("src")).isEqualTo(1);
        assertThat(deleteMarkers("dst")).isZero();
    }

    // [R138]: a COMPLIANCE replica under legal hold cannot be removed, with or without bypass
    @Test
    void replicaIsProtectedAsTheSourceIs() {
        lockedPair("src", "dst", false);
        String id = client.putObject(
                        b -> b.bucket("src")
                                .key("k")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(UNTIL)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        software.amazon.awssdk.core.sync.RequestBody.fromString("v"))
                .versionId();
        s3.emulator().awaitReplication();

        assertThatThrownBy(
                        () -> client.deleteObject(b -> b.bucket("dst").key("k").versionId(id)))
                .isInstanceOf(S3Exception.class)
                .extracting(e -> ((S3Exception) e).statusCode())
                .isEqualTo(403);
        assertThatThrownBy(() -> client.deleteObject(
                        b -> b.bucket("dst").key("k").versionId(id).bypassGovernanceRetention(true)))
                .isInstanceOf(S3Exception.class);
        client.putObjectLegalHold(
                b -> b.bucket("dst").key("k").versionId(id).legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF)));
        assertThatThrownBy(() -> client.putObjectRetention(b -> b.bucket("dst")
                        .key("k")
                        .versionId(id)
                        .retention(r -> r.mode("GOVERNANCE").retainUntilDate(UNTIL))))
                .isInstanceOf(S3Exception.class);
        assertThat(LockSupport.versionExists(client, "dst", id)).isTrue();
    }

    // [R134]: legal hold, retention and tag changes on the source reach the replica
    @Test
    void lockAndTagChangesOnTheSourceFollow() {
        lockedPair("src", "dst", false);
        String id = LockSupport.putWithLegalHold(client, "src", "k", "v");
        s3.emulator().awaitReplication();

        client.putObjectLegalHold(
                b -> b.bucket("src").key("k").versionId(id).legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF)));
        client.putObjectRetention(b -> b.bucket("src")
                .key("k")
                .versionId(id)
                .retention(r -> r.mode("COMPLIANCE").retainUntilDate(UNTIL)));
        client.putObjectTagging(b -> b.bucket("src")
                .key("k")
                .versionId(id)
                .tagging(t -> t.tagSet(s -> s.key("state").value("final"))));
        var counts = s3.emulator().awaitReplication();

        assertThat(counts.failed()).isZero();
        HeadObjectResponse replica = head("dst", "k", id);
        assertThat(replica.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        assertThat(replica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(replica.objectLockRetainUntilDate()).isEqualTo(UNTIL);
        assertThat(client.getObjectTagging(b -> b.bucket("dst").key("k").versionId(id))
                        .tagSet())
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("final"));
        assertThat(head("src", "k", id).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
    }

    // [R134]: a change made on the replica stays there
    @Test
    void changesOnTheReplicaDoNotGoBack() {
        lockedPair("src", "dst", false);
        String id = LockSupport.put(client, "src", "k", "v");
        s3.emulator().awaitReplication();

        client.putObjectLegalHold(
                b -> b.bucket("dst").key("k").versionId(id).legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON)));
        s3.emulator().awaitReplication();

        assertThat(head("src", "k", id).objectLockLegalHoldStatus()).isNull();
        assertThat(head("dst", "k", id).replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
    }
}

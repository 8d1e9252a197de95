package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.ReplicationSupport.admin;
import static dev.objectlock.emulator.it.ReplicationSupport.everything;
import static dev.objectlock.emulator.it.ReplicationSupport.replicate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.replication.ReplicationCounts;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** What replicates and what a replica carries, through the SDK ([R130]-[R138]). */
class ReplicationTest {

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

    // [R132, R133]: the replica is the same version, locked as the source is
    @Test
    void newVersionReplicatesWithItsIdentityAndLock() {
        lockedPair("ledger", "ledger-dr", false);
        String id = client.putObject(
                        b -> b.bucket("ledger")
                                .key("trade.csv")
                                .metadata(Map.of("desk", "rates"))
                                .contentType("text/csv")
                                .tagging("class=record")
                                .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(UNTIL)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("1,2,3"))
                .versionId();

        ReplicationCounts counts = s3.emulator().awaitReplication();

        assertThat(counts.pending()).isZero();
        assertThat(counts.completed()).isEqualTo(1);
        HeadObjectResponse source = client.headObject(
                b -> b.bucket("ledger").key("trade.csv").versionId(id).checksumMode(ChecksumMode.ENABLED));
        HeadObjectResponse replica = client.headObject(
                b -> b.bucket("ledger-dr").key("trade.csv").versionId(id).checksumMode(ChecksumMode.ENABLED));
        assertThat(source.replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
        assertThat(replica.replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(replica.eTag()).isEqualTo(source.eTag());
        assertThat(replica.checksumSHA256()).isNotNull().isEqualTo(source.checksumSHA256());
        assertThat(replica.lastModified()).isEqualTo(source.lastModified());
        assertThat(replica.metadata()).containsEntry("desk", "rates");
        assertThat(replica.contentType()).isEqualTo("text/csv");
        assertThat(replica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(replica.objectLockRetainUntilDate()).isEqualTo(UNTIL);
        assertThat(replica.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(client.getObjectTagging(
                                b -> b.bucket("ledger-dr").key("trade.csv").versionId(id))
                        .tagSet())
                .singleElement()
                .satisfies(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("class=record"));
        assertThat(s3.read("ledger-dr", "trade.csv", id)).isEqualTo("1,2,3");
    }

    // [R130]: PENDING while replication is held, COMPLETED once it ran
    @Test
    void statusIsPendingWhilePausedThenCompleted() {
        lockedPair("src", "dst", false);
        assertThat(admin(s3, "pause", null).statusCode()).isEqualTo(204);
        String id = LockSupport.put(client, "src", "k", "v");

        assertThat(head("src", "k", id).replicationStatus()).isEqualTo(ReplicationStatus.PENDING);
        var timedOut = admin(s3, "wait", "{\"timeout\":\"PT0.2S\"}");
        assertThat(timedOut.statusCode()).isEqualTo(408);
        assertThat(timedOut.body()).contains("\"pending\":1", "\"completed\":0", "\"failed\":0");
        assertThatThrownBy(() -> s3.emulator().awaitReplication(java.time.Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("paused");

        assertThat(admin(s3, "resume", null).statusCode()).isEqualTo(204);
        var done = admin(s3, "wait", "{\"timeout\":\"PT30S\"}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).isEqualTo("{\"pending\":0,\"completed\":1,\"failed\":0}");
        assertThat(head("src", "k", id).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
    }

    // [R130]: a destination made to fail leaves the source FAILED and no replica
    @Test
    void failedDestinationLeavesTheSourceFailed() {
        lockedPair("src", "dst", false);
        assertThat(admin(s3, "fail", "{\"bucket\":\"dst\"}").statusCode()).isEqualTo(204);
        String failed = LockSupport.put(client, "src", "k", "v1");

        var wait = admin(s3, "wait", null);
        assertThat(wait.statusCode()).isEqualTo(200);
        assertThat(wait.body()).contains("\"failed\":1");
        assertThat(head("src", "k", failed).replicationStatus()).isEqualTo(ReplicationStatus.FAILED);
        assertThatThrownBy(() -> head("dst", "k", failed))
                .isInstanceOf(S3Exception.class)
                .extracting(e -> ((S3Exception) e).statusCode())
                .isEqualTo(404);

        assertThat(admin(s3, "heal", "{\"bucket\":\"dst\"}").statusCode()).isEqualTo(204);
        String healed = LockSupport.put(client, "src", "k", "v2");
        s3.emulator().awaitReplication();
        assertThat(head("src", "k", healed).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
        assertThat(head("src", "k", failed).replicationStatus()).isEqualTo(ReplicationStatus.FAILED);
    }

    @Test
    void adminCallsRefuseBadBodies() {
        assertThat(admin(s3, "fail", "{}").statusCode()).isEqualTo(400);
        assertThat(admin(s3, "wait", "{\"timeout\":\"soon\"}").statusCode()).isEqualTo(400);
        assertThat(admin(s3, "wait", "[]").statusCode()).isEqualTo(400);
    }

    // [R135]: CopyObject and CompleteMultipartUpload write new versions, which replicate
    @Test
    void copiesAndMultipartUploadsReplicate() {
        lockedPair("src", "dst", false);
        client.createBucket(b -> b.bucket("elsewhere"));
        s3.put("elsewhere", "original", "copied body");
        String copied = client.copyObject(b -> b.sourceBucket("elsewhere")
                        .sourceKey("original")
                        .destinationBucket("src")
                        .destinationKey("copy"))
                .versionId();
        String upload =
                client.createMultipartUpload(b -> b.bucket("src").key("big")).uploadId();
        String etag = client.uploadPart(
                        b -> b.bucket("src").key("big").uploadId(upload).partNumber(1),
                        RequestBody.fromString("part one"))
                .eTag();
        String multipart = client.completeMultipartUpload(b -> b.bucket("src")
                        .key("big")
                        .uploadId(upload)
                        .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))))
                .versionId();

        s3.emulator().awaitReplication();

        assertThat(s3.read("dst", "copy", copied)).isEqualTo("copied body");
        assertThat(head("dst", "big", multipart).eTag())
                .isEqualTo(head("src", "big", multipart).eTag())
                .endsWith("-1\"");
        assertThat(head("src", "big", multipart).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
    }

    // [R133]: the destination's default retention does not replace the source's; without one it applies
    @Test
    void destinationDefaultRetentionAppliesOnlyWhereTheSourceHasNone() {
        lockedPair("src", "dst", false);
        client.putObjectLockConfiguration(b -> b.bucket("dst")
                .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                        .rule(r -> r.defaultRetention(
                                d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1)))));
        String locked = LockSupport.putWithRetention(client, "src", "locked", "x", ObjectLockMode.COMPLIANCE, UNTIL);
        String plain = LockSupport.put(client, "src", "plain", "y");

        s3.emulator().awaitReplication();

        HeadObjectResponse lockedReplica = head("dst", "locked", locked);
        assertThat(lockedReplica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
        assertThat(lockedReplica.objectLockRetainUntilDate()).isEqualTo(UNTIL);
        assertThat(head("dst", "plain", plain).objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head("src", "plain", plain).objectLockMode()).isNull();
    }

    // [R139]: versions written before the configuration stay where they are
    @Test
    void versionsWrittenBeforeTheConfigurationAreNotReplicated() {
        createLockBucket(client, "src");
        createLockBucket(client, "dst");
        String before = LockSupport.put(client, "src", "k", "old");
        replicate(client, "src", everything("dst", true));

        assertThat(s3.emulator().awaitReplication().completed()).isZero();
        assertThat(head("src", "k", before).replicationStatus()).isNull();
        assertThat(client.listObjectVersions(b -> b.bucket("dst")).versions()).isEmpty();
    }

    // [R139]: a replica is not replicated again by its bucket's own rule
    @Test
    void replicasAreNotReplicatedAgain() {
        createLockBucket(client, "first");
        createLockBucket(client, "second");
        createLockBucket(client, "third");
        replicate(client, "first", everything("second", false));
        replicate(client, "second", everything("third", false));
        String id = LockSupport.put(client, "first", "k", "v");

        s3.emulator().awaitReplication();

        assertThat(head("second", "k", id).replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(client.listObjectVersions(r -> r.bucket("third")).versions()).isEmpty();
    }

    // [R135]: only keys a rule's filter takes
    @Test
    void keysOutsideTheFilterAreNotReplicated() {
        createLockBucket(client, "src");
        createLockBucket(client, "dst");
        replicate(
                client,
                "src",
                everything("dst", false).toBuilder()
                        .filter(f -> f.prefix("records/"))
                        .build());
        String inside = LockSupport.put(client, "src", "records/1", "v");
        String outside = LockSupport.put(client, "src", "scratch/1", "v");

        s3.emulator().awaitReplication();

        assertThat(head("src", "records/1", inside).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
        assertThat(head("src", "scratch/1", outside).replicationStatus()).isNull();
        assertThat(client.listObjectVersions(r -> r.bucket("dst")).versions())
                .singleElement()
                .satisfies(v -> assertThat(v.key()).isEqualTo("records/1"));
    }

    // [R140]: the reset forgets the work and the switches
    @Test
    void resetClearsReplicationState() {
        lockedPair("src", "dst", false);
        admin(s3, "pause", null);
        admin(s3, "fail", "{\"bucket\":\"dst\"}");
        LockSupport.put(client, "src", "k", "v");

        s3.emulator().reset();

        assertThat(admin(s3, "wait", "{\"timeout\":\"PT1S\"}").body())
                .isEqualTo("{\"pending\":0,\"completed\":0,\"failed\":0}");
        lockedPair("src", "dst", false);
        String id = LockSupport.put(client, "src", "k", "v");
        s3.emulator().awaitReplication();
        assertThat(head("src", "k", id).replicationStatus()).isEqualTo(ReplicationStatus.COMPLETED);
    }
}

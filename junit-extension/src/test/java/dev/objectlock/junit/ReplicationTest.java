package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.replication.ReplicationCounts;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;

/**
 * The injected {@link Replication} waits on the test's own emulator: a version written to a bucket
 * with a replication rule is in the destination, with its id, once {@code await()} returns.
 */
@ObjectLockEmulatorTest
@EmulatorBucket(name = "ledger", objectLock = true)
@EmulatorBucket(name = "ledger-dr", objectLock = true)
class ReplicationTest {

    @Test
    void awaitReturnsOnceTheReplicaIsWritten(S3Client s3, Replication replication) {
        s3.putBucketReplication(b -> b.bucket("ledger")
                .replicationConfiguration(c -> c.role("arn:aws:iam::123456789012:role/replication")
                        .rules(r -> r.id("all")
                                .priority(1)
                                .status("Enabled")
                                .filter(f -> f.prefix(""))
                                .deleteMarkerReplication(d -> d.status("Disabled"))
                                .destination(d -> d.bucket("arn:aws:s3:::ledger-dr")))));
        String id = s3.putObject(b -> b.bucket("ledger").key("trade.csv"), RequestBody.fromString("1"))
                .versionId();

        ReplicationCounts counts = replication.await();

        assertThat(counts.completed()).isEqualTo(1);
        assertThat(s3.headObject(b -> b.bucket("ledger-dr").key("trade.csv").versionId(id))
                        .replicationStatus())
                .isEqualTo(ReplicationStatus.REPLICA);
    }
}

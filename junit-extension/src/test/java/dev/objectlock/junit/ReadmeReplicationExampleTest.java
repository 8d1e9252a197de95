package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;

/** The README's "Replication" example, kept here so it always runs as written. */
@ObjectLockEmulatorTest
class ReadmeReplicationExampleTest {

    @Test
    void aLockedRecordReachesTheOtherRegionStillLocked(
            S3Client s3, @ClientRegion("eu-west-1") S3Client dr, Replication replication) {
        s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));        // us-east-1
        dr.createBucket(b -> b.bucket("ledger-dr").objectLockEnabledForBucket(true));     // eu-west-1
        s3.putBucketReplication(b -> b.bucket("ledger").replicationConfiguration(c -> c
                .role("arn:aws:iam::123456789012:role/replication")
                .rules(r -> r.id("dr").priority(1).status(ReplicationRuleStatus.ENABLED).filter(f -> f.prefix(""))
                        .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                        .destination(d -> d.bucket("arn:aws:s3:::ledger-dr")))));

        Instant until = Instant.parse("2037-01-01T00:00:00Z");
        String version = s3.putObject(b -> b.bucket("ledger").key("2030/trade-1.csv")
                        .objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(until)
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                RequestBody.fromString("id,amount\n1,100\n")).versionId();

        replication.await();                                      // no sleep: returns once nothing is pending

        HeadObjectResponse replica = dr.headObject(b -> b.bucket("ledger-dr").key("2030/trade-1.csv"));
        assertThat(replica.versionId()).isEqualTo(version);                       // the same version
        assertThat(replica.replicationStatus()).isEqualTo(ReplicationStatus.REPLICA);
        assertThat(replica.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);  // still locked
        assertThat(replica.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(replica.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }
}

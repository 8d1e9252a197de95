package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static dev.objectlock.emulator.it.ReplicationSupport.everything;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;

/**
 * In secured mode replication acts as its configuration's Role ([P100]-[P102]): the role must trust
 * s3.amazonaws.com and be allowed the replication actions; a refusal ends the version FAILED.
 */
class ReplicationRoleTest {

    private static final String REPLICATION_ACTIONS = "\"s3:GetObjectVersionForReplication\", "
            + "\"s3:GetObjectVersionTagging\", \"s3:GetObjectRetention\", \"s3:GetObjectLegalHold\", "
            + "\"s3:ReplicateObject\", \"s3:ReplicateDelete\"";
    private static final String TRUST_S3 = "\"trustPolicy\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\":"
            + " \"Allow\", \"Principal\": {\"Service\": \"s3.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";

    private static String role(String name, String trust, String... denied) {
        StringBuilder statements = new StringBuilder(
                "{\"Effect\": \"Allow\", \"Action\": [" + REPLICATION_ACTIONS + "], \"Resource\": \"*\"}");
        for (String action : denied) {
            statements
                    .append(", {\"Effect\": \"Deny\", \"Action\": \"")
                    .append(action)
                    .append("\", \"Resource\": \"*\"}");
        }
        return "{\"name\": \"" + name + "\", " + (trust == null ? "" : trust + ", ")
                + "\"policies\": [{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}]}";
    }

    private static final String IDENTITIES = "{\"root\": {\"accessKeyId\": \"AKIAROOT00000000000\", "
            + "\"secretAccessKey\": \"root-secret\"}, \"roles\": ["
            + String.join(
                    ", ",
                    role("replicator", TRUST_S3),
                    role("no-replicate", TRUST_S3, "s3:ReplicateObject"),
                    role("no-lock-read", TRUST_S3, "s3:GetObjectLegalHold"),
                    role("no-tags", TRUST_S3, "s3:GetObjectVersionTagging"),
                    role("batch-only", null))
            + "]}";

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(IDENTITIES));

    private static S3Client root;

    @BeforeAll
    static void rootClient() {
        root = s3.client(b -> b.credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAROOT00000000000", "root-secret"))));
    }

    @BeforeEach
    void buckets() {
        root.createBucket(b -> b.bucket("src").objectLockEnabledForBucket(true));
        root.createBucket(b -> b.bucket("dst").objectLockEnabledForBucket(true));
    }

    /** Replicates one held, tagged version as {@code role}; returns the source's final status. */
    private ReplicationStatus replicateAs(String role) {
        root.putBucketReplication(b -> b.bucket("src")
                .replicationConfiguration(c ->
                        c.role("arn:aws:iam::" + ACCOUNT_ID + ":role/" + role).rules(everything("dst", false))));
        String id = root.putObject(
                        b -> b.bucket("src")
                                .key("k")
                                .tagging("class=record")
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("v"))
                .versionId();
        s3.emulator().awaitReplication();
        return root.headObject(b -> b.bucket("src").key("k").versionId(id)).replicationStatus();
    }

    private int tagsOfTheReplica() {
        return root.getObjectTagging(b -> b.bucket("dst").key("k")).tagSet().size();
    }

    // [P100, P101]
    @Test
    void roleAllowedTheReplicationActionsReplicates() {
        assertThat(replicateAs("replicator")).isEqualTo(ReplicationStatus.COMPLETED);
        assertThat(tagsOfTheReplica()).isEqualTo(1);
    }

    // [P101]
    @Test
    void roleWithoutReplicateObjectFails() {
        assertThat(replicateAs("no-replicate")).isEqualTo(ReplicationStatus.FAILED);
        assertThat(root.listObjectVersions(b -> b.bucket("dst")).versions()).isEmpty();
    }

    // [P101]: a locked version needs s3:GetObjectRetention and s3:GetObjectLegalHold
    @Test
    void roleThatMayNotReadTheLockFailsForALockedVersion() {
        assertThat(replicateAs("no-lock-read")).isEqualTo(ReplicationStatus.FAILED);
    }

    // [P102]
    @Test
    void roleThatMayNotReadTagsReplicatesWithoutThem() {
        assertThat(replicateAs("no-tags")).isEqualTo(ReplicationStatus.COMPLETED);
        assertThat(tagsOfTheReplica()).isZero();
    }

    // [P100]: a role that does not trust s3.amazonaws.com cannot be assumed
    @Test
    void roleThatDoesNotTrustS3Fails() {
        assertThat(replicateAs("batch-only")).isEqualTo(ReplicationStatus.FAILED);
    }
}

package dev.objectlock.emulator.it;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;

/** Replication configurations and the {@code /_emulator/replication/} calls the replication tests share. */
final class ReplicationSupport {

    static final String ROLE = "arn:aws:iam::123456789012:role/replication";

    private ReplicationSupport() {}

    /** A V2 rule taking every key to {@code destination}, delete markers as {@code markers} says. */
    static ReplicationRule everything(String destination, boolean markers) {
        return ReplicationRule.builder()
                .id("to-" + destination)
                .priority(1)
                .status(ReplicationRuleStatus.ENABLED)
                .filter(f -> f.prefix(""))
                .deleteMarkerReplication(d -> d.status(
                        markers ? DeleteMarkerReplicationStatus.ENABLED : DeleteMarkerReplicationStatus.DISABLED))
                .destination(d -> d.bucket("arn:aws:s3:::" + destination))
                .build();
    }

    static void replicate(S3Client client, String source, ReplicationRule... rules) {
        client.putBucketReplication(
                b -> b.bucket(source).replicationConfiguration(c -> c.role(ROLE).rules(rules)));
    }

    static HttpResponse<String> admin(EmulatorFixture s3, String action, String json) {
        return s3.raw(
                "POST",
                "/_emulator/replication/" + action,
                Map.of("Content-Type", "application/json"),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }
}

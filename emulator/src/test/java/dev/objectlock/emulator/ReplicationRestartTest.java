package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ReplicationStatus;

/**
 * With {@code --data-dir}, replication work is stored with the write that caused it ([R131]): a
 * version still PENDING when the emulator stops is replicated after it starts again.
 */
class ReplicationRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void versionsPendingAtStopReplicateAfterTheRestart() throws IOException, InterruptedException {
        String id;
        try (ObjectLockEmulator first =
                        ObjectLockEmulator.builder().dataDir(dataDir).build().start();
                S3Client s3 = S3Clients.forEndpoint(first.endpoint())) {
            s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
            s3.createBucket(b -> b.bucket("ledger-dr").objectLockEnabledForBucket(true));
            s3.putBucketReplication(b -> b.bucket("ledger")
                    .replicationConfiguration(c -> c.role("arn:aws:iam::123456789012:role/replication")
                            .rules(r -> r.id("all")
                                    .priority(1)
                                    .status("Enabled")
                                    .filter(f -> f.prefix(""))
                                    .deleteMarkerReplication(d -> d.status("Disabled"))
                                    .destination(d -> d.bucket("arn:aws:s3:::ledger-dr")))));
            assertThat(adminPost(first, "pause")).isEqualTo(204);
            id = s3.putObject(b -> b.bucket("ledger").key("trade.csv"), RequestBody.fromString("1"))
                    .versionId();
            assertThat(s3.headObject(b -> b.bucket("ledger").key("trade.csv")).replicationStatus())
                    .isEqualTo(ReplicationStatus.PENDING);
        }

        try (ObjectLockEmulator second =
                        ObjectLockEmulator.builder().dataDir(dataDir).build().start();
                S3Client s3 = S3Clients.forEndpoint(second.endpoint())) {
            assertThat(second.awaitReplication().completed()).isEqualTo(1);
            assertThat(s3.headObject(b -> b.bucket("ledger").key("trade.csv")).replicationStatus())
                    .isEqualTo(ReplicationStatus.COMPLETED);
            assertThat(s3.headObject(b -> b.bucket("ledger-dr").key("trade.csv").versionId(id))
                            .replicationStatus())
                    .isEqualTo(ReplicationStatus.REPLICA);
        }
    }

    private static int adminPost(ObjectLockEmulator emulator, String action) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(emulator.endpoint().resolve("/_emulator/replication/" + action))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}

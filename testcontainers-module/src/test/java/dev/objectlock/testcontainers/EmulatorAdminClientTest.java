package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.objectlock.emulator.ObjectLockEmulator;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/** The admin API client against a real emulator, in-process on 127.0.0.1 and any free port. */
class EmulatorAdminClientTest {

    private static ObjectLockEmulator emulator;
    private static EmulatorAdminClient admin;

    @BeforeAll
    static void start() {
        emulator = ObjectLockEmulator.builder().build().start();
        admin = EmulatorAdminClient.of(emulator.endpoint());
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @AfterEach
    void systemTimeAgain() {
        emulator.clock().useSystemTime();
    }

    @Test
    void awaitJobBlocksUntilTheJobIsCompleteOrTheGivenStatus() {
        try (S3Client s3 = AwsClients.s3(
                        emulator.endpoint(), "us-east-1", ObjectLockEmulatorContainer.OPEN_MODE, b -> {});
                S3ControlClient control = AwsClients.s3Control(
                        emulator.endpoint(), "us-east-1", ObjectLockEmulatorContainer.OPEN_MODE, b -> {})) {
            s3.createBucket(b -> b.bucket("held").objectLockEnabledForBucket(true));
            s3.putObject(b -> b.bucket("held").key("a"), RequestBody.fromString("a"));
            String etag = s3.putObject(b -> b.bucket("held").key("m.csv"), RequestBody.fromString("held,a\n"))
                    .eTag();
            Function<Boolean, String> create = confirm -> control.createJob(b -> b.accountId(emulator.accountId())
                            .priority(1)
                            .confirmationRequired(confirm)
                            .roleArn("arn:aws:iam::" + emulator.accountId() + ":role/r")
                            .report(r -> r.enabled(false))
                            .operation(o -> o.s3PutObjectLegalHold(
                                    h -> h.legalHold(l -> l.status(S3ObjectLockLegalHoldStatus.ON))))
                            .manifest(m -> m.spec(sp -> sp.format(JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                            .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                                    .location(l -> l.objectArn("arn:aws:s3:::held/m.csv")
                                            .eTag(etag))))
                    .jobId();

            String done = create.apply(false);
            assertThat(admin.awaitJob(done)).isEqualTo(new EmulatorAdminClient.JobState(done, "Complete", 1, 1, 0));
            String waiting = create.apply(true);
            assertThat(admin.awaitJob(waiting, Duration.ofSeconds(30), "Suspended")
                            .status())
                    .isEqualTo("Suspended");
            assertThatThrownBy(() -> admin.awaitJob(waiting, Duration.ofMillis(50), "Complete"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("408");
            assertThatThrownBy(() -> admin.awaitJob("00000000-0000-0000-0000-000000000000"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("404");
        } finally {
            emulator.reset();
        }
    }

    @Test
    void awaitReplicationWaitsForEveryReplicaAndTimesOutWhilePaused() {
        try (S3Client s3 =
                AwsClients.s3(emulator.endpoint(), "us-east-1", ObjectLockEmulatorContainer.OPEN_MODE, b -> {})) {
            s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
            s3.createBucket(b -> b.bucket("ledger-dr").objectLockEnabledForBucket(true));
            s3.putBucketReplication(b -> b.bucket("ledger")
                    .replicationConfiguration(c -> c.role("arn:aws:iam::" + emulator.accountId() + ":role/r")
                            .rules(r -> r.id("all")
                                    .priority(1)
                                    .status("Enabled")
                                    .filter(f -> f.prefix(""))
                                    .deleteMarkerReplication(d -> d.status("Disabled"))
                                    .destination(d -> d.bucket("arn:aws:s3:::ledger-dr")))));
            s3.putObject(b -> b.bucket("ledger").key("a"), RequestBody.fromString("a"));

            assertThat(admin.awaitReplication()).isEqualTo(new EmulatorAdminClient.ReplicationState(0, 1, 0));

            admin.pauseReplication();
            s3.putObject(b -> b.bucket("ledger").key("b"), RequestBody.fromString("b"));
            assertThatThrownBy(() -> admin.awaitReplication(Duration.ofMillis(50)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("408");
            admin.failReplication("ledger-dr");
            admin.resumeReplication();
            assertThat(admin.awaitReplication()).isEqualTo(new EmulatorAdminClient.ReplicationState(0, 1, 1));
            admin.healReplication("ledger-dr");
        } finally {
            emulator.reset();
        }
    }

    @Test
    void theClockFollowsSystemTimeUntilMoved() {
        Instant before = Instant.now().minusSeconds(1);

        assertThat(admin.isSystemClock()).isTrue();
        assertThat(admin.now()).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void setClockMovesItThereAndAdvanceClockMovesItOnWhileItKeepsTicking() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(admin.setClock(start)).isBetween(start, start.plusSeconds(5));
        assertThat(admin.isSystemClock()).isFalse();
        assertThat(emulator.clock().instant()).isBetween(start, start.plusSeconds(5));

        Instant month = Instant.parse("2030-01-31T00:00:00Z");
        assertThat(admin.advanceClock(Duration.ofDays(30))).isBetween(month, month.plusSeconds(5));
        Instant earlier = Instant.parse("2030-01-30T22:30:00Z");
        assertThat(admin.advanceClock(Duration.ofHours(-1).minusMinutes(30)))
                .isBetween(earlier, earlier.plusSeconds(5));
        assertThat(admin.now()).isBetween(earlier, earlier.plusSeconds(5));
    }

    @Test
    void useSystemClockReturnsToSystemTime() {
        admin.setClock(Instant.parse("2030-01-01T00:00:00Z"));

        Instant now = admin.useSystemClock();

        assertThat(now).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(1));
        assertThat(admin.isSystemClock()).isTrue();
        assertThat(emulator.clock().isSystemTime()).isTrue();
    }

    @Test
    void resetEmptiesEveryBucketAndReturnsTheClockToSystemTime() {
        try (S3Client s3 =
                AwsClients.s3(emulator.endpoint(), "us-east-1", ObjectLockEmulatorContainer.OPEN_MODE, b -> {})) {
            s3.createBucket(b -> b.bucket("records"));
            s3.putObject(b -> b.bucket("records").key("a.txt"), RequestBody.fromString("a"));
            admin.setClock(Instant.parse("2030-01-01T00:00:00Z"));

            admin.reset();

            assertThat(s3.listBuckets().buckets()).isEmpty();
            assertThat(admin.isSystemClock()).isTrue();
        }
    }

    @Test
    void aHealthyEmulatorSaysSo() {
        assertThat(admin.isHealthy()).isTrue();
    }

    @Test
    void nothingListeningIsNotHealthyAndAClockCallFailsNamingTheUrl() throws Exception {
        URI nowhere = unusedPort();
        EmulatorAdminClient unreachable = EmulatorAdminClient.of(nowhere);

        assertThat(unreachable.isHealthy()).isFalse();
        assertThatThrownBy(unreachable::now)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("GET " + nowhere + "/_emulator/clock");
    }

    @Test
    void anUnexpectedStatusFailsWithTheAnswersBody() throws Exception {
        HttpServer server = answering(400, "{\"error\":\"not an ISO-8601 value: tomorrow\"}");
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

            assertThatThrownBy(() -> EmulatorAdminClient.of(endpoint).advanceClock(Duration.ofDays(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("POST " + endpoint + "/_emulator/clock answered 400 (expected 200)")
                    .hasMessageContaining("not an ISO-8601 value");
            assertThatThrownBy(() -> EmulatorAdminClient.of(endpoint).reset())
                    .hasMessageContaining("answered 400 (expected 204)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAnswerWithoutTheTimeIsAnError() throws Exception {
        HttpServer server = answering(200, "{\"status\":\"ok\"}");
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

            assertThatThrownBy(() -> EmulatorAdminClient.of(endpoint).now())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unexpected answer from /_emulator/clock");
        } finally {
            server.stop(0);
        }
    }

    /** A stand-in server that gives every request the same answer. */
    private static HttpServer answering(int status, String body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}

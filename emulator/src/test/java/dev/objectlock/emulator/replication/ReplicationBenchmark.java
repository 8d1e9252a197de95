package dev.objectlock.emulator.replication;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;

/**
 * Replication of N versions (10,000 by default) in memory ([R131]), two cases on fresh emulators:
 *
 * <ul>
 *   <li>backlog: the versions are written over HTTP with replication paused
 *       ({@code /_emulator/replication/pause}); the time measured runs from {@code /resume} until
 *       {@link ObjectLockEmulator#awaitReplication} returns, all replicas written;</li>
 *   <li>live: the time from the first write until awaitReplication returns after the last, with
 *       the engine running while the versions are written (4 writer threads).</li>
 * </ul>
 *
 * <p>Run: {@code mvn -B -q -pl emulator test-compile exec:exec@replication-bench}
 * ({@code -Dbench.replicationVersions=N}); docs/benchmarks.md.
 */
public final class ReplicationBenchmark {

    private ReplicationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int versions = Integer.getInteger("bench.versions", 10_000);
        backlog(versions);
        live(versions);
    }

    private static void backlog(int versions) throws Exception {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
                S3Client s3 = client(emulator)) {
            pair(s3);
            admin(emulator, "pause");
            long w0 = System.nanoTime();
            write(s3, versions);
            double writing = ms(System.nanoTime() - w0);
            long cpu0 = engineCpuNanos();
            long t0 = System.nanoTime();
            admin(emulator, "resume");
            ReplicationCounts counts = emulator.awaitReplication(Duration.ofMinutes(10));
            double elapsed = ms(System.nanoTime() - t0);
            double cpu = ms(engineCpuNanos() - cpu0);
            check(counts, versions);
            System.out.printf(
                    Locale.ROOT,
                    "backlog: %,d versions written paused in %,.0f ms; resume -> awaitReplication %,.0f ms (%,.0f replicas/s);"
                            + " engine thread CPU %,.0f ms (%,.1f ms per 1,000 tasks) %s%n",
                    versions,
                    writing,
                    elapsed,
                    versions / (elapsed / 1000),
                    cpu,
                    cpu / versions * 1000,
                    counts);
        }
    }

    private static void live(int versions) throws Exception {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
                S3Client s3 = client(emulator)) {
            pair(s3);
            long t0 = System.nanoTime();
            write(s3, versions);
            double writing = ms(System.nanoTime() - t0);
            ReplicationCounts counts = emulator.awaitReplication(Duration.ofMinutes(10));
            double elapsed = ms(System.nanoTime() - t0);
            check(counts, versions);
            System.out.printf(
                    Locale.ROOT,
                    "live: first write -> awaitReplication after the last %,.0f ms (writes took %,.0f ms) %s%n",
                    elapsed,
                    writing,
                    counts);
        }
    }

    /** CPU time of the engine's thread: on a shared machine a steadier measure than the wall clock. */
    private static long engineCpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("objectlock-replication"))
                .mapToLong(t -> Math.max(0, mx.getThreadCpuTime(t.getId())))
                .sum();
    }

    private static void pair(S3Client s3) {
        s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
        s3.createBucket(b -> b.bucket("ledger-dr").objectLockEnabledForBucket(true));
        s3.putBucketReplication(b -> b.bucket("ledger")
                .replicationConfiguration(c -> c.role("arn:aws:iam::123456789012:role/replication")
                        .rules(r -> r.id("all")
                                .priority(1)
                                .status(ReplicationRuleStatus.ENABLED)
                                .filter(f -> f.prefix(""))
                                .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
                                .destination(d -> d.bucket("arn:aws:s3:::ledger-dr")))));
    }

    /** N small versions, 4 writer threads, 100 keys so keys have many versions. */
    private static void write(S3Client s3, int versions) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            done.add(writers.submit(() -> {
                for (int i = first; i < versions; i += 4) {
                    int n = i;
                    s3.putObject(b -> b.bucket("ledger").key("records/" + (n % 100)), RequestBody.fromString("v" + n));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
    }

    private static void check(ReplicationCounts counts, int versions) {
        if (counts.completed() != versions || counts.failed() != 0 || counts.pending() != 0) {
            throw new IllegalStateException("expected " + versions + " completed, got " + counts);
        }
    }

    private static void admin(ObjectLockEmulator emulator, String action) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/replication/" + action))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(action + ": " + r.statusCode() + " " + r.body());
        }
    }

    private static S3Client client(ObjectLockEmulator emulator) {
        return S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(emulator.endpoint())
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}

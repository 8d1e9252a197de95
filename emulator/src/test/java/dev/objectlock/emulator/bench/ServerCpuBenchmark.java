package dev.objectlock.emulator.bench;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Server CPU time per 1 KiB PUT+GET pair, in-process. Wall-clock throughput on a shared machine
 * moves with everybody else's load; the CPU the server's own threads spend per request hardly
 * does, so this is the figure to compare before and after a change on the request path. One
 * client thread (AWS SDK v2, Apache 5 client, default checksum settings: PutObject sends
 * aws-chunked with a CRC32 trailer) cycles over 64 keys of an unversioned bucket; the CPU of every
 * Java thread except the client's (Jetty's pool, H2, the emulator's executors) is summed through
 * {@link ThreadMXBean}. GC and JIT threads are not Java threads and are not counted.
 *
 * <p>Run: {@code mvn -B -q -o -pl emulator test-compile exec:exec@cpu-bench} (docs/benchmarks.md),
 * or with {@code -Dbench.pairs=N -Dbench.reps=N -Dbench.warmupPairs=N}.
 */
public final class ServerCpuBenchmark {

    private static final byte[] BODY = new byte[1024];

    private ServerCpuBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pairs = Integer.getInteger("bench.pairs", 2000);
        int reps = Integer.getInteger("bench.reps", 5);
        int warmupPairs = Integer.getInteger("bench.warmupPairs", 10000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Set<Long> client = Set.of(Thread.currentThread().getId());
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
                S3Client s3 = client(emulator.endpoint())) {
            s3.createBucket(b -> b.bucket("bench"));
            run(s3, warmupPairs);
            List<Double> serverMicros = new ArrayList<>();
            List<Double> clientMicros = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                Map<Long, Long> before = cpu(threads);
                long clientBefore = threads.getCurrentThreadCpuTime();
                run(s3, pairs);
                long clientSpent = threads.getCurrentThreadCpuTime() - clientBefore;
                Map<Long, Long> after = cpu(threads);
                long serverSpent = 0;
                for (Map.Entry<Long, Long> e : after.entrySet()) {
                    if (!client.contains(e.getKey())) {
                        serverSpent += e.getValue() - before.getOrDefault(e.getKey(), 0L);
                    }
                }
                serverMicros.add(serverSpent / 1e3 / pairs);
                clientMicros.add(clientSpent / 1e3 / pairs);
            }
            System.out.printf(
                    Locale.ROOT,
                    "1 KiB PUT+GET, 1 client thread, %d x %d pairs after %d warm-up pairs:%n"
                            + "  server CPU per pair  %s%n"
                            + "  client CPU per pair  %s%n",
                    reps,
                    pairs,
                    warmupPairs,
                    Samples.summary(serverMicros, 7, "us"),
                    Samples.summary(clientMicros, 7, "us"));
        }
    }

    private static void run(S3Client s3, int pairs) {
        for (int i = 0; i < pairs; i++) {
            String key = "k" + (i % 64);
            s3.putObject(b -> b.bucket("bench").key(key), RequestBody.fromBytes(BODY));
            byte[] got = s3.getObjectAsBytes(b -> b.bucket("bench").key(key)).asByteArray();
            if (got.length != BODY.length) {
                throw new IllegalStateException("GetObject returned " + got.length + " bytes");
            }
        }
    }

    private static Map<Long, Long> cpu(ThreadMXBean threads) {
        Map<Long, Long> result = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t >= 0) {
                result.put(id, t);
            }
        }
        return result;
    }

    private static S3Client client(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(4))
                .build();
    }
}

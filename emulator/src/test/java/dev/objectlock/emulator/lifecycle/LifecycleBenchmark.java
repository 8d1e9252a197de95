package dev.objectlock.emulator.lifecycle;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.bench.Samples;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.rules.LockRequestRules.RequestedLock;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;

/**
 * One lifecycle run over 100,000 versions in memory ([R92], [R94]): N keys with two versions each
 * (so N noncurrent), the older version of every fifth key under COMPLIANCE retention far in the
 * future (10% of all versions locked, every one of them in the run's way), and a rule
 * NoncurrentVersionExpiration NoncurrentDays=1. Each run starts a fresh emulator and seeds it
 * through ObjectService, a thousand versions per transaction.
 *
 * <p>Moving the clock runs lifecycle before the move returns [R95]. The clock is moved 3 days while
 * the bucket has no configuration yet, so that move runs nothing; the configuration is then put over
 * HTTP and only {@link ObjectLockEmulator#runLifecycle()} is timed: the run a clock move would make,
 * with its report to check.
 *
 * <p>Run: {@code mvn -B -q -o -pl emulator test-compile exec:exec@lifecycle-bench} (docs/benchmarks.md),
 * or with {@code -Dbench.lifecycleKeys=N -Dbench.lifecycleRuns=N} (N keys make 2N versions).
 */
public final class LifecycleBenchmark {

    private static final String BUCKET = "bench";
    /** The run happens on the calling thread, so its CPU time is this thread's: a figure the machine's load disturbs less. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LifecycleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int keys = Integer.getInteger("bench.keys", 50_000);
        int runs = Integer.getInteger("bench.runs", 3);
        long lockedVersions = (keys + 3) / 5;
        long expectedExpired = keys - lockedVersions;
        List<Double> seeding = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        LifecycleReport last = null;
        for (int run = 0; run < runs; run++) {
            try (ObjectLockEmulator emulator =
                            ObjectLockEmulator.builder().build().start();
                    S3Client s3 = client(emulator)) {
                s3.createBucket(b -> b.bucket(BUCKET).objectLockEnabledForBucket(true));
                long s0 = System.nanoTime();
                seed(emulator, keys);
                seeding.add(Samples.ms(System.nanoTime() - s0));

                // no configuration yet: the run this move makes finds nothing to do
                emulator.clock().advance(Duration.ofDays(3));
                s3.putBucketLifecycleConfiguration(b -> b.bucket(BUCKET)
                        .lifecycleConfiguration(c -> c.rules(r -> r.id("noncurrent")
                                .status(ExpirationStatus.ENABLED)
                                .filter(f -> f.prefix(""))
                                .noncurrentVersionExpiration(n -> n.noncurrentDays(1)))));

                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                LifecycleReport report = emulator.runLifecycle();
                double elapsed = Samples.ms(System.nanoTime() - t0);
                cpu.add(Samples.ms(THREADS.getCurrentThreadCpuTime() - c0));
                if (report.versionsExpired() != expectedExpired
                        || report.skippedLocked() != lockedVersions
                        || report.deleteMarkersAdded() != 0
                        || report.deleteMarkersRemoved() != 0) {
                    throw new IllegalStateException("expected " + expectedExpired + " expired and " + lockedVersions
                            + " skipped as locked, the run reported " + report);
                }
                int left = s3.listObjectVersionsPaginator(b -> b.bucket(BUCKET).maxKeys(1000)).stream()
                        .mapToInt(p -> p.versions().size() + p.deleteMarkers().size())
                        .sum();
                if (left != keys + lockedVersions) {
                    throw new IllegalStateException(
                            "expected " + (keys + lockedVersions) + " versions left, ListObjectVersions shows " + left);
                }
                measured.add(elapsed);
                last = report;
                System.out.printf(
                        Locale.ROOT,
                        "  run %d: seeding %,d versions %9.1f ms   lifecycle run %9.1f ms (CPU %9.1f ms)   %s%n",
                        run + 1,
                        2L * keys,
                        seeding.get(run),
                        elapsed,
                        cpu.get(run),
                        report);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "lifecycle run over %,d versions (%,d keys x 2, %,d noncurrent; %,d locked in COMPLIANCE), in-memory,"
                        + " %d runs, each on a fresh emulator:%n",
                2L * keys,
                keys,
                keys,
                lockedVersions,
                runs);
        System.out.println("  seeding:        " + Samples.summary(seeding, 9, "ms"));
        System.out.println("  lifecycle run:  " + Samples.summary(measured, 9, "ms"));
        System.out.println("  its CPU time:   " + Samples.summary(cpu, 9, "ms"));
        System.out.printf(
                Locale.ROOT,
                "  counters: versionsExpired=%,d skippedLocked=%,d (checked); versions left %,d%n",
                last.versionsExpired(),
                last.skippedLocked(),
                keys + lockedVersions);
        System.out.printf(
                Locale.ROOT,
                "  versions examined per second (median): %,9.0f%n",
                2.0 * keys / (Samples.median(measured) / 1000));
    }

    /**
     * Two versions per key through ObjectService, a thousand per transaction, all sharing one stored
     * body (the run deletes that blob with the first removal, which no one reads afterwards). The older
     * version of every fifth key carries COMPLIANCE retention for a year.
     */
    private static void seed(ObjectLockEmulator emulator, int keys) {
        ObjectService objects = EmulatorInternals.objects(emulator);
        byte[] body = "seeded".getBytes(StandardCharsets.UTF_8);
        ObjectService.NewObject plain = new ObjectService.NewObject(ContentHeaders.defaults(), Map.of(), Map.of());
        objects.put(new ObjectService.PutObject(
                BUCKET,
                "object-0",
                plain,
                LockHeaders.NONE,
                Payload.internal(new ByteArrayInputStream(body), null),
                Conditions.none()));
        ObjectVersion stored = objects.head(BUCKET, "object-0", null).version();
        Instant until = emulator.clock().instant().plus(Duration.ofDays(365));
        RequestedLock locked = new RequestedLock(new Retention(RetentionMode.COMPLIANCE, until), null);
        RequestedLock none = new RequestedLock(null, null);
        int perTx = 1000; // versions per transaction, one generation at a time
        for (int generation = 0; generation < 2; generation++) {
            boolean older = generation == 0;
            // object-0's older version is the PUT above, which made the body the others share
            for (int start = older ? 1 : 0; start < keys; start += perTx) {
                int from = start;
                int to = Math.min(keys, start + perTx);
                EmulatorInternals.transactions(emulator).inTransaction(() -> {
                    for (int i = from; i < to; i++) {
                        objects.commitNewVersion(
                                BUCKET,
                                "object-" + i,
                                plain,
                                stored.size(),
                                stored.etag(),
                                stored.checksum(),
                                null,
                                stored.blobId(),
                                older && i % 5 == 1 ? locked : none,
                                Conditions.none(),
                                emulator.clock().instant());
                    }
                });
            }
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
}

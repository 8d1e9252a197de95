package dev.objectlock.emulator.bench;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What secured mode costs a client (issue 12, "Speed": 1 KiB PUT+GET throughput in secured mode
 * within 15% of open mode at 1 and 8 threads). Two in-process emulators, one open and one secured
 * (root plus an {@code app} user with a 12-statement identity policy, and a bucket policy on the
 * bucket), each fed 1 KiB PutObject + GetObject pairs by the AWS SDK v2 over HTTP with its default
 * checksum settings, into an unversioned bucket so its size stays the same from round to round. After a warm-up, open and secured take turns for {@code bench.reps} rounds of
 * {@code bench.seconds} each, so load on a shared machine falls on both alike. Any failed request
 * is counted and printed.
 *
 * <p>Run: {@code mvn -B -q -o -pl emulator test-compile exec:exec@secured-bench} (docs/benchmarks.md),
 * or with {@code -Dbench.reps=N -Dbench.seconds=N -Dbench.warmupSeconds=N}.
 */
public final class SecuredModeBenchmark {

    private static final byte[] BODY = new byte[1024];

    private SecuredModeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int reps = Integer.getInteger("bench.reps", 5);
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
        double warmupSeconds = Double.parseDouble(System.getProperty("bench.warmupSeconds", "10"));
        AtomicLong errors = new AtomicLong();
        try (ObjectLockEmulator open = ObjectLockEmulator.builder().build().start();
                ObjectLockEmulator secured = ObjectLockEmulator.builder()
                        .identities(SecuredModePolicies.identities())
                        .build()
                        .start();
                S3Client openClient = client(open.endpoint(), "test", "test");
                S3Client root = client(secured.endpoint(), SecuredModePolicies.ROOT_KEY, "root-secret");
                S3Client app = client(secured.endpoint(), SecuredModePolicies.APP_KEY, "app-secret")) {
            openClient.createBucket(b -> b.bucket("bench"));
            root.createBucket(b -> b.bucket("bench"));
            root.putBucketPolicy(b -> b.bucket("bench").policy(SecuredModePolicies.bucketPolicy()));
            for (int threads : new int[] {1, 8}) {
                run(openClient, threads, warmupSeconds / 2, errors);
                run(app, threads, warmupSeconds / 2, errors);
                List<Double> openRates = new ArrayList<>();
                List<Double> securedRates = new ArrayList<>();
                for (int r = 0; r < reps; r++) {
                    openRates.add(run(openClient, threads, seconds, errors));
                    securedRates.add(run(app, threads, seconds, errors));
                }
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < reps; r++) {
                    ratios.add(securedRates.get(r) / openRates.get(r));
                }
                System.out.printf(
                        Locale.ROOT,
                        "%d thread(s), 1 KiB PUT+GET pairs/s, %d x %.0f s each, alternating:%n"
                                + "  open    median %7.1f  (min %7.1f, max %7.1f)%n"
                                + "  secured median %7.1f  (min %7.1f, max %7.1f)%n"
                                + "  secured/open: ratio of medians %.3f, median of paired ratios %.3f "
                                + "(min %.3f, max %.3f)%n",
                        threads,
                        reps,
                        seconds,
                        Samples.median(openRates),
                        min(openRates),
                        max(openRates),
                        Samples.median(securedRates),
                        min(securedRates),
                        max(securedRates),
                        Samples.median(securedRates) / Samples.median(openRates),
                        Samples.median(ratios),
                        min(ratios),
                        max(ratios));
            }
        }
        System.out.println("errors: " + errors.get());
        if (errors.get() > 0) {
            System.exit(1);
        }
    }

    /** PUT+GET pairs per second over {@code seconds}, on {@code threads} threads sharing one client. */
    private static double run(S3Client s3, int threads, double seconds, AtomicLong errors) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> done = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "/";
                done.add(pool.submit(() -> {
                    long pairs = 0;
                    while (System.nanoTime() < end) {
                        String key = prefix + (pairs % 64);
                        try {
                            s3.putObject(b -> b.bucket("bench").key(key), RequestBody.fromBytes(BODY));
                            byte[] got = s3.getObjectAsBytes(
                                            b -> b.bucket("bench").key(key))
                                    .asByteArray();
                            if (got.length != BODY.length) {
                                throw new IllegalStateException("GetObject returned " + got.length + " bytes");
                            }
                            pairs++;
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 5) {
                                System.err.println("request failed: " + e);
                            }
                        }
                    }
                    return pairs;
                }));
            }
            long pairs = 0;
            for (Future<Long> f : done) {
                pairs += f.get();
            }
            return pairs / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static S3Client client(URI endpoint, String key, String secret) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(16))
                .build();
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}

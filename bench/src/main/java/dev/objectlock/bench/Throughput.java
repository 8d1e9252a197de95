package dev.objectlock.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
 * The workload: 1 KiB PutObject then GetObject of the same key, through the AWS SDK v2 with its
 * default checksum settings (WHEN_SUPPORTED: PutObject sends aws-chunked with a CRC32 trailer,
 * GetObject asks for and checks the checksum when the server returns one). Each thread cycles
 * over 64 keys of its own in an unversioned bucket, so the store stays the same size.
 */
final class Throughput implements AutoCloseable {

    static final String BUCKET = "bench";
    private static final byte[] BODY = new byte[1024];

    private final S3Client s3;
    private final AtomicLong errors = new AtomicLong();

    Throughput(int port) {
        s3 = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(16))
                .build();
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    /** PUT+GET pairs per second over {@code seconds}, on {@code threads} threads sharing the client. */
    double run(int threads, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> done = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "/";
                done.add(pool.submit(() -> pairsUntil(end, prefix)));
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

    private long pairsUntil(long end, String prefix) {
        long pairs = 0;
        while (System.nanoTime() < end) {
            String key = prefix + (pairs % 64);
            try {
                s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(BODY));
                byte[] got = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
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
    }

    /** Failed requests so far (a failed pair counts once). */
    long errors() {
        return errors.get();
    }

    @Override
    public void close() {
        s3.close();
    }
}

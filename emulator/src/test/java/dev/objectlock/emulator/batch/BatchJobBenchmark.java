package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.bench.Samples;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.JobManifestFieldName;
import software.amazon.awssdk.services.s3control.model.JobManifestFormat;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * Batch Operations throughput as a user meets it: a legal-hold job over N objects (100,000 by
 * default) from CreateJob (S3ControlClient over HTTP) to Complete, its CSV manifest read from the
 * bucket. The objects are seeded once through ObjectService, in chunks; each run then sets the
 * hold ON or OFF on all of them. The first runs warm the JVM and are reported apart.
 *
 * <p>With {@code -Dbench.secured=true} the same job runs in secured mode ([P.12]): identities are
 * installed through {@code PUT /_emulator/identities} after the seeding, CreateJob is signed by the
 * account root, and the job acts as a role allowed exactly what it needs (the manifest read, the lock
 * check and s3:PutObjectLegalHold), so every step and every task is authorised for the role session.
 *
 * <p>Run: {@code mvn -B -q -o -pl emulator test-compile exec:exec@batch-bench} (docs/benchmarks.md),
 * or with {@code -Dbench.objects=N -Dbench.batchRuns=N -Dbench.batchWarmup=N -Dbench.dataDir=true
 * -Dbench.secured=true}.
 */
public final class BatchJobBenchmark {

    private BatchJobBenchmark() {}

    public static void main(String[] args) throws Exception {
        int objects = Integer.getInteger("bench.objects", 100_000);
        int warmup = Integer.getInteger("bench.warmup", 2);
        int runs = Integer.getInteger("bench.runs", 5);
        boolean dataDir = Boolean.getBoolean("bench.dataDir");
        boolean secured = Boolean.getBoolean("bench.secured");
        Path dir = dataDir ? Files.createTempDirectory("objectlock-batch-bench-") : null;
        try (ObjectLockEmulator emulator =
                ObjectLockEmulator.builder().dataDir(dir).build().start()) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/bench"))
                                    .header("x-amz-bucket-object-lock-enabled", "true")
                                    .PUT(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 200) {
                throw new IllegalStateException("CreateBucket answered " + status);
            }
            long s0 = System.nanoTime();
            BatchSupport.seed(emulator, "bench", "object-", objects);
            double seedMs = Samples.ms(System.nanoTime() - s0);

            StringBuilder csv = new StringBuilder(objects * 24);
            for (int i = 0; i < objects; i++) {
                csv.append("bench,object-").append(i).append('\n');
            }
            HttpResponse<Void> put = http.send(
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/bench/manifest.csv"))
                            .PUT(HttpRequest.BodyPublishers.ofString(csv.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String etag = put.headers()
                    .firstValue("ETag")
                    .orElseThrow(
                            () -> new IllegalStateException("PutObject of the manifest answered " + put.statusCode()));

            if (secured) {
                int installed = http.send(
                                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/_emulator/identities"))
                                        .PUT(HttpRequest.BodyPublishers.ofString(IDENTITIES))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (installed != 204 || !emulator.secured()) {
                    throw new IllegalStateException("PUT /_emulator/identities answered " + installed);
                }
            }
            List<Double> cold = new ArrayList<>();
            List<Double> measured = new ArrayList<>();
            try (S3ControlClient control = EmulatorFixture.controlClientFor(emulator.endpoint(), b -> {
                if (secured) {
                    b.credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("AKIABENCHROOT000000", "bench-root-secret")));
                }
            })) {
                for (int i = 0; i < warmup + runs; i++) {
                    S3ObjectLockLegalHoldStatus hold =
                            i % 2 == 0 ? S3ObjectLockLegalHoldStatus.ON : S3ObjectLockLegalHoldStatus.OFF;
                    long t0 = System.nanoTime();
                    String id = control.createJob(b -> b.accountId(emulator.accountId())
                                    .operation(o -> o.s3PutObjectLegalHold(h -> h.legalHold(l -> l.status(hold))))
                                    .manifest(m -> m.spec(sp -> sp.format(
                                                            JobManifestFormat.S3_BATCH_OPERATIONS_CSV_20180820)
                                                    .fields(JobManifestFieldName.BUCKET, JobManifestFieldName.KEY))
                                            .location(l -> l.objectArn("arn:aws:s3:::bench/manifest.csv")
                                                    .eTag(etag)))
                                    .report(r -> r.enabled(false))
                                    .priority(10)
                                    .confirmationRequired(false)
                                    .roleArn("arn:aws:iam::" + emulator.accountId() + ":role/bench"))
                            .jobId();
                    BatchJob done = emulator.awaitJob(id, Duration.ofMinutes(5));
                    double elapsed = Samples.ms(System.nanoTime() - t0);
                    if (done.status() != JobStatus.Complete || done.progress().numberOfTasksSucceeded() != objects) {
                        throw new IllegalStateException("job ended " + done.status() + " with " + done.progress());
                    }
                    (i < warmup ? cold : measured).add(elapsed);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "legal-hold job over %,d objects (%s, %s; CreateJob over HTTP with S3ControlClient, CSV manifest read from the bucket), %d runs after "
                            + "%d warm-up runs:%n",
                    objects,
                    dataDir ? "--data-dir" : "in-memory",
                    secured ? "secured mode, the job acting as role bench" : "open mode",
                    runs,
                    warmup);
            System.out.printf(Locale.ROOT, "  seeding %,d objects:           %9.1f ms%n", objects, seedMs);
            System.out.printf(
                    Locale.ROOT,
                    "  first job in this JVM (cold):  %9.1f ms%n",
                    cold.isEmpty() ? Double.NaN : cold.get(0));
            System.out.println("  CreateJob -> Complete:         " + Samples.summary(measured, 9, "ms"));
            System.out.printf(
                    Locale.ROOT,
                    "  tasks per second (median):     %,9.0f%n",
                    objects / (Samples.median(measured) / 1000));
        } finally {
            if (dir != null) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The root that signs CreateJob, and the role the job acts as, allowed what the job needs and no more. */
    private static final String IDENTITIES = """
            {"root": {"accessKeyId": "AKIABENCHROOT000000", "secretAccessKey": "bench-root-secret"},
             "roles": [{"name": "bench", "policies": [{"Version": "2012-10-17", "Statement": [
               {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObjectLegalHold"],
                "Resource": "arn:aws:s3:::bench/*"},
               {"Effect": "Allow", "Action": "s3:GetBucketObjectLockConfiguration",
                "Resource": "arn:aws:s3:::bench"}]}]}]}
            """;
}

package dev.objectlock.emulator.bench;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * In-process start-up time in a warm JVM: from {@code builder().build().start()} to the first
 * answered request, the way a test suite that starts a fresh emulator per test class pays it.
 * Each run starts an emulator, sends one S3 request (ListBuckets, which goes through H2 and the
 * XML writer), stops it. The first runs warm the JVM and are reported apart. Then {@code reset()}
 * of an emulator holding a bucket and a few objects, timed as a test's {@code @AfterEach} pays it.
 *
 * <p>Before all that, {@code bench.forks} fresh JVMs (the same class path and JVM) each start ONE
 * emulator and serve one request, which is what a Surefire fork pays once: the time from the
 * JVM's own start and from {@code builder()} to the first answer, and the CPU the process had
 * used by then.
 *
 * <p>Run: {@code mvn -B -q -pl emulator test-compile exec:exec@startup} (see docs/benchmarks.md),
 * or {@code -Dbench.runs=N -Dbench.warmup=N -Dbench.forks=N -Dbench.dataDir=true} to change it.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--first")) {
            FirstStart.measureAndPrint();
            return;
        }
        FirstStart.forkAndReport(Integer.getInteger("bench.forks", 5));
        int warmup = Integer.getInteger("bench.warmup", 10);
        int runs = Integer.getInteger("bench.runs", 20);
        boolean dataDir = Boolean.getBoolean("bench.dataDir");
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<Double> cold = new ArrayList<>();
        List<Double> startOnly = new ArrayList<>();
        List<Double> toFirstRequest = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            Path dir = dataDir ? Files.createTempDirectory("objectlock-bench-") : null;
            long t0 = System.nanoTime();
            ObjectLockEmulator emulator =
                    ObjectLockEmulator.builder().dataDir(dir).build().start();
            long t1 = System.nanoTime();
            try {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                long t2 = System.nanoTime();
                if (status != 200) {
                    throw new IllegalStateException("ListBuckets answered " + status);
                }
                if (i < warmup) {
                    cold.add(Samples.ms(t2 - t0));
                } else {
                    startOnly.add(Samples.ms(t1 - t0));
                    toFirstRequest.add(Samples.ms(t2 - t0));
                }
            } finally {
                emulator.stop();
                if (dir != null) {
                    deleteRecursively(dir);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "in-process start (%s), %d runs after %d warm-up runs:%n",
                dataDir ? "--data-dir" : "in-memory",
                runs,
                warmup);
        System.out.printf(
                Locale.ROOT, "  first run in this JVM (cold):  %7.1f ms%n", cold.isEmpty() ? Double.NaN : cold.get(0));
        System.out.println("  start() returned:              " + Samples.summary(startOnly, 7, "ms"));
        System.out.println("  first ListBuckets answered:    " + Samples.summary(toFirstRequest, 7, "ms"));
        ResetTiming.report(runs);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

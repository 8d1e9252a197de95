package dev.objectlock.junit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.objectlock.junit.EmulatorLifecycle;
import dev.objectlock.junit.ObjectLockEmulatorTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * What the extension adds to each test, measured through JUnit: a test's time from JUnit's
 * "started" to its "finished" event (which spans the extension's callbacks, parameter resolution
 * and the emulator's stop or reset) minus the test body's own time. Each test writes a bucket and an
 * object, so the reset has something to empty. The first {@code bench.warmup} tests of each run
 * warm the JVM (and, per class, include the one emulator start) and are left out.
 *
 * <p>Run: {@code mvn -B -q -pl junit-extension -am test-compile exec:exec@bench}
 * ({@code -Dbench.tests=N -Dbench.warmup=N} to change the counts).
 */
public final class ExtensionBenchmark {

    static final Map<String, Long> BODY_NANOS = new java.util.concurrent.ConcurrentHashMap<>();

    private ExtensionBenchmark() {}

    public static void main(String[] args) {
        int warmup = Integer.getInteger("bench.warmup", 50);
        int tests = Integer.getInteger("bench.tests", 200);
        System.setProperty("bench.count", String.valueOf(warmup + tests));

        List<Double> perClass = overheads(PerClassCases.class, warmup);
        List<Double> perMethod = overheads(PerMethodCases.class, warmup);

        System.out.printf(
                Locale.ROOT,
                "extension overhead per test, %d tests after %d warm-up tests (body excluded):%n",
                tests,
                warmup);
        System.out.println("  PER_CLASS (reset between tests):  " + summary(perClass));
        System.out.println("  PER_METHOD (new emulator a test): " + summary(perMethod));
    }

    private static List<Double> overheads(Class<?> cases, int warmup) {
        BODY_NANOS.clear();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(cases))
                .execute();
        results.testEvents().assertStatistics(s -> s.failed(0));
        Map<String, Event> started = new HashMap<>();
        List<Double> overheads = new ArrayList<>();
        for (Event event : results.testEvents().list()) {
            String id = event.getTestDescriptor().getUniqueId().toString();
            if (event.getType() == EventType.STARTED) {
                started.put(id, event);
            } else if (event.getType() == EventType.FINISHED) {
                long total = Duration.between(started.get(id).getTimestamp(), event.getTimestamp())
                        .toNanos();
                overheads.add((total - BODY_NANOS.get(event.getTestDescriptor().getDisplayName())) / 1e6);
            }
        }
        return overheads.subList(warmup, overheads.size());
    }

    static String summary(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(
                Locale.ROOT,
                "median %6.2f ms   p90 %6.2f ms   min %6.2f ms   max %6.2f ms",
                median,
                sorted.get((int) (n * 0.9)),
                sorted.get(0),
                sorted.get(n - 1));
    }

    static Stream<Integer> count() {
        return IntStream.range(0, Integer.getInteger("bench.count", 10)).boxed();
    }

    /** A bucket and an object, over plain HTTP; records how long the body took. */
    static void writeSomething(URI endpoint, int n) throws IOException {
        long t0 = System.nanoTime();
        put(endpoint.resolve("/bench"), new byte[0]);
        put(endpoint.resolve("/bench/object-" + n), "some bytes".getBytes(StandardCharsets.UTF_8));
        BODY_NANOS.put("[" + (n + 1) + "] " + n, System.nanoTime() - t0);
    }

    private static void put(URI uri, byte[] body) throws IOException {
        HttpURLConnection http = (HttpURLConnection) uri.toURL().openConnection();
        http.setRequestMethod("PUT");
        http.setDoOutput(true);
        http.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = http.getOutputStream()) {
            out.write(body);
        }
        if (http.getResponseCode() != 200) {
            throw new IllegalStateException(uri + " answered " + http.getResponseCode());
        }
        http.getInputStream().close();
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_CLASS)
    static class PerClassCases {
        @ParameterizedTest
        @MethodSource("dev.objectlock.junit.bench.ExtensionBenchmark#count")
        void test(int n, URI endpoint) throws IOException {
            writeSomething(endpoint, n);
        }
    }

    @ObjectLockEmulatorTest(lifecycle = EmulatorLifecycle.PER_METHOD)
    static class PerMethodCases {
        @ParameterizedTest
        @MethodSource("dev.objectlock.junit.bench.ExtensionBenchmark#count")
        void test(int n, URI endpoint) throws IOException {
            writeSomething(endpoint, n);
        }
    }
}

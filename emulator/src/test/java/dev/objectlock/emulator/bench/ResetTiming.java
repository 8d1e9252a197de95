package dev.objectlock.emulator.bench;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reset()} as a test's {@code @AfterEach} pays it, for {@link StartupBenchmark}: each
 * round creates a bucket and puts ten small objects (unsigned requests in open mode), then
 * times the reset alone, in wall time and in the CPU of the calling thread.
 */
final class ResetTiming {

    private ResetTiming() {}

    static void report(int runs) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start()) {
            for (int i = 0; i < 10 + runs; i++) {
                fill(http, emulator.endpoint());
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                emulator.reset();
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                if (i >= 10) {
                    wall.add((t1 - t0) / 1e6);
                    cpu.add((c1 - c0) / 1e6);
                }
            }
        }
        System.out.println("reset() with a bucket and 10 objects, " + runs + " runs after 10:");
        System.out.println("  wall time:                     " + Samples.summary(wall, 7, "ms"));
        System.out.println("  CPU of the calling thread:     " + Samples.summary(cpu, 7, "ms"));
    }

    private static void fill(HttpClient http, URI endpoint) throws Exception {
        send(
                http,
                HttpRequest.newBuilder(URI.create(endpoint + "/reset-bench"))
                        .PUT(HttpRequest.BodyPublishers.noBody())
                        .build());
        for (int k = 0; k < 10; k++) {
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(endpoint + "/reset-bench/k" + k))
                            .PUT(HttpRequest.BodyPublishers.ofString("hello"))
                            .build());
        }
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status);
        }
    }
}

package dev.objectlock.emulator.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.objectlock.emulator.ObjectLockEmulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first emulator in a fresh JVM (what each Surefire fork pays once), for {@link
 * StartupBenchmark}: each fork prints one line, the parent prints the medians.
 */
final class FirstStart {

    private static final String MARK = "FIRST-START ";

    private FirstStart() {}

    /** In the fork: one emulator, one ListBuckets, then the figures on one line. */
    static void measureAndPrint() throws Exception {
        long t0 = System.nanoTime();
        ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
        try {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            long t1 = System.nanoTime();
            if (status != 200) {
                throw new IllegalStateException("ListBuckets answered " + status);
            }
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            long cpu = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            System.out.printf(Locale.ROOT, "%s%.1f %d %.1f%n", MARK, (t1 - t0) / 1e6, uptime, cpu / 1e6);
        } finally {
            emulator.stop();
        }
    }

    /** In the parent: {@code forks} fresh JVMs in turn, then the medians. */
    static void forkAndReport(int forks) throws Exception {
        if (forks <= 0) {
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> fromBuilder = new ArrayList<>();
        List<Double> fromJvmStart = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < forks; i++) {
            Process p = new ProcessBuilder(
                            java,
                            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                            "-cp",
                            System.getProperty("java.class.path"),
                            StartupBenchmark.class.getName(),
                            "--first")
                    .redirectErrorStream(true)
                    .start();
            String figures = null;
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(MARK)) {
                        figures = line.substring(MARK.length());
                    }
                }
            }
            if (p.waitFor() != 0 || figures == null) {
                throw new IllegalStateException("the fresh JVM failed (exit " + p.exitValue() + ")");
            }
            String[] f = figures.split(" ");
            fromBuilder.add(Double.parseDouble(f[0]));
            fromJvmStart.add(Double.parseDouble(f[1]));
            cpu.add(Double.parseDouble(f[2]));
        }
        System.out.printf(Locale.ROOT, "first emulator in a fresh JVM, %d JVMs:%n", forks);
        System.out.println("  builder() to first answer:     " + Samples.summary(fromBuilder, 7, "ms"));
        System.out.println("  JVM start to first answer:     " + Samples.summary(fromJvmStart, 7, "ms"));
        System.out.println("  process CPU by then:           " + Samples.summary(cpu, 7, "ms"));
    }
}

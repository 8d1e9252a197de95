package dev.objectlock.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run that measures our standalone jar against S3Mock's runnable jar and the limit server
 * (issue 18): start-up N times each, then 1 KiB PUT+GET throughput at 1 and 8 client threads, R
 * rounds each, always in turns so that load from elsewhere on the machine falls on all alike. Our
 * jar runs in memory and, reported on its own line, with {@code --data-dir}. Prints medians,
 * min–max, the ratios, idle RSS, the machine and its load, and exits 1 on any failed request.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests -pl bench -am package exec:exec@side-by-side}
 * (docs/benchmarks.md), with {@code -Dbench.startups=N -Dbench.reps=N -Dbench.seconds=S
 * -Dbench.warmupSeconds=S} to change the counts.
 */
public final class SideBySide {

    private static final int[] THREADS = {1, 8};

    private SideBySide() {}

    /** The counts and paths the run takes, from system properties (the bench pom sets them). */
    private record Settings(int startups, int reps, double seconds, double warmup, Path work) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("bench.startups", 5),
                    Integer.getInteger("bench.reps", 3),
                    Double.parseDouble(System.getProperty("bench.seconds", "10")),
                    Double.parseDouble(System.getProperty("bench.warmupSeconds", "5")),
                    Path.of(System.getProperty("bench.work", "target/side-by-side")));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path root =
                Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path s3mockJar = Path.of(System.getProperty("bench.s3mockJar"));
        Path benchClasses = Path.of(System.getProperty("bench.classes"));
        String s3mock = ("S3Mock " + System.getProperty("bench.s3mockVersion", "")).trim();
        Path ourJar = root.resolve("emulator/target/objectlock-emulator.jar");
        if (!Files.isRegularFile(ourJar)) {
            throw new IllegalStateException(ourJar + " is missing: build it with the README's command");
        }
        Target ours = new Target("ours", (port, dir) -> Launches.ours(root, port, null));
        Target oursDataDir =
                new Target("ours --data-dir", (port, dir) -> Launches.ours(root, port, dir.resolve("data")));
        Target mock = new Target(s3mock, (port, dir) -> Launches.s3mock(s3mockJar, benchClasses, port));
        Target limit = new Target("limit", (port, dir) -> Launches.limit(port));
        List<Target> targets = List.of(ours, oursDataDir, mock, limit);

        System.out.printf(
                Locale.ROOT,
                "Side by side: ours, %s, the limit%nmachine: %d cores, %s %s %s; %s %s%nload average at start: %s%n%n",
                mock.name(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                ProcFs.loadAverage());

        Map<Target, List<Double>> wall = collector(targets);
        Map<Target, List<Double>> cpu = collector(targets);
        startups(targets, settings, wall, cpu);
        System.out.printf(
                "Start-up: launch to first answered ListBuckets, %d runs each, in turns (ms, median (min–max))%n",
                settings.startups());
        System.out.printf("  %-16s %-24s %s%n", "server", "wall", "CPU used until then");
        for (Target t : targets) {
            System.out.printf(
                    "  %-16s %-24s %s%n",
                    t.name(),
                    Stats.of(wall.get(t)).format(0),
                    Stats.of(cpu.get(t)).format(0));
        }
        printRatios("wall medians, lower is faster", wall, ours, mock, limit);
        printRatios("CPU medians", cpu, ours, mock, limit);

        Map<Integer, Map<Target, List<Double>>> rates = new LinkedHashMap<>();
        for (int threads : THREADS) {
            rates.put(threads, collector(targets));
        }
        long errors = throughput(targets, settings, rates);
        System.out.printf(
                Locale.ROOT,
                "%nThroughput: 1 KiB PutObject+GetObject pairs/s, AWS SDK v2, default checksums (WHEN_SUPPORTED),"
                        + "%n%d rounds of %.0f s each in turns, after %.0f s warm-up (median (min–max))%n",
                settings.reps(),
                settings.seconds(),
                settings.warmup());
        for (int threads : THREADS) {
            System.out.printf("  %d thread(s)%n", threads);
            Map<Target, List<Double>> atThreads = rates.get(threads);
            for (Target t : targets) {
                System.out.printf(
                        "    %-16s %s%n", t.name(), Stats.of(atThreads.get(t)).format(0));
            }
            printRatios("medians, higher is faster", atThreads, ours, mock, limit);
            printRatios("medians, higher is faster", atThreads, oursDataDir, mock, limit);
        }
        System.out.printf("%nerrors: %d%nload average at end: %s%n", errors, ProcFs.loadAverage());
        if (errors > 0) {
            System.exit(1);
        }
    }

    /** Starts and stops each target {@code startups} times, in turns; records wall and CPU times. */
    private static void startups(
            List<Target> targets, Settings settings, Map<Target, List<Double>> wall, Map<Target, List<Double>> cpu)
            throws IOException, InterruptedException {
        for (int run = 0; run < settings.startups(); run++) {
            for (Target target : inTurn(targets, run)) {
                try (ServerProcess server = ServerProcess.start(target, settings.work())) {
                    wall.get(target).add(server.startupMillis());
                    cpu.get(target).add((double) server.startupCpuMillis());
                }
            }
        }
    }

    /**
     * One fresh process of each target, all running; at each thread count a warm-up per server,
     * then the rounds in turns. Prints the listening sockets and the RSS; returns the failed requests.
     */
    private static long throughput(
            List<Target> targets, Settings settings, Map<Integer, Map<Target, List<Double>>> rates) throws Exception {
        List<ServerProcess> servers = new ArrayList<>();
        List<Throughput> clients = new ArrayList<>();
        try {
            for (Target target : targets) {
                ServerProcess server = ServerProcess.start(target, settings.work());
                servers.add(server);
                clients.add(new Throughput(server.port()));
            }
            Thread.sleep(2000);
            System.out.printf(
                    "%nServers for the throughput runs (listening sockets from /proc, all must be loopback)%n");
            List<Long> idleRss = new ArrayList<>();
            for (ServerProcess server : servers) {
                idleRss.add(server.rssKiB());
                System.out.printf(
                        "  %-16s pid %d, listening on %s%n", server.target().name(), server.pid(), server.listeners());
            }
            for (int threads : THREADS) {
                for (Throughput client : clients) {
                    client.run(threads, settings.warmup());
                }
                for (int r = 0; r < settings.reps(); r++) {
                    for (int i : inTurn(indices(servers.size()), r)) {
                        double rate = clients.get(i).run(threads, settings.seconds());
                        rates.get(threads).get(servers.get(i).target()).add(rate);
                    }
                }
            }
            System.out.printf("%nIdle RSS (MiB): after start and one ListBuckets / after the throughput runs%n");
            for (int i = 0; i < servers.size(); i++) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-16s %6.0f / %6.0f%n",
                        servers.get(i).target().name(),
                        idleRss.get(i) / 1024.0,
                        servers.get(i).rssKiB() / 1024.0);
            }
            return clients.stream().mapToLong(Throughput::errors).sum();
        } finally {
            for (Throughput client : clients) {
                client.close();
            }
            for (ServerProcess server : servers) {
                server.close();
            }
        }
    }

    private static void printRatios(
            String what, Map<Target, List<Double>> values, Target ours, Target mock, Target limit) {
        double o = Stats.of(values.get(ours)).median();
        System.out.printf(
                Locale.ROOT,
                "    %s: /%s %.2f, /limit %.2f (%s)%n",
                ours.name(),
                mock.name(),
                o / Stats.of(values.get(mock)).median(),
                o / Stats.of(values.get(limit)).median(),
                what);
    }

    private static Map<Target, List<Double>> collector(List<Target> targets) {
        Map<Target, List<Double>> map = new LinkedHashMap<>();
        targets.forEach(t -> map.put(t, new ArrayList<>()));
        return map;
    }

    /** The list rotated by {@code round}, so that no server always goes first or follows the same one. */
    private static <T> List<T> inTurn(List<T> items, int round) {
        List<T> turned = new ArrayList<>(items);
        Collections.rotate(turned, -(round % items.size()));
        return turned;
    }

    private static List<Integer> indices(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }
}

package dev.objectlock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One server process: launched, timed to its first answered ListBuckets, checked to listen on
 * loopback only, and stopped. Its output goes to server.log in its own run folder.
 */
final class ServerProcess implements AutoCloseable {

    private static final long GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final long POLL_MILLIS = 5;

    private final Target target;
    private final Process process;
    private final int port;
    private final Path runDir;
    private final double startupMillis;
    private final long startupCpuMillis;

    private ServerProcess(Target target, Process process, int port, Path runDir, double startupMillis, long cpu) {
        this.target = target;
        this.process = process;
        this.port = port;
        this.runDir = runDir;
        this.startupMillis = startupMillis;
        this.startupCpuMillis = cpu;
    }

    /**
     * Launches the target and returns once it has answered an unsigned ListBuckets ({@code GET /})
     * with 200, polled every 5 ms: a refused connection costs the starting server next to nothing.
     */
    static ServerProcess start(Target target, Path workDir) throws IOException, InterruptedException {
        int port = Launches.freePort();
        Files.createDirectories(workDir);
        Path runDir = Files.createTempDirectory(workDir, target.name().replaceAll("[^A-Za-z0-9]+", "-"));
        List<String> command = target.launch().command(port, runDir);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(runDir.resolve("server.log").toFile());
        // Our launcher script picks its JVM from JAVA; the other servers name it in their command.
        builder.environment()
                .put(
                        "JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        long t0 = System.nanoTime();
        Process process = builder.start();
        URI listBuckets = URI.create("http://127.0.0.1:" + port + "/");
        while (!answers(listBuckets)) {
            if (!process.isAlive() || System.nanoTime() - t0 > GIVE_UP_NANOS) {
                process.destroyForcibly();
                throw new IllegalStateException(target.name() + " did not answer ListBuckets; see "
                        + runDir.resolve("server.log") + "\n  command: " + String.join(" ", command));
            }
            Thread.sleep(POLL_MILLIS);
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        ServerProcess server =
                new ServerProcess(target, process, port, runDir, millis, ProcFs.cpuMillis(process.pid()));
        server.requireLoopbackOnly();
        return server;
    }

    private static boolean answers(URI uri) {
        try {
            HttpURLConnection http = (HttpURLConnection) uri.toURL().openConnection();
            http.setConnectTimeout(1000);
            http.setReadTimeout(30_000);
            try {
                int status = http.getResponseCode();
                try (InputStream body = status < 400 ? http.getInputStream() : http.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
                return status == 200;
            } finally {
                http.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Stops the run at once if the server listens on anything but loopback. */
    private void requireLoopbackOnly() throws IOException {
        List<ProcFs.Listener> listeners = listeners();
        if (listeners.isEmpty() || listeners.stream().anyMatch(l -> !l.loopback())) {
            process.destroyForcibly();
            throw new IllegalStateException(target.name() + " listens on " + listeners + "; stopped it");
        }
    }

    List<ProcFs.Listener> listeners() throws IOException {
        return ProcFs.listeners(process.pid());
    }

    Target target() {
        return target;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    double startupMillis() {
        return startupMillis;
    }

    long startupCpuMillis() {
        return startupCpuMillis;
    }

    long rssKiB() throws IOException {
        return ProcFs.rssKiB(process.pid());
    }

    /** SIGTERM, as Ctrl-C would; SIGKILL after 30 s. Deletes the run folder. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping " + target.name(), e);
        }
        try (var files = Files.walk(runDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

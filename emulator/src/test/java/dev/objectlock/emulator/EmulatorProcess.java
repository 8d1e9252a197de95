package dev.objectlock.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone emulator in a JVM of its own, started from the test JVM's class path exactly as
 * {@code java -cp ... dev.objectlock.emulator.Main ARGS} would be, so a test can kill it the hard way
 * (SIGKILL) or give it a small heap. Always closed by the test: close() stops what is still running.
 */
final class EmulatorProcess implements AutoCloseable {

    static final Pattern LISTENING = Pattern.compile("^ObjectLock Emulator \\S+ listening on (http://\\S+) \\(.*\\)$");

    private final Process process;
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();

    private EmulatorProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), stdout, true);
        pump(process.getErrorStream(), stderr, false);
    }

    /** Starts {@code Main} with the given JVM options and CLI arguments; does not wait for it. */
    static EmulatorProcess launch(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            return new EmulatorProcess(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code Main} and waits for its "listening on" line. */
    static EmulatorProcess start(List<String> jvmOptions, String... args) {
        EmulatorProcess p = launch(jvmOptions, args);
        try {
            p.endpoint(Duration.ofSeconds(60));
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    URI endpoint(Duration timeout) {
        try {
            return endpoint.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("emulator did not report its endpoint in " + timeout + "\n" + output());
        } catch (Exception e) {
            throw new IllegalStateException("emulator did not start: " + e.getMessage() + "\n" + output(), e);
        }
    }

    URI endpoint() {
        return endpoint(Duration.ofSeconds(60));
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the process to end by itself and returns its exit status. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("emulator still running after " + timeout + "\n" + output());
            }
            // the pumps see end-of-stream right after exit; let them drain
            Thread.sleep(50);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }

    String output() {
        return "--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    }

    /** SIGTERM first, so the shutdown hook removes an in-memory emulator's temporary blob folder; SIGKILL if it hangs. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void pump(InputStream in, StringBuffer sink, boolean watchForEndpoint) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            sink.append(line).append('\n');
                            Matcher m = LISTENING.matcher(line);
                            if (watchForEndpoint && m.matches()) {
                                endpoint.complete(URI.create(m.group(1)));
                            }
                        }
                    } catch (IOException ignored) {
                        // the process is gone
                    } finally {
                        endpoint.completeExceptionally(
                                new IllegalStateException("output ended before the endpoint line"));
                    }
                },
                "emulator-" + (watchForEndpoint ? "stdout" : "stderr"));
        t.setDaemon(true);
        t.start();
    }
}

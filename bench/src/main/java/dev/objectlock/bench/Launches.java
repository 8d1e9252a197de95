package dev.objectlock.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of the servers under test, all in this one class. Each server gets a port that
 * was free a moment before and listens on 127.0.0.1 only; all three run on the JVM that runs the
 * benchmark, with no JVM flags but the ones named here.
 */
final class Launches {

    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private Launches() {}

    /**
     * Our standalone emulator as the README starts it: the launcher script the build writes,
     * {@code emulator/target/objectlock-emulator}, which runs the jar with its class archive and
     * JVM flags and {@code exec}s java, so the process measured is the JVM itself. {@code JAVA}
     * points it at the JVM that runs the benchmark, as for the other servers. When the README's
     * launch changes, change it here: this is the only place the benchmark starts our emulator.
     */
    static List<String> ours(Path root, int port, Path dataDir) {
        List<String> command = new ArrayList<>(List.of(
                root.resolve("emulator/target/objectlock-emulator").toString(), "--port", Integer.toString(port)));
        if (dataDir != null) {
            command.add("--data-dir");
            command.add(dataDir.toString());
        }
        return command;
    }

    /**
     * S3Mock's runnable jar, plain HTTP on {@code httpPort}. The command is {@code java -jar}'s
     * equivalent through Spring Boot's {@code PropertiesLauncher}, whose {@code loader.path} adds
     * {@link dev.objectlock.bench.s3mock.LoopbackConnectors}: with it both S3Mock connectors bind
     * 127.0.0.1, where {@code server.address} alone binds only the HTTPS one (on {@code httpsPort},
     * unused here). {@link ServerProcess} checks the result in /proc and refuses anything else.
     */
    static List<String> s3mock(Path jar, Path benchClasses, int httpPort) throws IOException {
        return List.of(
                JAVA,
                "-Dloader.path=" + benchClasses,
                "-cp",
                jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.address=127.0.0.1",
                "--server.port=" + freePort(),
                "--http.port=" + httpPort);
    }

    /** The limit server ({@link LimitServer}), from the benchmark's own class path. */
    static List<String> limit(int port) {
        return List.of(
                JAVA,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                LimitServer.class.getName(),
                Integer.toString(port));
    }

    /** A loopback port nothing listened on a moment ago (the server binds it right after). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

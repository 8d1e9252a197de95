package dev.objectlock.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The build's training run ({@code --training-run}, not in the usage text): starts the emulator
 * the way the CLI does, in memory and with a data folder, and sends it the requests a first test
 * sends, so that a JVM started with {@code -XX:ArchiveClassesAtExit} writes every class they need
 * into the class archive the launcher script then maps. That archive is what brings the standalone
 * start from about 1.7 s to well under one. A request answered with a 5xx fails the run (and the
 * build): the archive would then miss the classes of the path that failed.
 */
final class TrainingRun {

    static final String FLAG = "--training-run";

    private static final String RETENTION = "<Retention><Mode>GOVERNANCE</Mode>"
            + "<RetainUntilDate>2099-01-01T00:00:00Z</RetainUntilDate></Retention>";

    private TrainingRun() {}

    /** Runs the requests against an in-memory and a file-backed emulator; returns the exit status. */
    static int run(PrintStream err) {
        Path dataDir = null;
        try {
            exercise(new String[] {"--port", "0", "--lifecycle-interval", "0"});
            dataDir = Files.createTempDirectory("objectlock-training-");
            exercise(new String[] {"--port", "0", "--lifecycle-interval", "0", "--data-dir", dataDir.toString()});
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("objectlock-emulator: training run failed: " + e);
            return 1;
        } finally {
            if (dataDir != null) {
                deleteRecursively(dataDir);
            }
        }
    }

    private static void exercise(String[] args) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Main.Launch launch = Main.launch(args, name -> null, quiet, quiet);
        if (launch.emulator() == null) {
            throw new IllegalStateException("the emulator did not start (status " + launch.status() + ")");
        }
        try (ObjectLockEmulator emulator = launch.emulator()) {
            String base = emulator.endpoint().toString();
            send("GET", base + "/_emulator/health", null, Map.of());
            send("GET", base + "/", null, Map.of());
            send("PUT", base + "/training", null, Map.of("x-amz-bucket-object-lock-enabled", "true"));
            send(
                    "PUT",
                    base + "/training?versioning",
                    "<VersioningConfiguration><Status>Enabled</Status>" + "</VersioningConfiguration>",
                    Map.of());
            putChunked(base + "/training/key", "hello");
            send("GET", base + "/training/key", null, Map.of());
            send("HEAD", base + "/training/key", null, Map.of());
            send("GET", base + "/training/missing", null, Map.of());
            send("GET", base + "/training?list-type=2", null, Map.of());
            send("GET", base + "/training?versions", null, Map.of());
            send("PUT", base + "/training/key?retention", RETENTION, Map.of());
            send("GET", base + "/training/key?retention", null, Map.of());
            send("PUT", base + "/training/key?legal-hold", "<LegalHold><Status>ON</Status></LegalHold>", Map.of());
            send("GET", base + "/training/key?legal-hold", null, Map.of());
            send("GET", base + "/training?object-lock", null, Map.of());
            send("DELETE", base + "/training/key", null, Map.of());
        }
    }

    /** A PutObject as SDK v2 sends it by default: aws-chunked with a CRC32 trailer. */
    private static void putChunked(String url, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        long value = crc.getValue();
        byte[] crcBytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        String body = Integer.toHexString(data.length) + "\r\n" + text + "\r\n0\r\nx-amz-checksum-crc32:"
                + Base64.getEncoder().encodeToString(crcBytes) + "\r\n\r\n";
        send(
                "PUT",
                url,
                body,
                Map.of(
                        "Content-Encoding", "aws-chunked",
                        "x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
                        "x-amz-trailer", "x-amz-checksum-crc32",
                        "x-amz-decoded-content-length", Integer.toString(data.length)));
    }

    private static void send(String method, String url, String body, Map<String, String> headers) throws IOException {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod(method);
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in != null) {
                in.transferTo(new ByteArrayOutputStream());
            }
        }
        if (status >= 500) {
            throw new IllegalStateException(method + " " + url + " answered " + status);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder that cannot be removed is left to the OS
        }
    }
}

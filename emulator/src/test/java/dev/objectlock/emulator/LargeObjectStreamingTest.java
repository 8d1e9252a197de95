package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Bodies stream through the server: a large PutObject and GetObject against an emulator JVM with
 * a 256 MiB heap, compared by MD5, and the server still alive afterwards.
 *
 * <p>The SDK round trip moves 1 GiB (about 20 s here); the plain-HTTP one 256 MiB, as big as the
 * whole heap, which is enough to catch any code that buffers a body whole. Both sizes can be set:
 * {@code mvn -B -q -pl emulator test -Dtest=LargeObjectStreamingTest -Dobjectlock.largeObjectMiB=1024}
 */
class LargeObjectStreamingTest {

    private static final long SDK_SIZE = Long.getLong("objectlock.largeObjectMiB", 1024) << 20;
    private static final long PLAIN_SIZE = Long.getLong("objectlock.largeObjectMiB", 256) << 20;
    private static final List<String> SMALL_HEAP = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

    @TempDir
    Path dataDir;

    @Test
    void sdkRoundTripStreamsAtSmallHeap() throws Exception {
        try (EmulatorProcess server =
                        EmulatorProcess.start(SMALL_HEAP, "--port", "0", "--data-dir", dataDir.toString());
                S3Client s3 = S3Clients.forEndpoint(server.endpoint())) {
            s3.createBucket(b -> b.bucket("large"));
            String expected = GeneratedBody.md5Hex(SDK_SIZE);

            long t0 = System.nanoTime();
            PutObjectResponse put = s3.putObject(
                    b -> b.bucket("large").key("big.bin"),
                    RequestBody.fromContentProvider(
                            () -> new GeneratedBody(SDK_SIZE), SDK_SIZE, "application/octet-stream"));
            long t1 = System.nanoTime();
            String actual;
            long length;
            try (ResponseInputStream<GetObjectResponse> in =
                    s3.getObject(b -> b.bucket("large").key("big.bin"))) {
                length = in.response().contentLength();
                actual = GeneratedBody.md5Hex(in);
            }
            long t2 = System.nanoTime();
            System.out.printf(
                    "%d MiB: PutObject %.1f s, GetObject %.1f s%n", SDK_SIZE >> 20, (t1 - t0) / 1e9, (t2 - t1) / 1e9);

            assertThat(put.eTag()).isEqualTo("\"" + expected + "\"");
            assertThat(length).isEqualTo(SDK_SIZE);
            assertThat(actual).isEqualTo(expected);
            assertServerSurvived(server);
        }
    }

    /** A plain unsigned PUT with Expect: 100-continue and a GET, as curl or a hand-written client sends them. */
    @Test
    void plainHttpRoundTripStreamsAtSmallHeap() throws Exception {
        try (EmulatorProcess server =
                EmulatorProcess.start(SMALL_HEAP, "--port", "0", "--data-dir", dataDir.toString())) {
            URI object = server.endpoint().resolve("/plain-large/big.bin");
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            assertThat(http.send(
                                    HttpRequest.newBuilder(server.endpoint().resolve("/plain-large"))
                                            .PUT(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(200);
            String expected = GeneratedBody.md5Hex(PLAIN_SIZE);

            long t0 = System.nanoTime();
            HttpResponse<Void> put = http.send(
                    HttpRequest.newBuilder(object)
                            .expectContinue(true)
                            .PUT(HttpRequest.BodyPublishers.fromPublisher(
                                    HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedBody(PLAIN_SIZE)),
                                    PLAIN_SIZE))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            long t1 = System.nanoTime();
            HttpResponse<InputStream> get =
                    http.send(HttpRequest.newBuilder(object).build(), HttpResponse.BodyHandlers.ofInputStream());
            String actual = GeneratedBody.md5Hex(get.body());
            long t2 = System.nanoTime();
            System.out.printf(
                    "%d MiB over plain HTTP: PUT %.1f s, GET %.1f s%n",
                    PLAIN_SIZE >> 20, (t1 - t0) / 1e9, (t2 - t1) / 1e9);

            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(put.headers().firstValue("ETag")).hasValue("\"" + expected + "\"");
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValueAsLong("Content-Length")).hasValue(PLAIN_SIZE);
            assertThat(actual).isEqualTo(expected);
            assertServerSurvived(server);
        }
    }

    private static void assertServerSurvived(EmulatorProcess server) throws Exception {
        assertThat(server.isAlive()).as(server.output()).isTrue();
        HttpResponse<Void> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint().resolve("/_emulator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(server.stderr()).doesNotContain("OutOfMemoryError");
    }
}

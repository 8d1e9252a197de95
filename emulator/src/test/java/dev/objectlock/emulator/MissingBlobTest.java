package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GetObject whose body is gone by the time it is opened (a concurrent overwrite released it
 * between the metadata lookup and the read) gets a complete, retryable 500 InternalError
 * document, not a response that promises a length and breaks off.
 */
class MissingBlobTest {

    @TempDir
    Path dataDir;

    @Test
    void bodyThatVanishedIsAnsweredWithARetryableInternalError() throws Exception {
        try (ObjectLockEmulator emulator =
                ObjectLockEmulator.builder().dataDir(dataDir).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            URI object = URI.create(emulator.endpoint() + "/vanishing/key.txt");
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/vanishing"))
                            .PUT(HttpRequest.BodyPublishers.noBody()));
            send(http, HttpRequest.newBuilder(object).PUT(HttpRequest.BodyPublishers.ofString("some body")));
            deleteAllBlobs();

            HttpResponse<String> get = send(http, HttpRequest.newBuilder(object).GET());
            HttpResponse<String> head =
                    send(http, HttpRequest.newBuilder(object).method("HEAD", HttpRequest.BodyPublishers.noBody()));

            assertThat(get.statusCode()).isEqualTo(500);
            assertThat(get.body()).contains("<Code>InternalError</Code>");
            assertThat(get.headers().firstValueAsLong("Content-Length"))
                    .hasValue(get.body().length());
            assertThat(head.statusCode()).as("HEAD reads no body").isEqualTo(200);
        }
    }

    @Test
    void copyFromASourceWhoseBodyVanishedIsAnInternalErrorNotTheClientsFault() throws Exception {
        try (ObjectLockEmulator emulator =
                ObjectLockEmulator.builder().dataDir(dataDir).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/vanishing"))
                            .PUT(HttpRequest.BodyPublishers.noBody()));
            send(
                    http,
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/vanishing/source.txt"))
                            .PUT(HttpRequest.BodyPublishers.ofString("some body")));
            deleteAllBlobs();

            HttpResponse<String> copy = send(
                    http,
                    HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/vanishing/copy.txt"))
                            .header("x-amz-copy-source", "/vanishing/source.txt")
                            .PUT(HttpRequest.BodyPublishers.noBody()));

            assertThat(copy.statusCode()).isEqualTo(500);
            assertThat(copy.body()).contains("<Code>InternalError</Code>");
        }
    }

    private void deleteAllBlobs() throws IOException {
        try (Stream<Path> blobs = Files.list(dataDir.resolve("blobs"))) {
            for (Path blob : (Iterable<Path>) blobs::iterator) {
                Files.delete(blob);
            }
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

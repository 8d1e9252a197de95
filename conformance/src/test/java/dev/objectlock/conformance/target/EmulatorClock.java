package dev.objectlock.conformance.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's clock, moved through its public admin API ({@code /_emulator/clock}), never
 * through emulator classes, so it works the same on the in-process and the url targets. Real
 * AWS has no such thing: scenarios that ask for it are {@link EmulatorOnly}. Remembers whether
 * this run moved the clock so {@link BucketFixture} can return it to system time after each
 * scenario and later scenarios see real time again.
 */
public final class EmulatorClock {

    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI clockUri;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile boolean moved;

    EmulatorClock(URI endpoint) {
        String base = endpoint.toString().endsWith("/") ? endpoint.toString() : endpoint + "/";
        this.clockUri = URI.create(base + "_emulator/clock");
    }

    /** What the emulator's clock reads now. */
    public Instant now() {
        return parseNow(
                send(HttpRequest.newBuilder(clockUri).timeout(TIMEOUT).GET().build()));
    }

    /** Moves the clock forward by {@code duration}; it keeps ticking from there. */
    public Instant advance(Duration duration) {
        moved = true;
        return post("{\"advance\":\"" + duration + "\"}");
    }

    /** Makes the clock read {@code instant} now; it keeps ticking from there. */
    public Instant set(Instant instant) {
        moved = true;
        return post("{\"set\":\"" + instant + "\"}");
    }

    /** Returns the clock to system time. */
    public Instant useSystemTime() {
        Instant now = post("{\"system\":true}");
        moved = false;
        return now;
    }

    /** Returns the clock to system time if this run moved it since it last did so. */
    void restoreSystemTimeIfMoved() {
        if (moved) {
            useSystemTime();
        }
    }

    private Instant post(String json) {
        return parseNow(send(HttpRequest.newBuilder(clockUri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build()));
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + clockUri + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + clockUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + clockUri, e);
        }
    }

    private Instant parseNow(String body) {
        Matcher now = NOW.matcher(body);
        if (!now.find()) {
            throw new IllegalStateException(clockUri + " answered without \"now\": " + body);
        }
        return Instant.parse(now.group(1));
    }
}

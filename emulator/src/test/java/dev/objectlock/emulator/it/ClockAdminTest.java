package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.createLockBucket;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * The emulator-only clock API, GET/POST /_emulator/clock (ARCHITECTURE.md "time"; ARCHITECTURE.md layers, http.admin),
 * and that the time it sets is the time every S3 rule uses ([B.7, R31]). Not an AWS API:
 * the expectations here are the emulator's documented contract (AdminRoutes).
 */
class ClockAdminTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client client = s3.client();

    // After reset the clock is system time: GET answers 200 JSON {"now": <ISO instant>, "system": true}.
    @Test
    void getReportsSystemTimeAfterReset() {
        Instant before = Instant.now();

        HttpResponse<String> r = s3.raw("GET", "/_emulator/clock");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode clock = json(r);
        assertThat(clock.get("system").asBoolean()).isTrue();
        assertThat(Instant.parse(clock.get("now").asText()))
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    // {"set": instant} moves the clock there (and it keeps ticking); {"advance": ISO duration} moves
    // it on; {"system": true} returns to system time. Each answers with the clock as it now reads.
    @Test
    void setAdvanceAndReturnToSystemTime() {
        JsonNode set = post("{\"set\":\"2030-01-01T00:00:00Z\"}", 200);
        assertThat(set.get("system").asBoolean()).isFalse();
        assertThat(Instant.parse(set.get("now").asText()))
                .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:01:00Z"));

        JsonNode advanced = post("{\"advance\":\"P30D\"}", 200);
        assertThat(Instant.parse(advanced.get("now").asText()))
                .isBetween(Instant.parse("2030-01-31T00:00:00Z"), Instant.parse("2030-01-31T00:01:00Z"));
        assertThat(Instant.parse(
                        json(s3.raw("GET", "/_emulator/clock")).get("now").asText()))
                .isAfterOrEqualTo(Instant.parse(advanced.get("now").asText()));
        assertThat(s3.emulator().clock().instant()).isAfterOrEqualTo(Instant.parse("2030-01-31T00:00:00Z"));

        JsonNode system = post("{\"system\":true}", 200);
        assertThat(system.get("system").asBoolean()).isTrue();
        assertThat(Instant.parse(system.get("now").asText()))
                .isBetween(Instant.now().minusSeconds(30), Instant.now());
    }

    // Bad requests are 400 with a JSON {"error": ...} that says what is expected, and leave the clock
    // where it was: not JSON, no known field, an unparsable duration or instant.
    @Test
    void badRequestsAreRefusedClearlyAndChangeNothing() {
        post("{\"set\":\"2030-01-01T00:00:00Z\"}", 200);

        assertThat(post("not json", 400).get("error").asText()).contains("JSON", "advance");
        assertThat(post("{\"travel\":\"P1D\"}", 400).get("error").asText()).contains("advance", "set", "system");
        assertThat(post("{\"system\":false}", 400).get("error").asText()).contains("system");
        assertThat(post("{\"advance\":\"30 days\"}", 400).get("error").asText()).contains("30 days");
        assertThat(post("{\"set\":\"tomorrow\"}", 400).get("error").asText()).contains("tomorrow");
        assertThat(post("", 400).get("error").asText()).isNotBlank();

        JsonNode clock = json(s3.raw("GET", "/_emulator/clock"));
        assertThat(clock.get("system").asBoolean()).isFalse();
        assertThat(Instant.parse(clock.get("now").asText()))
                .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:01:00Z"));
    }

    // The clock the admin API moves is the one S3 uses: Last-Modified of a new version, retention
    // validation ("in the future" is judged against it) and expiry. Advancing past retain-until
    // makes a COMPLIANCE version deletable without bypass ([R31, B.7]).
    @Test
    void advancingTheClockExpiresRetentionForS3Calls() {
        post("{\"set\":\"2030-01-01T00:00:00Z\"}", 200);
        createLockBucket(client, "locked");
        Instant until = Instant.parse("2030-01-02T00:00:00Z");
        String v = client.putObject(
                        b -> b.bucket("locked")
                                .key("k")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(until),
                        RequestBody.fromString("x"))
                .versionId();
        assertThat(client.headObject(b -> b.bucket("locked").key("k")).lastModified())
                .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:01:00Z"));
        s3Error(() -> client.deleteObject(b -> b.bucket("locked").key("k").versionId(v)), 403, "AccessDenied");

        post("{\"advance\":\"P1DT1M\"}", 200);

        s3Error(
                () -> client.putObject(
                        b -> b.bucket("locked")
                                .key("k")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(until),
                        RequestBody.fromString("x")),
                400,
                "InvalidArgument");
        client.deleteObject(b -> b.bucket("locked").key("k").versionId(v));
        assertThat(client.listObjectVersions(b -> b.bucket("locked")).versions())
                .isEmpty();
    }

    // Moving the clock backwards is allowed (a negative duration): retention becomes active again,
    // because protection is always judged against the clock's current reading.
    @Test
    void movingTheClockBackReactivatesRetention() {
        post("{\"set\":\"2030-01-01T00:00:00Z\"}", 200);
        createLockBucket(client, "locked");
        String v = client.putObject(
                        b -> b.bucket("locked")
                                .key("k")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(Instant.parse("2030-01-01T12:00:00Z")),
                        RequestBody.fromString("x"))
                .versionId();

        post("{\"advance\":\"PT13H\"}", 200);
        post("{\"advance\":\"-PT2H\"}", 200);

        s3Error(() -> client.deleteObject(b -> b.bucket("locked").key("k").versionId(v)), 403, "AccessDenied");
    }

    private static JsonNode post(String body, int status) {
        HttpResponse<String> r = s3.raw(
                "POST",
                "/_emulator/clock",
                Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("POST %s -> %s", body, r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return json(r);
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }
}

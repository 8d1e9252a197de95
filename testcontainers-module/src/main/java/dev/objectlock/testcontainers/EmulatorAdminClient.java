package dev.objectlock.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator's admin API ({@code /_emulator/...}) over the JDK's HTTP client: reset, clock
 * control, Batch Operations job waits and replication waits for an emulator at a URL, whether it runs in a container, as a standalone jar or
 * in-process. {@link ObjectLockEmulatorContainer} uses one; it is public so tests that start the
 * emulator some other way can move its clock the same way.
 *
 * <pre>{@code
 * EmulatorAdminClient admin = EmulatorAdminClient.of(URI.create("http://127.0.0.1:9000"));
 * admin.advanceClock(Duration.ofDays(31));   // every retention rule now sees a month later
 * admin.useSystemClock();
 * }</pre>
 *
 * Any answer other than the expected status is an {@link IllegalStateException} carrying the
 * emulator's message (401 without the admin token the emulator demands, 403 with another).
 */
public final class EmulatorAdminClient {

    static final String HEALTH_PATH = "/_emulator/health";
    static final String RESET_PATH = "/_emulator/reset";
    static final String CLOCK_PATH = "/_emulator/clock";
    static final String JOBS_PATH = "/_emulator/jobs/";
    static final String REPLICATION_PATH = "/_emulator/replication/";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    // The answers are one flat JSON object the emulator writes itself: {"now":"...","system":true}.
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYSTEM = Pattern.compile("\"system\"\\s*:\\s*(true|false)");
    private static final Pattern JOB_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z]+)\"");
    private static final Pattern TASKS =
            Pattern.compile("\"(totalNumberOfTasks|numberOfTasksSucceeded|numberOfTasksFailed)\"\\s*:\\s*(\\d+)");

    /**
     * A Batch Operations job as the emulator's wait answered it: its status (a DescribeJob status
     * name such as {@code Complete}) and task counters.
     */
    public record JobState(
            String jobId,
            String status,
            long totalNumberOfTasks,
            long numberOfTasksSucceeded,
            long numberOfTasksFailed) {}

    private static final Pattern REPLICATION_COUNT = Pattern.compile("\"(pending|completed|failed)\"\\s*:\\s*(\\d+)");

    /** Replication tasks by state once nothing was pending: each is a version, marker or change per destination. */
    public record ReplicationState(long pending, long completed, long failed) {}

    private final URI endpoint;
    private final String adminToken;
    private final HttpClient http;

    private EmulatorAdminClient(URI endpoint, String adminToken) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.adminToken = adminToken;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /**
     * A client for the emulator whose S3 endpoint is {@code endpoint}, such as {@code http://127.0.0.1:9000}.
     *
     * @param endpoint the emulator's S3 endpoint
     * @return a client that sends no admin token
     */
    public static EmulatorAdminClient of(URI endpoint) {
        return new EmulatorAdminClient(endpoint, null);
    }

    /**
     * A client for an emulator started with an admin token ({@code --admin-token},
     * {@code OBJECTLOCK_ADMIN_TOKEN}): every call sends {@code Authorization: Bearer <adminToken>}.
     *
     * @param endpoint the emulator's S3 endpoint
     * @param adminToken the token the emulator was started with
     * @return a client that sends the token with every call
     */
    public static EmulatorAdminClient of(URI endpoint, String adminToken) {
        Objects.requireNonNull(adminToken, "adminToken");
        return new EmulatorAdminClient(endpoint, adminToken);
    }

    /**
     * The emulator this client talks to.
     *
     * @return the S3 endpoint the admin paths are resolved against
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Whether the emulator answers its health check (200); false when it cannot be reached.
     *
     * @return true when {@code GET /_emulator/health} answers 200
     */
    public boolean isHealthy() {
        try {
            return send(HttpRequest.newBuilder(resolve(HEALTH_PATH)).GET()).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Empties every bucket and returns the clock to system time. */
    public void reset() {
        expect(204, send(HttpRequest.newBuilder(resolve(RESET_PATH)).POST(HttpRequest.BodyPublishers.noBody())));
    }

    /**
     * The emulator's current time: what its Object Lock rules compare retain-until dates with.
     *
     * @return the time the emulator's clock reads
     */
    public Instant now() {
        return readNow(
                expect(200, send(HttpRequest.newBuilder(resolve(CLOCK_PATH)).GET())));
    }

    /**
     * Whether the emulator's clock follows system time (true until it is set or advanced).
     *
     * @return true until the clock is set or advanced, and after {@link #useSystemClock()}
     */
    public boolean isSystemClock() {
        String body =
                expect(200, send(HttpRequest.newBuilder(resolve(CLOCK_PATH)).GET()));
        Matcher m = SYSTEM.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer from " + CLOCK_PATH + ": " + body);
        }
        return Boolean.parseBoolean(m.group(1));
    }

    /**
     * Moves the clock forward (or back, for a negative duration) and returns the time it then reads.
     *
     * @param duration how far to move the clock
     * @return the time the clock reads afterwards
     */
    public Instant advanceClock(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return changeClock("{\"advance\":\"" + duration + "\"}");
    }

    /**
     * Moves the clock to {@code instant} (it keeps ticking from there, as the emulator's clock is an
     * offset from system time) and returns the time it then reads.
     *
     * @param instant the time the clock reads from now on
     * @return the time the clock reads afterwards
     */
    public Instant setClock(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return changeClock("{\"set\":\"" + instant + "\"}");
    }

    /**
     * Returns the clock to system time and returns the time it now reads.
     *
     * @return the time the clock reads afterwards
     */
    public Instant useSystemClock() {
        return changeClock("{\"system\":true}");
    }

    /**
     * Blocks until the S3 Batch Operations job is Complete, Failed or Cancelled (up to a minute), so
     * a test needs no polling loop; IllegalStateException for an unknown job or when the time runs out.
     *
     * @param jobId the id CreateJob returned
     * @return the job's status and task counters
     */
    public JobState awaitJob(String jobId) {
        return awaitJob(jobId, Duration.ofMinutes(1));
    }

    /**
     * Blocks until the job reaches one of {@code statuses} (DescribeJob names such as
     * {@code Suspended}; any of Complete, Failed or Cancelled when none is given) or ends.
     *
     * @param jobId the id CreateJob returned
     * @param timeout how long to wait
     * @param statuses the statuses to wait for; none means Complete, Failed or Cancelled
     * @return the job's status and task counters
     */
    public JobState awaitJob(String jobId, Duration timeout, String... statuses) {
        Objects.requireNonNull(jobId, "jobId");
        StringBuilder json =
                new StringBuilder("{\"timeout\":\"").append(timeout).append("\",\"status\":[");
        for (int i = 0; i < statuses.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(statuses[i]).append('"');
        }
        json.append("]}");
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(JOBS_PATH + jobId + "/wait"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8));
        String body = expect(200, send(request, timeout.plus(TIMEOUT)));
        Matcher status = JOB_STATUS.matcher(body);
        if (!status.find()) {
            throw new IllegalStateException("unexpected answer from " + JOBS_PATH + jobId + "/wait: " + body);
        }
        long[] counters = new long[3];
        Matcher tasks = TASKS.matcher(body);
        while (tasks.find()) {
            int at = switch (tasks.group(1)) {
                case "totalNumberOfTasks" -> 0;
                case "numberOfTasksSucceeded" -> 1;
                default -> 2;
            };
            counters[at] = Long.parseLong(tasks.group(2));
        }
        return new JobState(jobId, status.group(1), counters[0], counters[1], counters[2]);
    }

    /**
     * Blocks until no replication task is pending, up to a minute; see {@link #awaitReplication(Duration)}.
     *
     * @return the replication counters once nothing is pending
     */
    public ReplicationState awaitReplication() {
        return awaitReplication(Duration.ofMinutes(1));
    }

    /**
     * Blocks until every replication task has ended, COMPLETED or FAILED, so a test needs no
     * polling loop; IllegalStateException (carrying the 408 and the counts) when {@code timeout}
     * passes first, as it does while replication is paused.
     *
     * @param timeout how long to wait at most
     * @return the replication counters once nothing is pending
     */
    public ReplicationState awaitReplication(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        String body =
                expect(200, send(replication("wait", "{\"timeout\":\"" + timeout + "\"}"), timeout.plus(TIMEOUT)));
        long[] counts = new long[3];
        Matcher m = REPLICATION_COUNT.matcher(body);
        while (m.find()) {
            int at = switch (m.group(1)) {
                case "pending" -> 0;
                case "completed" -> 1;
                default -> 2;
            };
            counts[at] = Long.parseLong(m.group(2));
        }
        return new ReplicationState(counts[0], counts[1], counts[2]);
    }

    /** Holds replication: new versions stay PENDING until {@link #resumeReplication()}. */
    public void pauseReplication() {
        expect(204, send(replication("pause", "")));
    }

    /** Lets held replication run again: what was PENDING replicates. */
    public void resumeReplication() {
        expect(204, send(replication("resume", "")));
    }

    /**
     * Replication to {@code bucket} ends FAILED until {@link #healReplication(String)}.
     *
     * @param bucket the destination bucket to fail
     */
    public void failReplication(String bucket) {
        expect(204, send(replication("fail", "{\"bucket\":\"" + Objects.requireNonNull(bucket, "bucket") + "\"}")));
    }

    /**
     * Replication to {@code bucket} succeeds again.
     *
     * @param bucket the destination bucket failed by {@link #failReplication(String)}
     */
    public void healReplication(String bucket) {
        expect(204, send(replication("heal", "{\"bucket\":\"" + Objects.requireNonNull(bucket, "bucket") + "\"}")));
    }

    private HttpRequest.Builder replication(String action, String json) {
        return HttpRequest.newBuilder(resolve(REPLICATION_PATH + action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private Instant changeClock(String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(CLOCK_PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return readNow(expect(200, send(request)));
    }

    private URI resolve(String path) {
        return endpoint.resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, TIMEOUT);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        HttpRequest built = request.timeout(timeout).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + built.method() + " " + built.uri(), e);
        }
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    response.request().method() + " " + response.request().uri() + " answered " + response.statusCode()
                            + " (expected " + status + "): " + response.body());
        }
        return response.body();
    }

    private static Instant readNow(String body) {
        Matcher m = NOW.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer from " + CLOCK_PATH + ": " + body);
        }
        return Instant.parse(m.group(1));
    }
}

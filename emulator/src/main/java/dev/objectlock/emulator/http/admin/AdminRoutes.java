package dev.objectlock.emulator.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.objectlock.emulator.domain.access.InvalidIdentitiesException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The emulator's own control plane under {@code /_emulator/}. No bucket name can start with an
 * underscore, so these paths never shadow an S3 request. Bodies are JSON. With an admin token, every
 * path but the health check needs it ({@link AdminToken}).
 */
public final class AdminRoutes {

    public static final String PREFIX = "/_emulator/";
    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);
    /** Longer than any test should wait; a request thread is held meanwhile. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminRoutes() {}

    /** @param adminToken the token every admin call must carry, or null for an open admin API */
    public static void register(RoutesConfig routes, EmulatorControl control, String adminToken) {
        if (adminToken != null) {
            AdminToken token = new AdminToken(adminToken);
            routes.before(PREFIX + "*", ctx -> {
                if (!ctx.path().equals(PREFIX + "health") && !token.admit(ctx)) {
                    ctx.skipRemainingHandlers();
                }
            });
        }
        routes.get(PREFIX + "health", ctx -> json(ctx, 200, Map.of("status", "ok")));
        routes.post(PREFIX + "reset", ctx -> {
            control.reset();
            ctx.status(204);
        });
        routes.get(PREFIX + "clock", ctx -> json(ctx, 200, clock(control)));
        routes.post(PREFIX + "clock", ctx -> changeClock(ctx, control));
        routes.post(PREFIX + "jobs/{id}/wait", ctx -> awaitJob(ctx, control));
        routes.post(PREFIX + "lifecycle/run", ctx -> json(ctx, 200, control.runLifecycle()));
        ReplicationAdminRoutes.register(routes, control.replication());
        routes.put(PREFIX + "identities", ctx -> putIdentities(ctx, control));
        routes.get(PREFIX + "identities", ctx -> {
            Optional<String> document = control.identitiesDocument();
            if (document.isEmpty()) {
                json(ctx, 404, Map.of("error", "no identities: the emulator is in open mode"));
            } else {
                ctx.status(200).contentType("application/json").result(document.get());
            }
        });
        routes.delete(PREFIX + "identities", ctx -> {
            control.useOpenMode();
            ctx.status(204);
        });
    }

    /**
     * Replaces the identities with the document in the body (issue 12): 204, or 400 with every fault
     * named by its JSON path, {@code {"error": ..., "errors": ["users[0].accessKeyId: missing"]}}, and
     * the identities in force unchanged.
     */
    private static void putIdentities(Context ctx, EmulatorControl control) throws IOException {
        try {
            control.useIdentities(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
            ctx.status(204);
        } catch (InvalidIdentitiesException e) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", "invalid identities document; the identities in force are unchanged");
            answer.put("errors", e.errors());
            json(ctx, 400, answer);
        }
    }

    /**
     * Waits for a batch job so tests and scripts need not poll DescribeJob. Optional body
     * {@code {"status":["Complete","Suspended"],"timeout":"PT30S"}}: by default any terminal
     * status, for up to a minute. 200 with the job once it gets there (or ends), 408 with the job
     * as it is when the timeout passes first, 404 for an unknown job.
     */
    private static void awaitJob(Context ctx, EmulatorControl control) throws IOException {
        Set<String> statuses = new LinkedHashSet<>();
        Duration timeout = DEFAULT_WAIT;
        try {
            byte[] raw = ctx.bodyAsBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            if (body != null && !body.isNull()) {
                if (!body.isObject()) {
                    throw new IllegalArgumentException("the body must be a JSON object");
                }
                JsonNode status = body.path("status");
                if (status.isTextual()) {
                    statuses.add(status.asText());
                } else if (status.isArray()) {
                    status.forEach(s -> statuses.add(s.asText()));
                }
                if (body.hasNonNull("timeout")) {
                    timeout = Duration.parse(body.get("timeout").asText());
                }
            }
            if (timeout.isNegative() || timeout.compareTo(MAX_WAIT) > 0) {
                throw new IllegalArgumentException("timeout must be between PT0S and " + MAX_WAIT);
            }
            Optional<EmulatorControl.JobWait> job = control.awaitJob(ctx.pathParam("id"), statuses, timeout);
            if (job.isEmpty()) {
                json(ctx, 404, Map.of("error", "no batch job " + ctx.pathParam("id")));
                return;
            }
            EmulatorControl.JobWait wait = job.get();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("jobId", wait.jobId());
            answer.put("status", wait.status());
            answer.put("totalNumberOfTasks", wait.totalNumberOfTasks());
            answer.put("numberOfTasksSucceeded", wait.numberOfTasksSucceeded());
            answer.put("numberOfTasksFailed", wait.numberOfTasksFailed());
            if (wait.timedOut()) {
                answer.put("error", "the job is still " + wait.status() + " after " + timeout);
            }
            json(ctx, wait.timedOut() ? 408 : 200, answer);
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            json(
                    ctx,
                    400,
                    Map.of(
                            "error",
                            "expected an optional body such as "
                                    + "{\"status\":[\"Complete\",\"Suspended\"],\"timeout\":\"PT30S\"}: "
                                    + e.getMessage()));
        }
    }

    /**
     * {@code {"advance":"P30D"}} (an ISO-8601 duration), {@code {"set":"2030-01-01T00:00:00Z"}} or
     * {@code {"system":true}}; answers with the clock as it now reads.
     */
    private static void changeClock(Context ctx, EmulatorControl control) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyInputStream());
        } catch (IOException e) {
            json(ctx, 400, Map.of("error", "the body must be JSON such as {\"advance\":\"P30D\"}"));
            return;
        }
        try {
            if (body != null && body.hasNonNull("advance")) {
                control.advanceClock(Duration.parse(body.get("advance").asText()));
            } else if (body != null && body.hasNonNull("set")) {
                control.setClock(Instant.parse(body.get("set").asText()));
            } else if (body != null && body.path("system").asBoolean(false)) {
                control.useSystemTime();
            } else {
                json(
                        ctx,
                        400,
                        Map.of(
                                "error",
                                "expected one of {\"advance\":\"P30D\"}, "
                                        + "{\"set\":\"2030-01-01T00:00:00Z\"} or {\"system\":true}"));
                return;
            }
        } catch (DateTimeParseException e) {
            json(ctx, 400, Map.of("error", "not an ISO-8601 value: " + e.getParsedString()));
            return;
        }
        json(ctx, 200, clock(control));
    }

    private static Map<String, Object> clock(EmulatorControl control) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", control.now().toString());
        state.put("system", control.clockIsSystemTime());
        return state;
    }

    static void json(Context ctx, int status, Object value) throws IOException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(value));
    }
}

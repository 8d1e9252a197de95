package dev.objectlock.emulator.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code /_emulator/replication/...}: wait until nothing is pending, pause and resume, fail and
 * heal a destination, so tests reach every replication status without sleeping.
 */
final class ReplicationAdminRoutes {

    private static final String PREFIX = AdminRoutes.PREFIX + "replication/";
    private static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplicationAdminRoutes() {}

    static void register(RoutesConfig routes, ReplicationControl control) {
        routes.post(PREFIX + "wait", ctx -> await(ctx, control));
        routes.post(PREFIX + "pause", ctx -> {
            control.pause();
            ctx.status(204);
        });
        routes.post(PREFIX + "resume", ctx -> {
            control.resume();
            ctx.status(204);
        });
        routes.post(PREFIX + "fail", ctx -> forBucket(ctx, control::fail));
        routes.post(PREFIX + "heal", ctx -> forBucket(ctx, control::heal));
    }

    /**
     * Optional body {@code {"timeout":"PT30S"}} (a minute by default): 200 with
     * {@code {"pending":0,"completed":N,"failed":M}} once nothing is pending, 408 with the counts as
     * they stand when the timeout passes first.
     */
    private static void await(Context ctx, ReplicationControl control) throws IOException {
        Duration timeout = DEFAULT_WAIT;
        try {
            JsonNode body = body(ctx);
            if (body != null && body.hasNonNull("timeout")) {
                timeout = Duration.parse(body.get("timeout").asText());
            }
            if (timeout.isNegative() || timeout.compareTo(MAX_WAIT) > 0) {
                throw new IllegalArgumentException("timeout must be between PT0S and " + MAX_WAIT);
            }
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            AdminRoutes.json(ctx, 400, Map.of("error", "expected an optional body such as {\"timeout\":\"PT30S\"}"));
            return;
        }
        ReplicationControl.Counts counts;
        try {
            counts = control.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            AdminRoutes.json(ctx, 503, Map.of("error", "the emulator is stopping"));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pending", counts.pending());
        answer.put("completed", counts.completed());
        answer.put("failed", counts.failed());
        if (counts.timedOut()) {
            answer.put("error", counts.pending() + " replication tasks still pending after " + timeout);
        }
        AdminRoutes.json(ctx, counts.timedOut() ? 408 : 200, answer);
    }

    /** {@code {"bucket":"dest"}}: 204, or 400 without a bucket name. */
    private static void forBucket(Context ctx, Consumer<String> action) throws IOException {
        String bucket = null;
        try {
            JsonNode body = body(ctx);
            bucket = body == null ? null : body.path("bucket").asText(null);
        } catch (IOException | IllegalArgumentException e) {
            // answered below: no bucket
        }
        if (bucket == null || bucket.isEmpty()) {
            AdminRoutes.json(ctx, 400, Map.of("error", "expected a body such as {\"bucket\":\"ledger-dr\"}"));
            return;
        }
        action.accept(bucket);
        ctx.status(204);
    }

    private static JsonNode body(Context ctx) throws IOException {
        byte[] raw = ctx.bodyAsBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        if (body != null && !body.isNull() && !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return body == null || body.isNull() ? null : body;
    }
}

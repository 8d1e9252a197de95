package dev.objectlock.emulator.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulator's own control plane under {@code /_emulator/}. No bucket name can start with an
 * underscore, so these paths never shadow an S3 request. Bodies are JSON.
 */
public final class AdminRoutes {

    public static final String PREFIX = "/_emulator/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminRoutes() {
    }

    public static void register(RoutesConfig routes, EmulatorControl control) {
        routes.get(PREFIX + "health", ctx -> json(ctx, 200, Map.of("status", "ok")));
        routes.post(PREFIX + "reset", ctx -> {
            control.reset();
            ctx.status(204);
        });
        routes.get(PREFIX + "clock", ctx -> json(ctx, 200, clock(control)));
        routes.post(PREFIX + "clock", ctx -> changeClock(ctx, control));
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
                json(ctx, 400, Map.of("error", "expected one of {\"advance\":\"P30D\"}, "
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

    private static void json(Context ctx, int status, Object value) throws IOException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(value));
    }
}

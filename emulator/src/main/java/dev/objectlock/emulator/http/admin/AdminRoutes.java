package dev.objectlock.emulator.http.admin;

import io.javalin.config.RoutesConfig;

/**
 * The emulator's own control plane under {@code /_emulator/}. No bucket name can start with an
 * underscore, so these paths never shadow an S3 request.
 */
public final class AdminRoutes {

    public static final String PREFIX = "/_emulator/";

    private AdminRoutes() {
    }

    public static void register(RoutesConfig routes, EmulatorControl control) {
        routes.get(PREFIX + "health", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        routes.post(PREFIX + "reset", ctx -> {
            control.reset();
            ctx.status(204);
        });
    }
}

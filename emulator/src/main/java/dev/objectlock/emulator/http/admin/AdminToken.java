package dev.objectlock.emulator.http.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Guards the admin API with a bearer token (issue 12: {@code --admin-token} /
 * {@code OBJECTLOCK_ADMIN_TOKEN}), since {@code /_emulator/} can reset everything and replace the
 * identities. Without {@code Authorization: Bearer <token>} a call gets 401 and a
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750 section 3); with another token, 403. Both
 * answer a JSON {@code {"error": "..."}} like every other admin error.
 *
 * <p>The health check stays open: it changes nothing and tells nothing but "up", and container health
 * checks and wait strategies must reach it without the secret.
 */
final class AdminToken {

    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    AdminToken(String token) {
        this.expected = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops the request with 401 or 403 unless it carries the token; true when it may go on. */
    boolean admit(Context ctx) throws java.io.IOException {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"objectlock-emulator\"");
            AdminRoutes.json(
                    ctx,
                    401,
                    Map.of(
                            "error",
                            "the admin API needs 'Authorization: Bearer <token>' "
                                    + "with the emulator's admin token (--admin-token / OBJECTLOCK_ADMIN_TOKEN)"));
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // A comparison whose time does not depend on where the first difference is.
        if (!MessageDigest.isEqual(given, expected)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"objectlock-emulator\", error=\"invalid_token\"");
            AdminRoutes.json(ctx, 403, Map.of("error", "the admin token does not match the emulator's"));
            return false;
        }
        return true;
    }
}

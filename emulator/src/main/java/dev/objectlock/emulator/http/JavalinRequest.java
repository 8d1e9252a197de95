package dev.objectlock.emulator.http;

import dev.objectlock.emulator.http.auth.AuthRequest;
import dev.objectlock.emulator.http.auth.JavalinAuthRequests;
import io.javalin.http.Context;
import java.util.List;

/** A Javalin request as {@link RequestAuthenticator} reads it. */
public record JavalinRequest(Context ctx) implements RequestAuthenticator.Request {

    @Override
    public String method() {
        return ctx.method().name();
    }

    @Override
    public String rawPath() {
        return ctx.req().getRequestURI();
    }

    @Override
    public String rawQuery() {
        return ctx.req().getQueryString();
    }

    @Override
    public String header(String name) {
        return ctx.header(name);
    }

    @Override
    public String queryParameter(String name) {
        List<String> values = ctx.queryParamMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public AuthRequest signedParts() {
        return JavalinAuthRequests.from(ctx);
    }
}

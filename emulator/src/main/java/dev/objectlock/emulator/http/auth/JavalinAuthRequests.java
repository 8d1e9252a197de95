package dev.objectlock.emulator.http.auth;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one place that reads a Javalin request into an {@link AuthRequest}. */
public final class JavalinAuthRequests {

    private JavalinAuthRequests() {}

    /**
     * The raw path and query as the client sent them (the servlet's request URI is not decoded)
     * and every header field separately, in arrival order. The signature covers header values
     * byte for byte, so Jetty must keep them as sent: S3Routes turns its case-insensitive header
     * cache off, which would otherwise hand back its own "text/plain; charset=utf-8" for a
     * signed "text/plain; charset=UTF-8".
     */
    public static AuthRequest from(Context ctx) {
        HttpServletRequest req = ctx.req();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, Collections.list(req.getHeaders(name)));
        }
        return new AuthRequest(ctx.method().name(), req.getRequestURI(), req.getQueryString(), headers);
    }
}

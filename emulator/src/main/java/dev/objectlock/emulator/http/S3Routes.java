package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.admin.AdminRoutes;
import dev.objectlock.emulator.http.admin.EmulatorControl;
import dev.objectlock.emulator.http.control.ControlRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app: the admin routes, then one catch-all per HTTP method that hands S3
 * Control requests ({@code /v20180820/...}) to {@link ControlRoutes} and resolves every other
 * request into an {@link S3Operation} and calls its handler, and the one exception mapper.
 */
public final class S3Routes {

    private static final Logger LOG = LoggerFactory.getLogger(S3Routes.class);
    private static final String REQUEST_ID_ATTRIBUTE = "s3.requestId";
    /** The most of an unread request body read and dropped before an error is sent. */
    private static final long DISCARD_LIMIT = 64L << 20;
    /** How long a request may send nothing before it is refused with RequestTimeout, as S3 waits ([R50]). */
    static final long IDLE_TIMEOUT_MILLIS = 20_000;
    /** The methods S3 serves; any other, in any spelling, is MethodNotAllowed ([R49]). */
    private static final java.util.Set<String> S3_METHODS = java.util.Set.of("GET", "PUT", "POST", "DELETE", "HEAD");

    /** Handler of one operation. */
    @FunctionalInterface
    public interface OperationHandler {
        void handle(S3Exchange exchange);
    }

    private final Map<S3Operation, OperationHandler> handlers = new EnumMap<>(S3Operation.class);
    private final String virtualHostSuffix;
    private ControlRoutes controlRoutes = new ControlRoutes();
    private String adminToken;
    /** Null: open mode for good (tests of the routing alone). */
    private AccessGate gate;
    /** Null: every request reaches every bucket (tests of the routing alone). */
    private RegionRouting regions;

    public S3Routes(String virtualHostSuffix) {
        this.virtualHostSuffix = virtualHostSuffix;
    }

    public S3Routes on(S3Operation operation, OperationHandler handler) {
        handlers.put(operation, handler);
        return this;
    }

    /** The S3 Control operations (Batch Operations jobs) served beside S3. */
    public S3Routes control(ControlRoutes controlRoutes) {
        this.controlRoutes = controlRoutes;
        return this;
    }

    /** Authentication and authorisation of every S3 and S3 Control request in secured mode. */
    public S3Routes access(AccessGate accessGate) {
        this.gate = accessGate;
        return this;
    }

    /** The wrong-region answer for buckets of another region than the request's signature ([R103]). */
    public S3Routes regions(RegionRouting regionRouting) {
        this.regions = regionRouting;
        return this;
    }

    /** The bearer token every admin call must carry (issue 12); null, the default, leaves the admin API open. */
    public S3Routes adminToken(String token) {
        this.adminToken = token;
        return this;
    }

    public Javalin build(String host, int port, EmulatorControl control) {
        return Javalin.create(config -> configure(config, host, port, control));
    }

    private void configure(JavalinConfig config, String host, int port, EmulatorControl control) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // "a/" and "a" are different keys, and "a//b" is a key of its own.
        config.router.ignoreTrailingSlashes = false;
        config.router.treatMultipleSlashesAsSingleSlash = false;
        config.http.generateEtags = false;
        // Bounds ctx.bodyAsBytes() only (small XML documents); object bodies are read as streams
        // and never pass through it, so a 5 GiB PutObject streams at any heap size.
        config.http.maxRequestSize = 64L << 20;
        config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
        config.jetty.host = host;
        config.jetty.port = port;
        config.jetty.modifyHttpConfiguration(http -> {
            // S3 keys may hold "//", "%2F", ".." and other things a web server would normalise away.
            http.setUriCompliance(UriCompliance.UNSAFE);
            // Header values are stored as sent: a case-insensitive field cache would turn a
            // Content-Type of "Text/Plain" into Jetty's cached "text/plain".
            http.setHeaderCacheCaseSensitive(true);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(JettyErrors.MAX_HEADER_SECTION);
            http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        });
        // What Jetty refuses before Javalin runs still gets an S3 error document ([R47]).
        JettyErrors jettyErrors = new JettyErrors();
        config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
        config.jetty.modifyServletContextHandler(h -> {
            h.getServletHandler().setDecodeAmbiguousURIs(true);
            h.setErrorHandler(jettyErrors);
        });
        config.routes.before(this::stampRequest);
        config.routes.before(this::refuseUnknownMethod);
        if (gate != null) {
            controlRoutes.guard(gate::admitControl);
        }
        AdminRoutes.register(config.routes, control, adminToken);
        Consumer<HandlerType> catchAll = type -> config.routes.addHttpHandler(type, "/*", this::dispatch);
        catchAll.accept(HandlerType.GET);
        catchAll.accept(HandlerType.PUT);
        catchAll.accept(HandlerType.POST);
        catchAll.accept(HandlerType.DELETE);
        catchAll.accept(HandlerType.HEAD);
        config.routes.exception(S3Exception.class, (e, ctx) -> {
            discardUnreadBody(ctx);
            ErrorResponses.render(ctx, e, requestId(ctx));
        });
        config.routes.exception(UncheckedIOException.class, (e, ctx) -> {
            LOG.debug("request body could not be read", e);
            // A body that stopped arriving is S3's RequestTimeout; one cut short, IncompleteBody [R50].
            S3ErrorCode code = timedOut(e) ? S3ErrorCode.REQUEST_TIMEOUT : S3ErrorCode.INCOMPLETE_BODY;
            ErrorResponses.render(ctx, S3Exception.of(code), requestId(ctx));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            discardUnreadBody(ctx);
            ErrorResponses.render(ctx, S3Exception.of(S3ErrorCode.INTERNAL_ERROR), requestId(ctx));
        });
    }

    /** A new x-amz-request-id: 16 upper-case hex digits, as S3's look. */
    static String newRequestId() {
        return HexFormat.of()
                .withUpperCase()
                .formatHex(longBytes(ThreadLocalRandom.current().nextLong()));
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A method S3 has no operation for (PATCH, TRACE, CONNECT, a lower-case "get", any other token)
     * is 405 MethodNotAllowed naming the method and the kind of resource, as S3 answers it [R49];
     * on an S3 Control path it goes to the S3 Control routes, which answer in their own document.
     */
    private void refuseUnknownMethod(Context ctx) {
        String method = ctx.req().getMethod();
        if (S3_METHODS.contains(method) || ctx.req().getRequestURI().startsWith(AdminRoutes.PREFIX)) {
            return;
        }
        if (ControlRoutes.addresses(ctx)) {
            ControlRoutes.refuseMethod(method, ctx.req().getRequestURI());
        }
        RequestTarget target = RequestTarget.resolve(ctx.req().getRequestURI(), ctx.header("Host"), virtualHostSuffix);
        String resource = target.bucket() == null ? "SERVICE" : target.key() == null ? "BUCKET" : "OBJECT";
        throw S3Exception.of(S3ErrorCode.METHOD_NOT_ALLOWED)
                .with("Method", method)
                .with("ResourceType", resource);
    }

    private void stampRequest(Context ctx) {
        String id = newRequestId();
        ctx.attribute(REQUEST_ID_ATTRIBUTE, id);
        ctx.header(S3Headers.REQUEST_ID, id);
        ctx.header(S3Headers.ID_2, id);
        ctx.header("Server", "AmazonS3");
    }

    /**
     * Reads and drops what is left of a request body before an error answers it (a PutObject to
     * a missing bucket fails before its body is read). Otherwise Jetty closes the connection on
     * a client still sending, which sees a broken pipe instead of the S3 error. A client that sent
     * {@code Expect: 100-continue} has not sent the body and will not once it gets the error.
     */
    private static void discardUnreadBody(Context ctx) {
        // CONNECT and the other methods S3 has none for have no body to drop: reading one would
        // wait for a tunnel's end, that is, hang [R49].
        if ("100-continue".equalsIgnoreCase(ctx.header("Expect"))
                || !S3_METHODS.contains(ctx.req().getMethod())) {
            return;
        }
        try {
            java.io.InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 << 10];
            long left = DISCARD_LIMIT;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
        } catch (java.io.IOException | IllegalStateException e) {
            LOG.debug("unread request body could not be discarded", e);
        }
    }

    private static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID_ATTRIBUTE);
        return id == null ? "0000000000000000" : id;
    }

    private static byte[] longBytes(long value) {
        return java.nio.ByteBuffer.allocate(8).putLong(value).array();
    }

    private void dispatch(Context ctx) {
        RequestTarget.requireWellFormedQuery(ctx.req().getQueryString());
        // Before the Host is read for a bucket: S3 Control clients send "<account>.<host>" ([R37]).
        if (ControlRoutes.addresses(ctx)) {
            controlRoutes.dispatch(ctx);
            return;
        }
        RequestTarget target = RequestTarget.resolve(ctx.req().getRequestURI(), ctx.header("Host"), virtualHostSuffix);
        S3Operation operation = OperationResolver.resolve(
                ctx.method().name(),
                target,
                ctx.queryParamMap()::containsKey,
                ctx.header(S3Headers.COPY_SOURCE) != null);
        OperationHandler handler = handlers.get(operation);
        if (handler == null) {
            throw S3Exception.of(S3ErrorCode.NOT_IMPLEMENTED);
        }
        if (regions != null) {
            regions.check(ctx, operation, target);
        }
        if (gate == null) {
            handler.handle(new S3Exchange(ctx, target));
        } else {
            gate.handle(ctx, operation, target, handler);
        }
    }
}

package dev.objectlock.emulator.http.control;

import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The S3 Control route table ([C.2]) and its dispatcher. S3 Control shares the emulator's
 * endpoint with S3 and is told apart by its path, before any bucket is looked for in the Host:
 * SDKs put the account id in front of the endpoint's host ({@code 123456789012.localhost:9000},
 * [C.1, R37]), which would otherwise read as a virtual-hosted bucket.
 *
 * <p>Which requests are S3 Control: those whose path starts {@code /v20180820/} and that either
 * carry {@code x-amz-account-id} (every S3 Control operation sends it; no S3 operation does) or
 * address {@code /v20180820/jobs} or below. A path-style request to a bucket that happens to be
 * named {@code v20180820} therefore still reaches S3, unless its key starts with {@code jobs}; that
 * bucket is reachable virtual-host style in every case.
 *
 * <p>Errors: a known path with another method is 405 MethodNotAllowed; any other
 * {@code /v20180820/} path is an S3 Control API the emulator does not serve, 501 NotImplemented,
 * as for S3 sub-resources it does not serve. Both in the nested S3 Control error document.
 */
public final class ControlRoutes {

    public static final String PREFIX = "/v20180820/";
    public static final String ACCOUNT_ID_HEADER = "x-amz-account-id";
    private static final String JOBS = PREFIX + "jobs";

    /** Handler of one operation. */
    @FunctionalInterface
    public interface ControlHandler {
        void handle(ControlExchange exchange);
    }

    /**
     * Checks a request before its handler runs (authentication, and authorisation of what the request
     * line decides, in secured mode) and answers what the caller may do, for the service to ask about
     * what the body and the job decide.
     */
    @FunctionalInterface
    public interface ControlGuard {
        RequestAccess admit(Context ctx, ControlOperation operation, String jobId);
    }

    private final Map<ControlOperation, ControlHandler> handlers = new EnumMap<>(ControlOperation.class);
    private ControlGuard guard = (ctx, operation, jobId) -> RequestAccess.UNRESTRICTED;

    /** The check every request passes before its handler; none by default. */
    public ControlRoutes guard(ControlGuard requestGuard) {
        this.guard = requestGuard;
        return this;
    }

    public ControlRoutes on(ControlOperation operation, ControlHandler handler) {
        handlers.put(operation, handler);
        return this;
    }

    /** Whether a request is S3 Control rather than S3 (see the class comment). */
    public static boolean addresses(String rawPath, String accountIdHeader) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            return false;
        }
        return accountIdHeader != null || rawPath.equals(JOBS) || rawPath.startsWith(JOBS + "/");
    }

    public static boolean addresses(Context ctx) {
        return addresses(ctx.req().getRequestURI(), ctx.header(ACCOUNT_ID_HEADER));
    }

    /** Runs the handler of the operation the request names; for a request {@link #addresses} accepted. */
    public void dispatch(Context ctx) {
        Route route = resolve(ctx.method().name(), ctx.req().getRequestURI());
        ControlHandler handler = handlers.get(route.operation());
        if (handler == null) {
            throw S3Exception.of(S3ErrorCode.NOT_IMPLEMENTED);
        }
        RequestAccess access = guard.admit(ctx, route.operation(), route.jobId());
        handler.handle(new ControlExchange(ctx, route.jobId(), access));
    }

    /**
     * Refuses a method S3 Control has no operation for, in any spelling: 405 on a job path, 501 on
     * a path the emulator does not serve, in the S3 Control error document ([R49]).
     */
    public static void refuseMethod(String method, String rawPath) {
        resolve(method, rawPath);
        throw methodNotAllowed(method);
    }

    /** An operation and the job id from its path (null for CreateJob and ListJobs). */
    record Route(ControlOperation operation, String jobId) {}

    /** The route table: (method, path shape) to operation, per botocore-s3c {@code requestUri}. */
    static Route resolve(String method, String rawPath) {
        String[] parts = rawPath.substring(PREFIX.length()).split("/", -1);
        if (!parts[0].equals("jobs") || parts.length > 3 || parts.length > 1 && parts[1].isEmpty()) {
            throw S3Exception.of(S3ErrorCode.NOT_IMPLEMENTED);
        }
        if (parts.length == 1) {
            return switch (method) {
                case "POST" -> new Route(ControlOperation.CREATE_JOB, null);
                case "GET" -> new Route(ControlOperation.LIST_JOBS, null);
                default -> throw methodNotAllowed(method);
            };
        }
        String jobId = decode(parts[1]);
        String sub = parts.length == 3 ? parts[2] : "";
        ControlOperation operation = switch (sub + " " + method) {
            case " GET" -> ControlOperation.DESCRIBE_JOB;
            case "status POST" -> ControlOperation.UPDATE_JOB_STATUS;
            case "priority POST" -> ControlOperation.UPDATE_JOB_PRIORITY;
            case "tagging PUT" -> ControlOperation.PUT_JOB_TAGGING;
            case "tagging GET" -> ControlOperation.GET_JOB_TAGGING;
            case "tagging DELETE" -> ControlOperation.DELETE_JOB_TAGGING;
            default -> null;
        };
        if (operation != null) {
            return new Route(operation, jobId);
        }
        if (sub.isEmpty() || sub.equals("status") || sub.equals("priority") || sub.equals("tagging")) {
            throw methodNotAllowed(method);
        }
        throw S3Exception.of(S3ErrorCode.NOT_IMPLEMENTED);
    }

    private static S3Exception methodNotAllowed(String method) {
        return S3Exception.of(S3ErrorCode.METHOD_NOT_ALLOWED).with("Method", method);
    }

    /** Job ids are {@code [a-zA-Z0-9-_]}; an encoded one is decoded, a badly encoded one kept as sent. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}

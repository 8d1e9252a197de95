package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Principal;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.Authorizer;
import dev.objectlock.emulator.domain.authorization.Caller;
import dev.objectlock.emulator.domain.authorization.ConfiguredIdentities;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.body.BodyCheck;
import dev.objectlock.emulator.http.control.ControlOperation;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Set;

/**
 * Secured mode at the door of every S3 and S3 Control request (issue 12). In open mode it only hands
 * the handler an exchange, exactly as before identities existed. In secured mode, in the order of
 * [P47]: authenticate ({@link RequestAuthenticator}), then, for the rows of the operation table the
 * request line and headers decide, the bucket checks and every action ({@link RequestAccess#authorize});
 * the rows whose keys are in the body are the services' to check, with the {@link RequestAccess} the
 * exchange carries. It also applies the two answers that depend on the caller's permissions: a missing
 * key as 403 without s3:ListBucket ([P37]), and the lock headers of GET and HEAD ([P39]).
 *
 * <p>Protocol plumbing only: what each operation needs, and every decision, is the domain's.
 */
public final class AccessGate {

    /** The only operations that take an aws-chunked body ([P22]). */
    private static final Set<S3Operation> STREAMING_OPERATIONS =
            Set.of(S3Operation.PUT_OBJECT, S3Operation.UPLOAD_PART);

    private final ConfiguredIdentities identities;
    private final RequestAuthenticator authenticator;
    private final Authorizer authorizer;

    public AccessGate(ConfiguredIdentities identities, RequestAuthenticator authenticator, Authorizer authorizer) {
        this.identities = identities;
        this.authenticator = authenticator;
        this.authorizer = authorizer;
    }

    /** Runs an S3 operation's handler, after authentication and authorisation in secured mode. */
    void handle(Context ctx, S3Operation operation, RequestTarget target, S3Routes.OperationHandler handler) {
        Identities current = identities.current().orElse(null);
        if (current == null) {
            handler.handle(new S3Exchange(ctx, target));
            return;
        }
        RequestAccess access = access(ctx, current, STREAMING_OPERATIONS.contains(operation));
        OperationAccess row = OperationAccess.of(operation.name());
        AccessRequest request = AccessFacts.describe(row, target, ctx);
        if (row.checkedBeforeTheHandler()) {
            access.authorize(request);
        }
        S3Exchange exchange = new S3Exchange(ctx, target, access, withheld(row, access, request));
        try {
            handler.handle(exchange);
        } catch (S3Exception e) {
            throw row.has(OperationAccess.Extra.MISSING_KEY_NEEDS_LIST) ? access.onMissingObject(request, e) : e;
        }
    }

    /**
     * Authenticates an S3 Control request and authorises the rows the request line decides (no bucket
     * policy applies); the others are the jobs service's, with the access returned. Unrestricted in open
     * mode.
     */
    public RequestAccess admitControl(Context ctx, ControlOperation operation, String jobId) {
        Identities current = identities.current().orElse(null);
        if (current == null) {
            return RequestAccess.UNRESTRICTED;
        }
        OperationAccess row = OperationAccess.of(operation.name());
        RequestAccess access = access(ctx, current, false);
        if (row.checkedBeforeTheHandler()) {
            access.authorize(jobId == null ? AccessRequest.account(row) : AccessRequest.job(row, jobId));
        }
        return access;
    }

    /**
     * @param streamingAllowed whether the operation takes an aws-chunked body; the others refuse
     *     a streaming x-amz-content-sha256 ([P22])
     */
    private RequestAccess access(Context ctx, Identities current, boolean streamingAllowed) {
        RequestAuthenticator.Authentication authentication =
                authenticator.authenticate(new JavalinRequest(ctx), current);
        // Whoever opens the body holds it to what the signature says of it.
        ctx.attribute(BodyCheck.ATTRIBUTE, authentication.body());
        Principal principal = authentication.principal();
        if (!streamingAllowed) {
            authentication.payload().refuseStreaming();
        }
        String authType = ctx.header("Authorization") != null
                ? Caller.REST_HEADER
                : ctx.queryParamMap().containsKey("X-Amz-Credential") ? Caller.REST_QUERY_STRING : null;
        return authorizer.forCaller(
                current, new Caller(principal, ctx.ip(), authType, ctx.header("x-amz-content-sha256")));
    }

    /** The lower-case names of the lock headers this caller may not see ([P39]). */
    private static Set<String> withheld(OperationAccess row, RequestAccess access, AccessRequest request) {
        if (!row.has(OperationAccess.Extra.LOCK_HEADERS_NEED_READ)) {
            return Set.of();
        }
        RequestAccess.LockVisibility visible = access.lockVisibility(request);
        Set<String> hidden = new HashSet<>(4);
        if (!visible.retention()) {
            hidden.add(S3Headers.OBJECT_LOCK_MODE);
            hidden.add(S3Headers.OBJECT_LOCK_RETAIN_UNTIL_DATE);
        }
        if (!visible.legalHold()) {
            hidden.add(S3Headers.OBJECT_LOCK_LEGAL_HOLD);
        }
        return hidden;
    }
}

package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.OperationAccess.Extra;
import io.javalin.http.Context;
import java.util.List;

/**
 * Reads, from the request line and headers, the values the operation table asks about for a row
 * (which ones is the row's business): the versionId, the copy source, the bypass header, the lock
 * and tagging headers, CreateBucket's lock header and the listing parameters. Values are passed as
 * sent, except the two booleans, parsed as strictly as their handlers parse them.
 */
final class AccessFacts {

    private static final String BUCKET_OBJECT_LOCK = "x-amz-bucket-object-lock-enabled";

    private AccessFacts() {}

    static AccessRequest describe(OperationAccess row, RequestTarget target, Context ctx) {
        AccessRequest request = AccessRequest.of(row, target.bucket(), target.key(), query(ctx, "versionId"));
        if (row.has(Extra.COPY_SOURCE)) {
            CopySource source = CopySource.parse(ctx.header(S3Headers.COPY_SOURCE));
            request = request.withCopySource(source.bucket(), source.key(), source.versionId());
        }
        if (row.has(Extra.BYPASS)) {
            request = request.withBypass(
                    S3Headers.parseBoolean(S3Headers.BYPASS_GOVERNANCE, ctx.header(S3Headers.BYPASS_GOVERNANCE)));
        }
        if (row.has(Extra.WRITE_HEADERS)) {
            request = request.withLock(new AccessRequest.LockValues(
                            ctx.header(S3Headers.OBJECT_LOCK_MODE),
                            ctx.header(S3Headers.OBJECT_LOCK_RETAIN_UNTIL_DATE),
                            ctx.header(S3Headers.OBJECT_LOCK_LEGAL_HOLD)))
                    .withTagging(ctx.header(S3Headers.TAGGING) != null);
        }
        if (row.has(Extra.BUCKET_LOCK_HEADER)) {
            request = request.withBucketObjectLock(
                    Boolean.TRUE.equals(S3Headers.parseBoolean(BUCKET_OBJECT_LOCK, ctx.header(BUCKET_OBJECT_LOCK))));
        }
        if (row.has(Extra.LISTING_KEYS)) {
            request = request.withListing(
                    new AccessRequest.Listing(query(ctx, "prefix"), query(ctx, "delimiter"), query(ctx, "max-keys")));
        }
        return request;
    }

    private static String query(Context ctx, String name) {
        List<String> values = ctx.queryParamMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

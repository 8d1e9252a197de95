package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.http.auth.SigningRegion;
import dev.objectlock.emulator.http.body.BodyCheck;
import dev.objectlock.emulator.http.xml.XmlCodec;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;

/**
 * One S3 request as handlers see it: its target, parameters, what its caller may do (for the services
 * that check permissions themselves) and a way to answer.
 */
public final class S3Exchange {

    private static final int STREAM_BUFFER_BYTES = 1 << 16;

    private final Context ctx;
    private final RequestTarget target;
    private final RequestAccess access;
    /** Lower-case names of response headers this caller may not see ([P39]); empty in open mode. */
    private final Set<String> withheldHeaders;

    /** An exchange in open mode: everything allowed. */
    S3Exchange(Context ctx, RequestTarget target) {
        this(ctx, target, RequestAccess.UNRESTRICTED, Set.of());
    }

    S3Exchange(Context ctx, RequestTarget target, RequestAccess access, Set<String> withheldHeaders) {
        this.ctx = ctx;
        this.target = target;
        this.access = access;
        this.withheldHeaders = withheldHeaders;
    }

    /** What the caller may do, for the services that check the rows whose keys are in the body. */
    public RequestAccess access() {
        return access;
    }

    public String bucket() {
        return target.bucket();
    }

    public String key() {
        return target.key();
    }

    public String method() {
        return ctx.method().name();
    }

    /**
     * The region the request was signed for, which plays the regional endpoint it was sent to
     * ([R100]); null when it names none (unsigned, SigV2, or a scope that does not parse).
     */
    public String signingRegion() {
        return RegionRouting.signingRegion(ctx).map(SigningRegion::region).orElse(null);
    }

    public String header(String name) {
        return ctx.header(name);
    }

    /** A query parameter's value; null when absent, "" when present without a value. */
    public String query(String name) {
        List<String> values = ctx.queryParamMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** An integer query parameter, or {@code absent} when it is not sent; anything else is InvalidArgument. */
    public int intQuery(String name, int absent) {
        String raw = query(name);
        if (raw == null) {
            return absent;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw S3Exception.invalidArgument(
                    "Provided " + name + " not an integer or within integer range", name, raw);
        }
    }

    public boolean hasQuery(String name) {
        return ctx.queryParamMap().containsKey(name);
    }

    /** What secured mode holds the body to ({@link AccessGate}); nothing in open mode. */
    public BodyCheck bodyCheck() {
        BodyCheck check = ctx.attribute(BodyCheck.ATTRIBUTE);
        return check == null ? BodyCheck.NONE : check;
    }

    /**
     * The request body, opened on first read. Jetty answers {@code Expect: 100-continue} as soon as
     * the servlet input stream is fetched, so fetching it lazily lets a request that fails its
     * checks first (no such bucket, bad headers) be refused before the client sends the body, as
     * S3 does.
     */
    public InputStream body() {
        return new InputStream() {
            private InputStream in;

            private InputStream in() throws IOException {
                if (in == null) {
                    in = ctx.req().getInputStream();
                }
                return in;
            }

            @Override
            public int read() throws IOException {
                return in().read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return in().read(b, off, len);
            }

            @Override
            public int available() throws IOException {
                return in == null ? 0 : in.available();
            }

            @Override
            public void close() throws IOException {
                if (in != null) {
                    in.close();
                }
            }
        };
    }

    /** The whole body of a small XML request; an empty body is MissingRequestBodyError... or a caller default. */
    public byte[] smallBody() {
        try {
            return ctx.req().getInputStream().readNBytes(1 << 20);
        } catch (IOException e) {
            throw S3Exception.of(S3ErrorCode.INCOMPLETE_BODY);
        }
    }

    /** {@code x-amz-meta-*} headers with the prefix removed, names lower-cased as S3 stores them. */
    public Map<String, String> userMetadata() {
        Map<String, String> meta = new LinkedHashMap<>();
        ctx.headerMap().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(S3Headers.META_PREFIX)) {
                meta.put(lower.substring(S3Headers.META_PREFIX.length()), value);
            }
        });
        return meta;
    }

    public Conditions conditions(String prefix) {
        return new Conditions(
                header(prefix + "If-Match"),
                header(prefix + "If-None-Match"),
                S3Headers.parseHttpDate(header(prefix + "If-Modified-Since")),
                S3Headers.parseHttpDate(header(prefix + "If-Unmodified-Since")));
    }

    public S3Exchange responseHeader(String name, String value) {
        if (value != null && shown(name)) {
            ctx.header(name, value);
        }
        return this;
    }

    private boolean shown(String header) {
        return withheldHeaders.isEmpty() || !withheldHeaders.contains(header.toLowerCase(Locale.ROOT));
    }

    public void xml(Object record) {
        byte[] body = XmlCodec.write(record);
        ctx.status(200).contentType("application/xml");
        ctx.result(body);
    }

    public void empty(int status) {
        ctx.status(status);
        ctx.res().setContentLength(0);
        ctx.res().setContentType(null);
    }

    /**
     * S3 returns an object's Content-Type exactly as it was stored. The servlet layer rewrites
     * values it recognises ("Text/Plain; charset=UTF-8" becomes "text/plain;charset=utf-8"), so
     * the header goes straight into Jetty's own response fields.
     */
    private void storedContentType(String contentType) {
        if (ctx.res() instanceof ServletApiResponse servlet) {
            Response.getOriginalResponse(servlet.getResponse()).getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        } else {
            ctx.res().setHeader("Content-Type", contentType);
        }
    }

    /**
     * Sends {@code length} bytes of an already opened body (null for HEAD, which sends headers
     * only). The body is always closed.
     */
    public void stream(int status, String contentType, long length, InputStream body) {
        try (InputStream in = body) {
            ctx.status(status);
            storedContentType(contentType);
            ctx.res().setContentLengthLong(length);
            if (in == null) {
                return;
            }
            OutputStream out = ctx.res().getOutputStream();
            // 64 KiB writes go straight to the socket; transferTo's 8 KiB ones are copied into
            // Jetty's aggregation buffer first. Never more than one buffer of the body in memory.
            byte[] buffer = new byte[STREAM_BUFFER_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

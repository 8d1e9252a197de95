package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.control.ControlRoutes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before a request reaches Javalin (a header section over the limit, a
 * request line or URI it cannot parse, a control character in a header), as an S3 error document
 * with a request id, instead of Jetty's HTML page or empty body ([R47], [R48], [R49]). Jetty has
 * set the status it means; this picks the S3 error for it.
 */
final class JettyErrors extends ErrorHandler {

    /** The path Jetty gives a request whose request line it could not parse. */
    private static final String BAD_MESSAGE_PATH = "/badMessage";

    /** Jetty's limit on the request line and headers, which is also S3's ([R48]). */
    static final int MAX_HEADER_SECTION = 8192;

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = rawPath(request);
        S3Exception error = errorFor(
                response.getStatus(),
                (Throwable) request.getAttribute(ERROR_EXCEPTION),
                (String) request.getAttribute(ERROR_MESSAGE),
                BAD_MESSAGE_PATH.equals(path));
        boolean control = ControlRoutes.addresses(path, request.getHeaders().get(ControlRoutes.ACCOUNT_ID_HEADER));
        String id = S3Routes.newRequestId();
        response.setStatus(error.code().httpStatus());
        response.getHeaders().put(S3Headers.REQUEST_ID, id);
        response.getHeaders().put(S3Headers.ID_2, id);
        response.getHeaders().put(HttpHeader.SERVER, "AmazonS3");
        if ("HEAD".equals(request.getMethod())) {
            response.write(true, null, callback);
            return true;
        }
        String body = control ? ErrorResponses.controlDocument(error, id) : ErrorResponses.document(error, id);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/xml");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /**
     * The S3 error for what Jetty refused; package-private for the table test.
     *
     * @param requestLineUnread Jetty could not read the request line (its URI or method), so the
     *     request it reports carries a placeholder path
     */
    static S3Exception errorFor(int status, Throwable cause, String reason, boolean requestLineUnread) {
        StringBuilder text = new StringBuilder(reason == null ? "" : reason);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            text.append(' ').append(t.getClass().getSimpleName()).append(' ').append(t.getMessage());
        }
        String why = text.toString().toLowerCase(Locale.ROOT);
        if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 || status == HttpStatus.URI_TOO_LONG_414) {
            // [R48]: S3 counts the request line and the headers against one 8 KiB limit.
            return S3Exception.of(S3ErrorCode.REQUEST_HEADER_SECTION_TOO_LARGE)
                    .with("MaxSizeAllowed", Integer.toString(MAX_HEADER_SECTION));
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED_405 || status == HttpStatus.NOT_IMPLEMENTED_501) {
            return S3Exception.of(S3ErrorCode.METHOD_NOT_ALLOWED);
        }
        if (status == HttpStatus.REQUEST_TIMEOUT_408) {
            return S3Exception.of(S3ErrorCode.REQUEST_TIMEOUT);
        }
        if (status == HttpStatus.BAD_REQUEST_400 && requestLineUnread
                || why.contains("uri")
                || why.contains("path")
                || why.contains("numberformat")) {
            return S3Exception.of(S3ErrorCode.INVALID_URI);
        }
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            return S3Exception.of(S3ErrorCode.BAD_REQUEST);
        }
        if (status >= 500) {
            return S3Exception.of(S3ErrorCode.INTERNAL_ERROR);
        }
        // [K19]: any other request Jetty cannot parse (a control character in a header, a bad
        // Content-Length, an HTTP version it does not speak).
        return S3Exception.of(S3ErrorCode.BAD_REQUEST);
    }

    private static String rawPath(Request request) {
        try {
            return request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.control.ControlRoutes;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one renderer of errors: status, the document and the headers some errors carry. S3 requests
 * get the flat {@code <Error>} document ([0.1]), S3 Control requests ({@code /v20180820/...})
 * the nested {@code <ErrorResponse><Error>} one ([0.2]). HEAD responses and 304 never have a body.
 */
public final class ErrorResponses {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private ErrorResponses() {}

    public static void render(Context ctx, S3Exception error, String requestId) {
        boolean control = ControlRoutes.addresses(ctx);
        S3Exception e = control ? asControlError(error) : error;
        ctx.status(e.code().httpStatus());
        e.deleteMarker().ifPresent(marker -> {
            ctx.header(S3Headers.DELETE_MARKER, "true");
            ctx.header(S3Headers.VERSION_ID, marker.versionId());
            if (marker.allowedMethod() != null) {
                ctx.header("Allow", marker.allowedMethod());
                ctx.header("Last-Modified", S3Headers.httpDate(marker.lastModified()));
            }
        });
        if (e.code() == S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED) {
            // The wrong-region refusal names the expected region in a header too ([P16]).
            e.details().stream()
                    .filter(d -> d.name().equals("Region"))
                    .findFirst()
                    .ifPresent(region -> ctx.header(S3Headers.BUCKET_REGION, region.value()));
        }
        if (ctx.method().name().equals("HEAD") || e.code() == S3ErrorCode.NOT_MODIFIED) {
            ctx.res().setContentLength(0);
            ctx.result(new byte[0]);
            return;
        }
        ctx.contentType("application/xml");
        // The declaration says UTF-8, so the bytes must be UTF-8 whatever the Content-Type default.
        ctx.result((control ? controlDocument(e, requestId) : document(e, requestId)).getBytes(StandardCharsets.UTF_8));
    }

    /** S3 Control's model names its internal error InternalServiceException (botocore-s3c); the rest keep their code. */
    static S3Exception asControlError(S3Exception e) {
        return e.code() == S3ErrorCode.INTERNAL_ERROR ? S3Exception.of(S3ErrorCode.INTERNAL_SERVICE_EXCEPTION) : e;
    }

    static String document(S3Exception e, String requestId) {
        return xml(w -> writeError(w, e, requestId, true));
    }

    /**
     * The S3 Control error document ([0.2]): Code, Message and any extra elements inside
     * {@code <Error>}, RequestId and HostId beside it; no namespace, as for S3.
     */
    static String controlDocument(S3Exception e, String requestId) {
        return xml(w -> {
            w.writeStartElement("ErrorResponse");
            writeError(w, e, requestId, false);
            writeIds(w, requestId);
            w.writeEndElement();
        });
    }

    /** {@code <Error>}: Code, Message, the error's details and, for S3, RequestId and HostId too. */
    private static void writeError(XMLStreamWriter w, S3Exception e, String requestId, boolean idsInside)
            throws XMLStreamException {
        w.writeStartElement("Error");
        element(w, "Code", e.code().code());
        element(w, "Message", e.getMessage());
        for (S3Exception.Detail d : e.details()) {
            element(w, d.name(), d.value());
        }
        if (idsInside) {
            writeIds(w, requestId);
        }
        w.writeEndElement();
    }

    private static void writeIds(XMLStreamWriter w, String requestId) throws XMLStreamException {
        element(w, "RequestId", requestId);
        element(w, "HostId", requestId);
    }

    @FunctionalInterface
    private interface XmlWriting {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    /** An XML declaration and what {@code body} writes, as a string. */
    private static String xml(XmlWriting body) {
        StringWriter out = new StringWriter();
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            body.write(w);
            w.close();
        } catch (XMLStreamException x) {
            throw new IllegalStateException("writing to a string cannot fail", x);
        }
        return out.toString();
    }

    /**
     * The value with each character XML 1.0 cannot carry (NUL and the other C0 controls but tab,
     * line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) replaced by U+FFFD, so an
     * error that echoes a malformed argument is still a document a client can read [R51].
     */
    static String xmlText(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE;
            if (!ok && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : '\uFFFD');
            }
        }
        return out == null ? value : out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        if (value != null) {
            w.writeCharacters(xmlText(value));
        }
        w.writeEndElement();
    }
}

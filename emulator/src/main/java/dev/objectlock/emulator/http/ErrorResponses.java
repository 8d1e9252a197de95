package dev.objectlock.emulator.http;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import io.javalin.http.Context;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The one renderer of S3 errors: status, the flat {@code <Error>} document (spec 0.1) and the
 * headers some errors carry. HEAD responses and 304 never have a body.
 */
public final class ErrorResponses {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private ErrorResponses() {
    }

    public static void render(Context ctx, S3Exception e, String requestId) {
        ctx.status(e.code().httpStatus());
        e.deleteMarker().ifPresent(marker -> {
            ctx.header(S3Headers.DELETE_MARKER, "true");
            ctx.header(S3Headers.VERSION_ID, marker.versionId());
            if (marker.allowedMethod() != null) {
                ctx.header("Allow", marker.allowedMethod());
                ctx.header("Last-Modified", S3Headers.httpDate(marker.lastModified()));
            }
        });
        if (ctx.method().name().equals("HEAD") || e.code() == S3ErrorCode.NOT_MODIFIED) {
            ctx.res().setContentLength(0);
            ctx.result(new byte[0]);
            return;
        }
        ctx.contentType("application/xml");
        ctx.result(document(e, requestId));
    }

    static String document(S3Exception e, String requestId) {
        StringWriter out = new StringWriter();
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartElement("Error");
            element(w, "Code", e.code().code());
            element(w, "Message", e.getMessage());
            for (S3Exception.Detail d : e.details()) {
                element(w, d.name(), d.value());
            }
            element(w, "RequestId", requestId);
            element(w, "HostId", requestId);
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException x) {
            throw new IllegalStateException("writing to a string cannot fail", x);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        if (value != null) {
            w.writeCharacters(value);
        }
        w.writeEndElement();
    }
}

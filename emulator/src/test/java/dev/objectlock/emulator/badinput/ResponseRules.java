package dev.objectlock.emulator.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules every answer to a malformed request keeps (issue 14): no 5xx but 501 NotImplemented; a
 * refusal is an S3 error document ({@code <Error>}, or {@code <ErrorResponse>} for S3 Control)
 * with a Code and a Message, or the admin API's JSON error; x-amz-request-id on every answer; an
 * answer at all, in time.
 */
final class ResponseRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseRules() {}

    /** Null when the answer keeps the rules, else what it breaks. */
    static String violation(RawRequest request, RawHttp.RawResponse response) {
        if (response.failure() != null) {
            return response.failure();
        }
        int status = response.status();
        if (response.header("x-amz-request-id") == null) {
            return status + " without x-amz-request-id";
        }
        if (status < 300 || status == 304 || request.head()) {
            return status >= 500 && status != 501 ? "status " + status : null;
        }
        String code;
        try {
            code = switch (request.expected()) {
                case S3 -> errorCode(response, "Error");
                case CONTROL -> controlErrorCode(response);
                case ADMIN -> adminError(response);
            };
        } catch (Exception e) {
            return status + " with a body that is not the expected error document: " + e.getMessage() + " :: "
                    + abbreviate(response.bodyText());
        }
        if (status >= 500 && !(status == 501 && "NotImplemented".equals(code))) {
            return "status " + status + " " + code;
        }
        return null;
    }

    private static String errorCode(RawHttp.RawResponse response, String root) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element element = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body()))
                .getDocumentElement();
        if (!element.getTagName().equals(root)) {
            throw new IllegalStateException("root " + element.getTagName() + ", expected " + root);
        }
        Element error = root.equals("Error") ? element : child(element, "Error");
        String code = text(child(error, "Code"));
        String message = text(child(error, "Message"));
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalStateException("empty Code or Message");
        }
        return code;
    }

    /**
     * S3 Control's nested document; or S3's, for a request whose request line Jetty could not read, so
     * that its path is unknown when the error is written [K19].
     */
    private static String controlErrorCode(RawHttp.RawResponse response) throws Exception {
        try {
            return errorCode(response, "ErrorResponse");
        } catch (IllegalStateException e) {
            String code = errorCode(response, "Error");
            if (!code.equals("InvalidURI") && !code.equals("BadRequest")) {
                throw e;
            }
            return code;
        }
    }

    private static String adminError(RawHttp.RawResponse response) throws Exception {
        JsonNode node = JSON.readTree(response.body());
        if (node == null || !node.path("error").isTextual()) {
            throw new IllegalStateException("no \"error\" in the admin answer");
        }
        return "admin";
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element e) {
        return e.getTextContent();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}

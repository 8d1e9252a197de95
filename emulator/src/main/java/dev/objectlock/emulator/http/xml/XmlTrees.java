package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The request bodies read as a tree rather than into records, because an empty element must stay
 * apart from a missing one ([R16]) or because the domain value is built by hand: reading the tree
 * and its values, with MalformedXML for anything that is not the schema's. Public only so that
 * {@code ArchitectureTest} can name it beside {@link XmlCodec}.
 */
public final class XmlTrees {

    private XmlTrees() {}

    /** The body's root element as a tree; MalformedXML when it is no XML element with content. */
    static JsonNode root(byte[] body) {
        JsonNode root;
        try {
            root = XmlCodec.mapper().readTree(body);
        } catch (IOException e) {
            throw S3Exception.malformedXml();
        }
        if (root == null || !root.isObject()) {
            throw S3Exception.malformedXml();
        }
        return root;
    }

    /** A repeated element reads as an array, a single one as itself; a missing one as none. */
    static List<JsonNode> all(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            node.forEach(out::add);
            return out;
        }
        return List.of(node);
    }

    /** An element's text, or null when it is missing or has child elements. */
    static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }

    /** An element's integer, or null when it is missing; MalformedXML when it is not a number. */
    static Integer integer(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw S3Exception.malformedXml();
        }
    }
}

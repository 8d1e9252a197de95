package dev.objectlock.emulator.http.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Semantic XML comparison for golden-file tests, on the JDK's DOM parser: both documents are
 * parsed and compared element by element (namespace URI, local name, attributes, order of
 * child elements, text). Formatting whitespace between elements, comments, the XML
 * declaration and namespace prefixes do not matter; the text of leaf elements does, exactly.
 * An empty element and an element with empty content ({@code <Prefix/>}, {@code <Prefix></Prefix>})
 * are the same document.
 */
public final class XmlAssert {

    /** The namespace of every element of an S3 request or response body ([0.3]). */
    public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    /** The namespace of every element of an S3 Control request or response body ([0.3]). */
    public static final String S3_CONTROL_NAMESPACE = "http://awss3control.amazonaws.com/doc/2018-08-20/";

    private XmlAssert() {}

    /** A golden file from {@code src/test/resources/xml/<name>.xml}. */
    public static String golden(String name) {
        String path = "/xml/" + name + ".xml";
        try (InputStream in = XmlAssert.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails, naming the first difference by its path, unless both documents are the same XML. */
    public static void assertSameXml(String actual, String expected) {
        Element a = parse(actual).getDocumentElement();
        Element e = parse(expected).getDocumentElement();
        List<String> differences = new ArrayList<>();
        compare(a, e, "/" + e.getLocalName(), differences);
        if (!differences.isEmpty()) {
            fail(
                    "XML differs from the golden document:%n  %s%n--- actual ---%n%s%n--- expected ---%n%s",
                    String.join("\n  ", differences), actual, expected);
        }
    }

    /**
     * Every element is in the S3 namespace and no element undeclares it ({@code xmlns=""}, which
     * Jackson writes on children of a namespaced root unless told otherwise). [0.3].
     */
    public static void assertS3Namespaced(String xml) {
        assertNamespaced(xml, S3_NAMESPACE);
    }

    /** As {@link #assertS3Namespaced}, for S3 Control documents. */
    public static void assertS3ControlNamespaced(String xml) {
        assertNamespaced(xml, S3_CONTROL_NAMESPACE);
    }

    private static void assertNamespaced(String xml, String namespace) {
        assertThat(xml).as("a response must never reset the default namespace").doesNotContain("xmlns=\"\"");
        List<String> outside = new ArrayList<>();
        collectOutsideNamespace(parse(xml).getDocumentElement(), "", namespace, outside);
        assertThat(outside).as("elements outside %s", namespace).isEmpty();
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setCoalescing(true);
            factory.setIgnoringComments(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static void compare(Element actual, Element expected, String path, List<String> differences) {
        if (!Objects.equals(actual.getNamespaceURI(), expected.getNamespaceURI())) {
            differences.add(
                    path + ": namespace " + actual.getNamespaceURI() + ", expected " + expected.getNamespaceURI());
        }
        if (!actual.getLocalName().equals(expected.getLocalName())) {
            differences.add(
                    path + ": element <" + actual.getLocalName() + ">, expected <" + expected.getLocalName() + ">");
            return;
        }
        Map<String, String> actualAttributes = attributes(actual);
        Map<String, String> expectedAttributes = attributes(expected);
        if (!actualAttributes.equals(expectedAttributes)) {
            differences.add(path + ": attributes " + actualAttributes + ", expected " + expectedAttributes);
        }
        List<Element> actualChildren = children(actual);
        List<Element> expectedChildren = children(expected);
        if (actualChildren.isEmpty() && expectedChildren.isEmpty()) {
            if (!actual.getTextContent().equals(expected.getTextContent())) {
                differences.add(path + ": text '" + actual.getTextContent() + "', expected '"
                        + expected.getTextContent() + "'");
            }
            return;
        }
        String actualText = ownText(actual);
        String expectedText = ownText(expected);
        if (!actualText.equals(expectedText)) {
            differences.add(path + ": mixed text '" + actualText + "', expected '" + expectedText + "'");
        }
        int common = Math.min(actualChildren.size(), expectedChildren.size());
        for (int i = 0; i < common; i++) {
            Element e = expectedChildren.get(i);
            compare(actualChildren.get(i), e, path + "/" + e.getLocalName() + "[" + (i + 1) + "]", differences);
        }
        for (int i = common; i < expectedChildren.size(); i++) {
            differences.add(path + ": missing <" + expectedChildren.get(i).getLocalName() + "> at position " + (i + 1));
        }
        for (int i = common; i < actualChildren.size(); i++) {
            differences.add(
                    path + ": unexpected <" + actualChildren.get(i).getLocalName() + "> at position " + (i + 1));
        }
    }

    private static List<Element> children(Element element) {
        List<Element> result = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                result.add(child);
            }
        }
        return result;
    }

    /** Non-whitespace text directly inside an element that also has child elements. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    /** Attributes other than namespace declarations, keyed by {namespace}name. */
    private static Map<String, String> attributes(Element element) {
        Map<String, String> result = new TreeMap<>();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr a = (Attr) all.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            String ns = a.getNamespaceURI() == null ? "" : "{" + a.getNamespaceURI() + "}";
            result.put(ns + a.getLocalName(), a.getValue());
        }
        return result;
    }

    private static void collectOutsideNamespace(
            Element element, String parentPath, String namespace, List<String> outside) {
        String path = parentPath + "/" + element.getLocalName();
        if (!namespace.equals(element.getNamespaceURI())) {
            outside.add(path + " in " + element.getNamespaceURI());
        }
        for (Element child : children(element)) {
            collectOutsideNamespace(child, path, namespace, outside);
        }
    }
}

package dev.objectlock.emulator.http.xml;

import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a request body must be before Jackson reads it, because Jackson would otherwise guess: no
 * DTD and so no entities ([R53]); a root element in the document's namespace or in none ([R54]);
 * no text beside child elements. For the documents that change a lock ({@code strict} names), also
 * no element the schema does not have and none twice under one parent ([R55]): read leniently, a
 * second {@code <Mode>} or a misspelt element would turn a malformed request into a valid one that
 * weakens a protected version. Every fault is MalformedXML.
 */
public final class XmlShape {

    private static final XMLInputFactory FACTORY = createFactory();

    private XmlShape() {}

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** The element names a document may hold below its root, and which of them may repeat under one parent. */
    record Schema(Set<String> names, Set<String> repeatable) {}

    /** One open element: whether it holds text, child elements, and which names its children had. */
    private static final class Open {
        boolean text;
        boolean children;
        final Set<String> names = new HashSet<>();
    }

    /**
     * @param root      the root element's local name; null for any
     * @param namespace the document's namespace (a root without one is accepted too, [0.3])
     * @param strict    the only element names allowed below the root, each once per parent; null
     *                  for documents with lists or elements the emulator does not model
     */
    static void check(byte[] body, String root, String namespace, Schema strict) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                walk(reader, root, namespace, strict);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof S3Exception s3) {
                throw s3;
            }
            throw S3Exception.malformedXml();
        }
    }

    private static void walk(XMLStreamReader reader, String root, String namespace, Schema strict)
            throws XMLStreamException {
        Deque<Open> open = new ArrayDeque<>();
        boolean rootSeen = false;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw S3Exception.malformedXml();
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (open.isEmpty()) {
                        String ns = reader.getNamespaceURI();
                        boolean wrongNamespace = ns != null && !ns.isEmpty() && !ns.equals(namespace);
                        if (rootSeen || wrongNamespace || root != null && !root.equals(name)) {
                            throw S3Exception.malformedXml();
                        }
                        rootSeen = true;
                    } else {
                        Open parent = open.peek();
                        boolean unknown = strict != null
                                && (!strict.names().contains(name)
                                        || !parent.names.add(name)
                                                && !strict.repeatable().contains(name));
                        if (parent.text || unknown) {
                            throw S3Exception.malformedXml();
                        }
                        parent.children = true;
                    }
                    open.push(new Open());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!reader.isWhiteSpace() && !open.isEmpty()) {
                        Open current = open.peek();
                        if (current.children) {
                            throw S3Exception.malformedXml();
                        }
                        current.text = true;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                    // comments, processing instructions and whitespace carry nothing
                }
            }
        }
        if (!rootSeen) {
            throw S3Exception.malformedXml();
        }
    }
}

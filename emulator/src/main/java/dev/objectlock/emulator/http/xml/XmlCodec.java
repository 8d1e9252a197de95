package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.dataformat.xml.JacksonXmlAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one configured XmlMapper. Lists are unwrapped by default because S3 repeats elements
 * ({@code <Version>}, {@code <Object>}) directly under their parent; wrapped lists say so.
 */
public final class XmlCodec {

    public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    /** The namespace of S3 Control request and response bodies ([0.3]). */
    public static final String S3_CONTROL_NAMESPACE = "http://awss3control.amazonaws.com/doc/2018-08-20/";

    /** ISO-8601 with milliseconds and Z, as AWS writes dates in XML bodies ([0.4]). */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final XmlMapper MAPPER = createMapper();

    private XmlCodec() {}

    private static XmlMapper createMapper() {
        XmlMapper mapper = XmlMapper.builder()
                .defaultUseWrapper(false)
                .annotationIntrospector(new DocumentNamespaceIntrospector())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new JavaTimeModule())
                .build();
        return mapper;
    }

    public static XmlMapper mapper() {
        return MAPPER;
    }

    /** Serialises a response document with the declaration AWS writes. */
    public static byte[] write(Object value) {
        try {
            return (DECLARATION + MAPPER.writeValueAsString(value)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a request body; anything that is not the expected document is MalformedXML,
     * including a well-formed document under another root element (Jackson alone would map
     * {@code <Foo><Status>Enabled</Status></Foo>} onto any record with a Status property, where
     * S3 validates the body against its schema).
     */
    public static <T> T read(InputStream body, Class<T> type) {
        try {
            byte[] bytes = body.readAllBytes();
            checkShape(bytes, type);
            XMLStreamReader reader =
                    MAPPER.getFactory().getXMLInputFactory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return readDocument(reader, type);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (e instanceof S3Exception s3) {
                throw s3;
            }
            throw S3Exception.malformedXml();
        }
    }

    /**
     * The element names the documents that change or remove a locked version may hold, each once per parent unless it is a list ([R55]);
     * every other document is only held to its root and namespace.
     */
    private static final Map<Class<?>, XmlShape.Schema> STRICT = Map.of(
            RetentionXml.class, new XmlShape.Schema(Set.of("Mode", "RetainUntilDate"), Set.of()),
            LegalHoldXml.class, new XmlShape.Schema(Set.of("Status"), Set.of()),
            ObjectLockConfigurationXml.class,
                    new XmlShape.Schema(
                            Set.of("ObjectLockEnabled", "Rule", "DefaultRetention", "Mode", "Days", "Years"), Set.of()),
            VersioningConfigurationXml.class, new XmlShape.Schema(Set.of("Status", "MfaDelete"), Set.of()),
            // The ObjectIdentifier of the S3 model: a second <Key> or <VersionId> would pick another version.
            DeleteXml.class,
                    new XmlShape.Schema(
                            Set.of("Object", "Key", "VersionId", "Quiet", "ETag", "LastModifiedTime", "Size"),
                            Set.of("Object")));

    /** The checks of {@link XmlShape} for a body meant to be a {@code type} document. */
    public static void checkShape(byte[] body, Class<?> type) {
        JacksonXmlRootElement root = type.getAnnotation(JacksonXmlRootElement.class);
        String name = root == null || root.localName().isEmpty() ? null : root.localName();
        String namespace = type.isAnnotationPresent(S3ControlXml.class)
                ? S3_CONTROL_NAMESPACE
                : root != null && !root.namespace().isEmpty() ? root.namespace() : S3_NAMESPACE;
        XmlShape.check(body, name, namespace, STRICT.get(type));
    }

    /**
     * True for a well-formed {@code type} document whose root element has no children and no text
     * (another root or namespace is not an empty {@code type} document).
     */
    public static boolean isEmptyDocument(byte[] body, Class<?> type) {
        try {
            checkShape(body, type);
        } catch (S3Exception e) {
            return false;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = MAPPER.readTree(body);
            return node == null
                    || node.isEmpty() && (node.isObject() || node.asText().isBlank());
        } catch (IOException e) {
            return false;
        }
    }

    public static <T> T read(byte[] body, Class<T> type) {
        return read(new ByteArrayInputStream(body), type);
    }

    private static <T> T readDocument(XMLStreamReader reader, Class<T> type) throws XMLStreamException, IOException {
        reader.nextTag(); // the root element; fails on an empty body or text before it
        JacksonXmlRootElement root = type.getAnnotation(JacksonXmlRootElement.class);
        if (root != null && !root.localName().isEmpty() && !root.localName().equals(reader.getLocalName())) {
            throw S3Exception.malformedXml();
        }
        T value = MAPPER.readValue(reader, type);
        if (value == null) {
            throw S3Exception.malformedXml();
        }
        while (reader.hasNext()) {
            reader.next(); // the rest must be well-formed too: a second root element is an error
        }
        return value;
    }

    /**
     * Puts every element without an explicit namespace into the namespace of the document it
     * belongs to (its own or an enclosing class's root element, else S3's). Without this Jackson
     * writes {@code xmlns=""} on each child of a namespaced root.
     */
    private static final class DocumentNamespaceIntrospector extends JacksonXmlAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        DocumentNamespaceIntrospector() {
            super(false); // lists are unwrapped unless a property says otherwise
        }

        @Override
        public String findNamespace(MapperConfig<?> config, Annotated ann) {
            String explicit = super.findNamespace(config, ann);
            if (explicit != null && !explicit.isEmpty()) {
                return explicit;
            }
            // unprefixed attributes are in no namespace (XML Namespaces 6.2), unlike elements
            return Boolean.TRUE.equals(isOutputAsAttribute(config, ann)) ? null : documentNamespace(ann);
        }

        /** List wrappers such as {@code <Buckets>} belong to the document's namespace too. */
        @Override
        public PropertyName findWrapperName(Annotated ann) {
            PropertyName wrapper = super.findWrapperName(ann);
            if (wrapper == null || wrapper.hasNamespace() || wrapper.isEmpty()) {
                return wrapper;
            }
            return PropertyName.construct(wrapper.getSimpleName(), documentNamespace(ann));
        }

        private static String documentNamespace(Annotated ann) {
            Class<?> owner = ann instanceof AnnotatedMember m
                    ? m.getDeclaringClass()
                    : ann instanceof AnnotatedClass c ? c.getAnnotated() : null;
            for (Class<?> c = owner; c != null; c = c.getEnclosingClass()) {
                JacksonXmlRootElement root = c.getAnnotation(JacksonXmlRootElement.class);
                if (root != null && !root.namespace().isEmpty()) {
                    return root.namespace();
                }
                if (c.isAnnotationPresent(S3ControlXml.class)) {
                    return S3_CONTROL_NAMESPACE;
                }
            }
            return S3_NAMESPACE;
        }
    }

    public static String timestamp(Instant instant) {
        return ISO_MILLIS.format(instant);
    }
}

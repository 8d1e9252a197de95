package dev.objectlock.emulator.storage.jdbc;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * String maps (user metadata, tags) stored as one JSON text column, order kept; and whole
 * documents (a batch job) made of records, enums and the emulator's own sealed interfaces.
 */
public final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};
    private static final ObjectMapper DOCUMENTS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a document written by a newer emulator still opens in an older one
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // not JsonTypeInfo.Value.construct: deprecated in 2.22, and its replacement is missing from
            // the older Jackson 2.x a user's test classpath may pin
            .setDefaultTyping(new OwnInterfaces()
                    .init(JsonTypeInfo.Id.CLASS, null)
                    .inclusion(JsonTypeInfo.As.PROPERTY)
                    .typeProperty("@type"))
            .build();

    private JsonColumns() {}

    public static String write(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }

    public static Map<String, String> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt map column: " + json, e);
        }
    }

    /** A record tree as JSON; a value whose declared type is one of our interfaces carries its class. */
    public static String writeDocument(Object document) {
        try {
            return DOCUMENTS.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot store " + document.getClass().getSimpleName(), e);
        }
    }

    public static <T> T readDocument(String json, Class<T> type) {
        try {
            return DOCUMENTS.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " column: " + json, e);
        }
    }

    /**
     * Type ids only where the declared type is an interface of ours (a sealed family of records,
     * such as a job's operation), and only classes of ours may be named: JDK collections and
     * records stay plain JSON, and a stored document can never instantiate a foreign class.
     */
    private static final class OwnInterfaces extends ObjectMapper.DefaultTypeResolverBuilder {
        private static final long serialVersionUID = 1L;
        private static final String OURS = "dev.objectlock.";

        OwnInterfaces() {
            super(
                    ObjectMapper.DefaultTyping.NON_FINAL,
                    BasicPolymorphicTypeValidator.builder().allowIfSubType(OURS).build());
        }

        @Override
        public boolean useForType(JavaType type) {
            return type.isInterface() && type.getRawClass().getName().startsWith(OURS);
        }
    }
}

package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An S3 Control list: a wrapper element whose items are {@code <member>} children, because the
 * S3 Control model gives its lists no member name and does not flatten them ([0.5, R38]):
 * {@code <Tags><member><Key>k</Key><Value>v</Value></member></Tags>}. The Java SDK finds items by
 * that name, so it is what the emulator writes; reading accepts any child name, as the AWS API
 * reference shows {@code <S3Tag>} and {@code <JobListDescriptor>} instead. A record of its own
 * rather than a list wrapper (jackson-dataformat-xml#517).
 */
@S3ControlXml
@JsonDeserialize(using = MemberListXml.Reader.class)
public record MemberListXml<T>(
        @JacksonXmlProperty(localName = "member") List<T> members) {

    public static <T> MemberListXml<T> of(List<T> members) {
        return new MemberListXml<>(List.copyOf(members));
    }

    /** The members of a list that may be absent: none when it is. */
    public static <T> List<T> membersOf(MemberListXml<T> list) {
        return list == null ? null : list.members();
    }

    /**
     * Reads each child element of the wrapper, whatever its name, as the list's item type. Jackson
     * XML reports the children as repeated field names, so a plain bean reader would keep only
     * the last one; an empty wrapper ({@code <Tags/>}) comes as an empty or null scalar.
     */
    static final class Reader extends JsonDeserializer<MemberListXml<?>> implements ContextualDeserializer {

        private final JavaType itemType;

        Reader() {
            this(null);
        }

        private Reader(JavaType itemType) {
            this.itemType = itemType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType listType = property != null ? property.getType() : ctxt.getContextualType();
            JavaType item = listType == null ? null : listType.containedType(0);
            return new Reader(item == null ? ctxt.constructType(Object.class) : item);
        }

        @Override
        public MemberListXml<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<Object> items = new ArrayList<>();
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT) {
                for (token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                    p.nextToken();
                    items.add(ctxt.readValue(p, itemType));
                }
            } else if (token != JsonToken.VALUE_STRING || !p.getText().isBlank()) {
                // text where child elements belong: not the published schema
                return (MemberListXml<?>) ctxt.handleUnexpectedToken(MemberListXml.class, p);
            }
            return new MemberListXml<>(items);
        }

        /** An element that is not there at all stays null (only an empty one is "present"). */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public MemberListXml<?> getNullValue(DeserializationContext ctxt) {
            return new MemberListXml<>(List.of());
        }
    }
}

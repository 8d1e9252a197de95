package dev.objectlock.emulator.http.xml;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * An element whose presence is its meaning: {@code <SSE-S3/>}, {@code <S3DeleteObjectTagging/>}.
 * Jackson cannot write or read a record without components, so this one writes as empty text
 * and reads whatever the element holds as "present".
 */
@JsonDeserialize(using = EmptyElementXml.Reader.class)
public final class EmptyElementXml {

    public static final EmptyElementXml PRESENT = new EmptyElementXml();

    private EmptyElementXml() {}

    @JsonValue
    String text() {
        return "";
    }

    static final class Reader extends JsonDeserializer<EmptyElementXml> {
        @Override
        public EmptyElementXml deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            p.skipChildren();
            return PRESENT;
        }

        /** An element that is not there at all stays null (only an empty one is "present"). */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public EmptyElementXml getNullValue(DeserializationContext ctxt) {
            return PRESENT;
        }
    }
}

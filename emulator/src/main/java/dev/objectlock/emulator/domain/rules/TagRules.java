package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import java.util.List;
import java.util.Map;

/** Object tag limits (S3 User Guide, "Categorizing your storage using tags"). */
public final class TagRules {

    public static final int MAX_TAGS = 10;

    private TagRules() {}

    /** Validates tags and returns them as an ordered map. */
    public static Map<String, String> validate(List<Tag> tags) {
        if (tags.size() > MAX_TAGS) {
            throw S3Exception.of(S3ErrorCode.BAD_REQUEST, "Object tags cannot be greater than 10");
        }
        java.util.LinkedHashMap<String, String> result = new java.util.LinkedHashMap<>();
        for (Tag tag : tags) {
            String key = tag.key() == null ? "" : tag.key();
            String value = tag.value() == null ? "" : tag.value();
            if (key.isEmpty() || key.codePointCount(0, key.length()) > 128) {
                throw S3Exception.of(S3ErrorCode.INVALID_TAG, "The TagKey you have provided is invalid");
            }
            if (value.codePointCount(0, value.length()) > 256) {
                throw S3Exception.of(S3ErrorCode.INVALID_TAG, "The TagValue you have provided is too long, max 256");
            }
            if (result.put(key, value) != null) {
                throw S3Exception.of(S3ErrorCode.INVALID_TAG, "Cannot provide multiple Tags with the same key");
            }
        }
        return result;
    }
}

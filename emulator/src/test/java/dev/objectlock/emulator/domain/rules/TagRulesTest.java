package dev.objectlock.emulator.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Object tag limits (S3 User Guide, "Categorizing your storage using tags": up to 10 tags, unique
 * keys, keys up to 128 and values up to 256 Unicode characters).
 */
class TagRulesTest {

    @Test
    void keepsTagsInTheOrderSent() {
        Map<String, String> tags = TagRules.validate(List.of(new Tag("b", "2"), new Tag("a", "1"), new Tag("c", "")));

        assertThat(tags).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"), Map.entry("c", ""));
    }

    @Test
    void acceptsNoTags() {
        assertThat(TagRules.validate(List.of())).isEmpty();
    }

    @Test
    void treatsAMissingValueAsEmpty() {
        assertThat(TagRules.validate(List.of(new Tag("k", null)))).containsExactly(Map.entry("k", ""));
    }

    @Test
    void acceptsTenTagsButNotEleven() {
        assertThat(TagRules.validate(tags(10))).hasSize(10);
        assertThatThrownBy(() -> TagRules.validate(tags(11))).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST);
            assertThat(e.getMessage()).isEqualTo("Object tags cannot be greater than 10");
        });
    }

    @Test
    void countsUnicodeCharactersNotUtf16Units() {
        String key = "\uD83D\uDE00".repeat(128); // 128 characters, 256 UTF-16 units
        String value = "\uD83D\uDE00".repeat(256);

        assertThat(TagRules.validate(List.of(new Tag(key, value)))).containsEntry(key, value);
    }

    @Test
    void rejectsTooLongKeysAndValues() {
        assertInvalidTag(List.of(new Tag("k".repeat(129), "v")));
        assertInvalidTag(List.of(new Tag("k", "v".repeat(257))));
    }

    @Test
    void rejectsAnEmptyOrMissingKey() {
        assertInvalidTag(List.of(new Tag("", "v")));
        assertInvalidTag(List.of(new Tag(null, "v")));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> TagRules.validate(List.of(new Tag("k", "1"), new Tag("k", "2"))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_TAG);
                    assertThat(e.getMessage()).isEqualTo("Cannot provide multiple Tags with the same key");
                });
    }

    private static void assertInvalidTag(List<Tag> tags) {
        assertThatThrownBy(() -> TagRules.validate(tags))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_TAG));
    }

    private static List<Tag> tags(int count) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add(new Tag("key" + i, "value" + i));
        }
        return tags;
    }
}

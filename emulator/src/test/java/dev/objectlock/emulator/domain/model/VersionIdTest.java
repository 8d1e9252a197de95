package dev.objectlock.emulator.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** [A.3]: 32 URL-safe characters from [A-Za-z0-9._], or the literal null. */
class VersionIdTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 63, 64, 4095, 4096, 1L << 40, Integer.MAX_VALUE, Long.MAX_VALUE, -1, Long.MIN_VALUE})
    void generatesWellFormedIdsThatCarryTheirSequence(long sequence) {
        VersionId id = VersionId.generate(sequence);

        assertThat(id.value()).hasSize(32).matches("[A-Za-z0-9._]{32}");
        assertThat(VersionId.isWellFormed(id.value())).isTrue();
        assertThat(id.isNull()).isFalse();
        assertThat(id.embeddedSequence()).isEqualTo(sequence);
    }

    @Test
    void readsTheSequenceBackFromTheStringAlone() {
        // A listing resumes from a version-id-marker whose version may be gone ([A.5.3]).
        VersionId generated = VersionId.generate(123_456_789L);

        assertThat(new VersionId(generated.value()).embeddedSequence()).isEqualTo(123_456_789L);
    }

    @Test
    void makesIdsUniqueEvenForTheSameSequence() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(VersionId.generate(7).value());
        }

        assertThat(ids).hasSize(1000);
    }

    @Test
    void knowsTheNullVersion() {
        assertThat(VersionId.NULL.value()).isEqualTo("null");
        assertThat(VersionId.NULL.isNull()).isTrue();
        assertThat(new VersionId("null")).isEqualTo(VersionId.NULL);
        assertThat(VersionId.isWellFormed("null")).isTrue();
        assertThat(VersionId.NULL).hasToString("null");
    }

    @Test
    void acceptsTheIdsItGeneratesWhateverTheirCharacters() {
        for (int i = 0; i < 2000; i++) {
            String id = VersionId.generate(i * 7919L).value();
            assertThat(VersionId.isWellFormed(id)).as(id).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // A real AWS id [A.3] and the id AWS refused in ls-api test_delete_object [AWS-recorded]:
                // right shape, but no check this emulator could have written.
                "gS53zabD7XTvkrwbjMnXlBylVWetO8ym",
                "HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD",
                "________________________________",
                "................................"
            })
    void callsTheAwsShapeWithoutItsCheckMalformed(String candidate) {
        // [R63]: AWS refuses well-shaped ids it never issued; so does the emulator.
        assertThat(VersionId.isWellFormed(candidate)).isFalse();
    }

    @Test
    void callsAGeneratedIdWithAnyCharacterChangedMalformed() {
        // [R63]: ls-api test_delete_object_versioned changes the last 4 characters of a real id.
        String id = VersionId.generate(42).value();
        for (int i = 0; i < id.length(); i++) {
            char[] changed = id.toCharArray();
            changed[i] = changed[i] == 'A' ? 'B' : 'A';
            assertThat(VersionId.isWellFormed(new String(changed)))
                    .as("position %d", i)
                    .isFalse();
        }
        String lastFourChanged = id.substring(0, 28) + (id.endsWith("ABCD") ? "ABCE" : "ABCD");
        assertThat(VersionId.isWellFormed(lastFourChanged)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "NULL",
                "Null",
                " null",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8y",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8ymA",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8y-",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8y/",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8y+",
                "gS53zabD7XTvkrwbjMnXlBylVWetO8y\u00e9",
                "3/L4kqtJl40Nr8X8gdRQBpUMLUo"
            })
    void callsAnythingElseMalformed(String candidate) {
        // [A.3]: an id the emulator could not have produced is malformed (InvalidArgument, [E4]).
        assertThat(VersionId.isWellFormed(candidate)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesAnEmptyValue(String value) {
        assertThatThrownBy(() -> new VersionId(value)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small JSON reader behind the container's identities: values it reads, and faults it names. */
class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = JsonReader.parse(
                " {\"s\": \"a\\\"b\\\\c\\u00e9\\n\", \"n\": -1.5e2, \"t\": true, \"f\": false, \"z\": null,"
                        + " \"a\": [1, {}, []], \"o\": {\"k\": \"v\"}} ");

        assertThat(value).isInstanceOfSatisfying(Map.class, m -> {
            assertThat(m.get("s")).isEqualTo("a\"b\\cé\n");
            assertThat(m.get("n")).isEqualTo(new BigDecimal("-1.5e2"));
            assertThat(m.get("t")).isEqualTo(Boolean.TRUE);
            assertThat(m.get("f")).isEqualTo(Boolean.FALSE);
            assertThat(m.containsKey("z")).isTrue();
            assertThat(m.get("z")).isNull();
            assertThat(m.get("a")).isEqualTo(Arrays.asList(new BigDecimal("1"), Map.of(), List.of()));
            assertThat(m.get("o")).isEqualTo(Map.of("k", "v"));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                       | offset 0: unexpected end of the document",
                "{                        | offset 1: expected a member name in quotes",
                "{\"a\" 1}                | offset 5: expected ':'",
                "{\"a\": 1,}              | offset 8: expected a member name in quotes",
                "{\"a\": 1, \"a\": 2}     | duplicate member \"a\"",
                "[1 2]                    | offset 3: expected ']'",
                "\"open                   | unterminated string",
                "nul                      | offset 0: unexpected character 'n'",
                "{} x                     | offset 3: unexpected text after the document",
                "\"\\q\"                  | bad escape \\q",
            })
    void faultsAreNamedWithTheirOffset(String json, String fault) {
        assertThatThrownBy(() -> JsonReader.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(fault);
    }
}

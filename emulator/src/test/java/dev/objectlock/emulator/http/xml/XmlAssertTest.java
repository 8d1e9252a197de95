package dev.objectlock.emulator.http.xml;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparator must tell documents apart, or every golden test passes vacuously. */
class XmlAssertTest {

    private static final String NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    @Test
    void ignoresFormattingCommentsPrefixesAndEmptyElementSyntax() {
        assertThatCode(() -> XmlAssert.assertSameXml(
                        "<a " + NS + "><b>x</b><c/></a>",
                        "<?xml version=\"1.0\"?>\n<!-- c -->\n<s:a xmlns:s=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n"
                                + "  <s:b>x</s:b>\n  <s:c></s:c>\n</s:a>"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<a><b>x</b><c>y</c></a>      | <a><c>y</c><b>x</b></a>",
                "<a><b>x</b></a>              | <a><b> x</b></a>",
                "<a><b>x</b></a>              | <a><b>x</b><b>x</b></a>",
                "<a xmlns='urn:x'><b/></a>    | <a xmlns='urn:x'><b xmlns=''/></a>",
                "<a><b/></a>                  | <a><B/></a>",
                "<a><b k='1'/></a>            | <a><b k='2'/></a>"
            })
    void reportsDifferences(String actual, String expected) {
        assertThatThrownBy(() -> XmlAssert.assertSameXml(actual, expected)).isInstanceOf(AssertionError.class);
    }

    @Test
    void findsElementsOutsideTheS3Namespace() {
        assertThatThrownBy(() -> XmlAssert.assertS3Namespaced("<a " + NS + "><b xmlns=\"\"/></a>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> XmlAssert.assertS3Namespaced("<a><b/></a>")).isInstanceOf(AssertionError.class);
        assertThatCode(() -> XmlAssert.assertS3Namespaced("<a " + NS + "><b/></a>"))
                .doesNotThrowAnyException();
    }
}

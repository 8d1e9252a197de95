package dev.objectlock.emulator.http.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlCodecTest {

    @Test
    void everyWireDocumentIsInItsApisNamespaceAndHasAGoldenFile() throws URISyntaxException {
        // the house rules in CONTRIBUTING.md: every wire record needs a golden-file test. Golden files are named
        // <Record>_<case>.xml, where <Record> is the class name without "Xml".
        List<String> goldens = Arrays.asList(Objects.requireNonNull(
                new File(XmlCodecTest.class.getResource("/xml").toURI()).list()));
        List<JavaClass> documents = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.objectlock.emulator.http.xml")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(JacksonXmlRootElement.class))
                        .toList();

        assertThat(documents).isNotEmpty();
        for (JavaClass document : documents) {
            JacksonXmlRootElement root = document.getAnnotationOfType(JacksonXmlRootElement.class);
            String record = document.getSimpleName().replaceFirst("Xml$", "");
            // S3 documents, or S3 Control ones (the jobs API), each in its own namespace ([0.3]).
            assertThat(root.namespace())
                    .as("namespace of %s ([0.3])", document.getSimpleName())
                    .isIn(XmlAssert.S3_NAMESPACE, XmlAssert.S3_CONTROL_NAMESPACE);
            assertThat(goldens)
                    .as("golden files for %s", document.getSimpleName())
                    .anyMatch(name -> name.startsWith(record + "_") && name.endsWith(".xml"));
        }
    }

    @Test
    void writesTheXmlDeclarationFirst() {
        String xml = new String(XmlCodec.write(new LocationConstraintXml("EU")), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void escapesMarkupAndKeepsControlCharactersInText() {
        DeleteResultXml result = new DeleteResultXml(
                List.of(new DeleteResultXml.DeletedXml("a\rb <&> \"q\"", null, null, null)), List.of());

        DeleteResultXml parsed = XmlCodec.read(XmlCodec.write(result), DeleteResultXml.class);

        assertThat(parsed.deleted()).extracting(DeleteResultXml.DeletedXml::key).containsExactly("a\rb <&> \"q\"");
    }

    @Test
    void writesTimestampsWithMillisecondsAndZ() {
        // [0.4]: ISO-8601 UTC with milliseconds, e.g. 2023-11-15T12:02:40.000Z.
        assertThat(XmlCodec.timestamp(Instant.parse("2023-11-15T12:02:40Z"))).isEqualTo("2023-11-15T12:02:40.000Z");
        assertThat(XmlCodec.timestamp(Instant.parse("2023-11-15T12:02:40.123456Z")))
                .isEqualTo("2023-11-15T12:02:40.123Z");
    }

    @Test
    void readsFromAStream() {
        VersioningConfigurationXml parsed = XmlCodec.read(
                new ByteArrayInputStream("<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>"
                        .getBytes(StandardCharsets.UTF_8)),
                VersioningConfigurationXml.class);

        assertThat(parsed.status()).isEqualTo("Enabled");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "<VersioningConfiguration><Status>Enabled</Status>",
                "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration><More/>",
                "<Foo><Status>Enabled</Status></Foo>",
                "<?xml version=\"1.0\"?><!DOCTYPE VersioningConfiguration [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<VersioningConfiguration><Status>&x;</Status></VersioningConfiguration>"
            })
    void rejectsAnythingButTheExpectedDocumentAsMalformedXml(String body) {
        // A body that is not well-formed, or a document of another root element, does not validate
        // against the published schema: MalformedXML ([E6]); external entities are never read.
        assertThatThrownBy(() -> XmlCodec.read(body.getBytes(StandardCharsets.UTF_8), VersioningConfigurationXml.class))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.MALFORMED_XML));
    }
}

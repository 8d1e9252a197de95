package dev.objectlock.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * What Maven Central requires of each published POM: name, description, url, licenses, developers
 * and scm, either in the module's own POM or inherited from objectlock-parent; and, for the BOM,
 * nothing inherited (it has no parent, so it pins no third-party version).
 */
class PublishedPomTest {

    private static Document pom(String path) throws IOException, ParserConfigurationException, SAXException {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Repository.ROOT.resolve(path).toFile());
    }

    private static String text(Document pom, String xpath) throws XPathExpressionException {
        return ((String) XPathFactory.newInstance().newXPath().evaluate(xpath, pom, XPathConstants.STRING)).strip();
    }

    private static void assertCentralMetadata(Document pom, String where) throws XPathExpressionException {
        assertThat(text(pom, "/project/url")).as(where + " url").startsWith("https://");
        assertThat(text(pom, "/project/licenses/license/name"))
                .as(where + " license")
                .isNotEmpty();
        assertThat(text(pom, "/project/licenses/license/url"))
                .as(where + " license url")
                .startsWith("https://");
        assertThat(text(pom, "/project/developers/developer/name"))
                .as(where + " developer")
                .isNotEmpty();
        assertThat(text(pom, "/project/scm/connection")).as(where + " scm").startsWith("scm:git:");
        assertThat(text(pom, "/project/scm/developerConnection"))
                .as(where + " scm")
                .startsWith("scm:git:");
        assertThat(text(pom, "/project/scm/url")).as(where + " scm url").startsWith("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"emulator", "junit-extension", "testcontainers-module"})
    void eachPublishedModuleHasANameAndADescriptionAndInheritsTheRest(String module) throws Exception {
        Document pom = pom(Path.of(module, "pom.xml").toString());
        assertThat(text(pom, "/project/parent/artifactId")).isEqualTo("objectlock-parent");
        assertThat(text(pom, "/project/name")).isNotEmpty();
        assertThat(text(pom, "/project/description"))
                .as(module + " description")
                .isNotEmpty();
        assertThat(text(pom, "/project/url")).as("inherited, not overridden").isEmpty();
        assertCentralMetadata(pom("pom.xml"), "objectlock-parent");
    }

    @Test
    void theBomHasItsOwnMetadataNoParentAndPinsOnlyOurArtifacts() throws Exception {
        Document bom = pom("bom/pom.xml");
        assertThat(text(bom, "/project/parent")).isEmpty();
        assertThat(text(bom, "/project/artifactId")).isEqualTo("objectlock-bom");
        assertThat(text(bom, "/project/version")).isEqualTo(Repository.VERSION);
        assertThat(text(bom, "/project/name")).isNotEmpty();
        assertThat(text(bom, "/project/description")).isNotEmpty();
        assertCentralMetadata(bom, "objectlock-bom");
        assertThat(text(bom, "count(/project/dependencyManagement/dependencies/dependency)"))
                .isEqualTo(text(
                        bom,
                        "count(/project/dependencyManagement/dependencies/dependency"
                                + "[groupId='dev.objectlock'][version='${project.version}'])"));
        assertThat(text(bom, "/project/dependencyManagement/dependencies/dependency/artifactId"))
                .isNotEmpty();
        for (String artifact : new String[] {"objectlock-emulator", "objectlock-junit5", "objectlock-testcontainers"}) {
            assertThat(text(
                            bom,
                            "count(/project/dependencyManagement/dependencies/dependency[artifactId='" + artifact
                                    + "'])"))
                    .as(artifact)
                    .isNotEqualTo("0");
        }
    }

    @Test
    void theParentMetadataIsComplete() throws Exception {
        Document parent = pom("pom.xml");
        assertThat(text(parent, "/project/name")).isNotEmpty();
        assertThat(text(parent, "/project/description")).isNotEmpty();
        assertCentralMetadata(parent, "objectlock-parent");
    }

    @Test
    void theBomReleasesWithTheParentsPluginVersions() throws Exception {
        Document parent = pom("pom.xml");
        Document bom = pom("bom/pom.xml");
        assertThat(text(bom, "//profile[id='release']//plugin[artifactId='maven-gpg-plugin']/version"))
                .isEqualTo(text(parent, "/project/properties/gpg-plugin.version"));
        assertThat(text(bom, "//profile[id='release']//plugin[artifactId='central-publishing-maven-plugin']/version"))
                .isEqualTo(text(parent, "/project/properties/central-publishing-plugin.version"));
    }
}

package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PUT/GET/DELETE /_emulator/identities} (issue 12): the one switch between open and secured
 * mode at run time. Not an AWS API: the expectations are the emulator's documented contract
 * (AdminRoutes): 204 on success, 400 naming every fault by its JSON path with nothing applied,
 * secrets redacted on GET, 404 in open mode, and identities that survive a reset.
 */
class IdentitiesAdminTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    @AfterEach
    void backToOpenMode() {
        s3.raw("DELETE", "/_emulator/identities");
    }

    @Test
    void putInstallsTheIdentitiesAndGetShowsThemWithSecretsRedacted() throws IOException {
        assertThat(s3.raw("GET", "/_emulator/identities").statusCode()).isEqualTo(404);
        assertThat(s3.emulator().secured()).isFalse();

        assertThat(put(SecuredIdentities.DOCUMENT).statusCode()).isEqualTo(204);

        assertThat(s3.emulator().secured()).isTrue();
        HttpResponse<String> get = s3.raw("GET", "/_emulator/identities");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode shown = JSON.readTree(get.body());
        assertThat(shown.at("/root/accessKeyId").asText()).isEqualTo(SecuredIdentities.ROOT_KEY);
        assertThat(shown.at("/root/secretAccessKey").asText()).isEqualTo("REDACTED");
        assertThat(shown.at("/users/0/name").asText()).isEqualTo("app");
        assertThat(shown.at("/users/0/secretAccessKey").asText()).isEqualTo("REDACTED");
        assertThat(get.body()).doesNotContain("app-secret", "root-secret", "auditor-secret", "admin-secret");
    }

    @Test
    void aFaultyDocumentIs400NamingEveryFaultByPathAndChangesNothing() throws IOException {
        put(SecuredIdentities.DOCUMENT);
        String faulty = """
                {"users": [{"name": "app", "secretAccessKey": "s"},
                           {"name": "ops", "accessKeyId": "AKIAOPS", "secretAccessKey": "s", "polices": []}]}
                """;

        HttpResponse<String> r = put(faulty);

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.get("error").asText()).contains("unchanged");
        assertThat(answer.get("errors"))
                .extracting(JsonNode::asText)
                .contains("users[0].accessKeyId: missing", "users[1].polices: unknown field");
        JsonNode still = JSON.readTree(s3.raw("GET", "/_emulator/identities").body());
        assertThat(still.at("/users/1/name").asText())
                .as("the identities in force")
                .isEqualTo("auditor");
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws IOException {
        HttpResponse<String> r = put("users: app");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("errors").get(0).asText()).startsWith("document: invalid JSON");
        assertThat(s3.emulator().secured()).isFalse();
    }

    @Test
    void deleteReturnsToOpenMode() {
        put(SecuredIdentities.DOCUMENT);

        assertThat(s3.raw("DELETE", "/_emulator/identities").statusCode()).isEqualTo(204);

        assertThat(s3.emulator().secured()).isFalse();
        assertThat(s3.raw("GET", "/_emulator/identities").statusCode()).isEqualTo(404);
        s3.createBucket("open-again"); // the fixture's client has a key no identity knows
    }

    @Test
    void resetKeepsTheIdentities() {
        put(SecuredIdentities.DOCUMENT);

        assertThat(s3.raw("POST", "/_emulator/reset").statusCode()).isEqualTo(204);

        assertThat(s3.emulator().secured()).isTrue();
        assertThat(s3.raw("GET", "/_emulator/identities").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> put(String document) {
        return s3.raw("PUT", "/_emulator/identities", JSON_BODY, document.getBytes(StandardCharsets.UTF_8));
    }
}

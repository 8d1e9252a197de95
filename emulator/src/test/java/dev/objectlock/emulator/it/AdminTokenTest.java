package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --admin-token} (issue 12): every {@code /_emulator/} call but the health check needs
 * {@code Authorization: Bearer <token>}. Without it: 401 with a Bearer challenge (RFC 6750 section 3);
 * with another token: 403; both with a JSON {@code {"error": ...}}. S3 requests never need it.
 */
class AdminTokenTest {

    private static final String TOKEN = "s3cr3t-admin-token";

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.adminToken(TOKEN));

    @Test
    void withoutTheTokenAnAdminCallIs401WithABearerChallenge() {
        HttpResponse<String> r = s3.raw("POST", "/_emulator/reset");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer realm="));
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"error\"", "Authorization: Bearer");
    }

    @Test
    void aWrongTokenIs403AndChangesNothing() {
        HttpResponse<String> r = s3.raw(
                "PUT",
                "/_emulator/identities",
                Map.of("Authorization", "Bearer guess"),
                SecuredIdentities.DOCUMENT.getBytes());

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("does not match");
        assertThat(s3.emulator().secured()).isFalse();
    }

    @Test
    void theRightTokenOpensEveryAdminCall() {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + TOKEN);

        assertThat(s3.raw("GET", "/_emulator/clock", bearer, null).statusCode()).isEqualTo(200);
        assertThat(s3.raw("POST", "/_emulator/reset", bearer, null).statusCode())
                .isEqualTo(204);
        assertThat(s3.raw("GET", "/_emulator/identities", bearer, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theHealthCheckAndS3NeedNoToken() {
        assertThat(s3.raw("GET", "/_emulator/health").statusCode()).isEqualTo(200);
        s3.createBucket("no-token-needed");
    }
}

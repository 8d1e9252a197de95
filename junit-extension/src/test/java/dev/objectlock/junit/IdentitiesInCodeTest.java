package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.HttpURLConnection;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Identities and an admin token from the builder: the emulator demands the token, and the
 * extension's own admin call (a test method's identities) sends it.
 */
class IdentitiesInCodeTest {

    @RegisterExtension
    static ObjectLockEmulatorExtension emulator = ObjectLockEmulatorExtension.builder()
            .identities("""
                    {"root": {"accessKeyId": "AKIAROOT11111111111", "secretAccessKey": "root-secret"},
                     "users": [{"name": "app", "accessKeyId": "AKIAAPP111111111111", "secretAccessKey": "s",
                                "policies": [{"Version": "2012-10-17", "Statement": [
                                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}]}]}
                    """)
            .adminToken("t0ken")
            .build();

    @Test
    void theBuildersIdentitiesAreInForceAndTheAdminApiWantsTheToken(
            S3Client root, @Identity("app") S3Client app, URI endpoint) throws Exception {
        root.createBucket(b -> b.bucket("ledger"));
        assertThatThrownBy(() -> app.putObject(b -> b.bucket("ledger").key("a"), RequestBody.fromString("a")))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));

        HttpURLConnection http = (HttpURLConnection)
                endpoint.resolve("/_emulator/identities").toURL().openConnection();
        assertThat(http.getResponseCode()).isEqualTo(401);
    }

    @Test
    @EmulatorIdentities("identities.json")
    void aMethodsIdentitiesGoThroughTheAdminApiWithTheToken(
            @Identity("app") EmulatorCredentials app, @Identity("app") S3Client appClient, ObjectLockEmulator e) {
        assertThat(app.accessKeyId()).isEqualTo("AKIAAPP000000000000");
        appClient.createBucket(b -> b.bucket("mine"));
        assertThat(e.secured()).isTrue();
    }
}

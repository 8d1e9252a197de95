package dev.objectlock.emulator.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The requests that changed locked versions in the fuzz before [R59] covered the query: the HTTP
 * server's decoding dropped a {@code versionId=%zz}, so a DELETE aimed at a version added a delete
 * marker, and a second, valid {@code versionId} turned a legal hold off. Raw bytes, because an SDK
 * would encode the percent sign.
 */
class MalformedQueryTest {

    @Test
    void aBrokenPercentEncodingInTheQueryIsInvalidUriAndChangesNothing() throws Exception {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
                S3Client s3 = S3Client.builder()
                        .endpointOverride(emulator.endpoint())
                        .region(Region.US_EAST_1)
                        .forcePathStyle(true)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                        .build()) {
            FuzzTargets targets = LockedVersions.create(s3);
            List<String> before = LockedVersions.snapshot(s3);
            String locked = "/" + targets.locked() + "/";
            byte[] off = "<LegalHold><Status>OFF</Status></LegalHold>".getBytes(StandardCharsets.UTF_8);
            List<RawRequest> requests = List.of(
                    RawRequest.builder("delete", "DELETE", locked + "hold?versionId=%zz")
                            .build(),
                    RawRequest.builder("bypass delete", "DELETE", locked + "governance?retention&versionId=%zz")
                            .header("x-amz-bypass-governance-retention", "true")
                            .build(),
                    RawRequest.builder(
                                    "hold off",
                                    "PUT",
                                    locked + "compliance?legal-hold&versionId=%zz&versionId="
                                            + targets.lockedIds().get(0))
                            .header("Content-MD5", Digests.md5(off))
                            .body(off)
                            .build(),
                    RawRequest.builder("lone percent", "DELETE", locked + "hold?versionId=%")
                            .build(),
                    RawRequest.builder("not UTF-8", "DELETE", locked + "hold?versionId=%C3%28")
                            .build());
            RawHttp http = new RawHttp(emulator.port(), 15_000);

            for (RawRequest request : requests) {
                RawHttp.RawResponse response = http.send(request);
                assertThat(response.status()).as(request.label()).isEqualTo(400);
                assertThat(response.bodyText()).as(request.label()).contains("<Code>InvalidURI</Code>");
                assertThat(response.header("x-amz-request-id")).isNotNull();
            }
            assertThat(LockedVersions.snapshot(s3)).isEqualTo(before);
        }
    }
}

package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Presigned URLs carry SigV4 in the query string (X-Amz-Algorithm, X-Amz-Credential,
 * X-Amz-Signature, ...); until identities are configured any key is accepted, so a URL made by the
 * SDK's presigner works with a plain HTTP client (S3 User Guide, "Sharing objects with presigned URLs").
 */
class PresignedUrlTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    @Test
    void presignedPutAndGetWorkWithAPlainHttpClient() throws Exception {
        s3.createBucket("shared");
        try (S3Presigner presigner = S3Presigner.builder()
                .endpointOverride(s3.endpoint())
                .region(EmulatorFixture.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "key")))
                .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build()) {
            PresignedPutObjectRequest put = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(r -> r.bucket("shared").key("report.csv")));
            PresignedGetObjectRequest get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(r -> r.bucket("shared").key("report.csv")));
            assertThat(put.url().getQuery()).contains("X-Amz-Signature=");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> putResponse = http.send(
                    HttpRequest.newBuilder(URI.create(put.url().toString()))
                            .PUT(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(putResponse.statusCode()).isEqualTo(200);
            assertThat(putResponse.headers().firstValue("ETag")).isPresent();

            HttpResponse<String> getResponse = http.send(
                    HttpRequest.newBuilder(URI.create(get.url().toString()))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(getResponse.statusCode()).isEqualTo(200);
            assertThat(getResponse.body()).isEqualTo("a,b\n1,2\n");
        }
        assertThat(s3.read("shared", "report.csv")).isEqualTo("a,b\n1,2\n");
    }
}

package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
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
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Secured mode verifies signatures ([P3], [P13], [P26]; E30 SignatureDoesNotMatch as AWS answers it,
 * recorded in aws/aws-cli#4356): a known key with the wrong secret is refused, and authentication
 * follows the real clock, not the emulator's ([P2]).
 */
class SignedRequestsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    @Test
    void aKnownKeyWithTheWrongSecretIsSignatureDoesNotMatch() {
        S3Client forger = s3.client(b -> b.credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(SecuredIdentities.APP_KEY, "not-the-app-secret"))));

        var e = s3Error(forger::listBuckets, 403, "SignatureDoesNotMatch");

        assertThat(errorElement(e, "AWSAccessKeyId")).hasValue(SecuredIdentities.APP_KEY);
        assertThat(errorElement(e, "StringToSign"))
                .hasValueSatisfying(s -> assertThat(s).startsWith("AWS4-HMAC-SHA256\n"));
        assertThat(errorElement(e, "CanonicalRequest"))
                .hasValueSatisfying(s -> assertThat(s).startsWith("GET\n/\n"));
    }

    // [P16], [E31], [R103]: AWS recorded in jsoma/flatware#10 answers a scope of another region than the
    // bucket's with the expected region in <Region> and in the x-amz-bucket-region header; a request
    // without a bucket (ListBuckets) is served whatever region it was signed for.
    @Test
    void aScopeOfAnotherRegionIsMalformedAndNamesTheExpectedRegion() {
        S3Client app = s3.client(b -> b.credentialsProvider(SecuredIdentities.credentials(SecuredIdentities.APP_KEY)));
        app.createBucket(b -> b.bucket("home"));
        S3Client elsewhere = s3.client(b -> b.region(Region.EU_CENTRAL_1)
                .credentialsProvider(SecuredIdentities.credentials(SecuredIdentities.APP_KEY)));

        var e = s3Error(() -> elsewhere.listObjectsV2(b -> b.bucket("home")), 400, "AuthorizationHeaderMalformed");

        assertThat(e.getMessage())
                .contains("the region 'eu-central-1' is wrong; expecting '" + EmulatorFixture.REGION.id() + "'");
        assertThat(errorElement(e, "Region")).hasValue(EmulatorFixture.REGION.id());
        assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region"))
                .hasValue(EmulatorFixture.REGION.id());
        assertThat(elsewhere.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("home");
    }

    @Test
    void aCorrectlySignedRequestStillAuthenticatesAfterTheEmulatorClockMovesAYear() {
        S3Client app = s3.client(b -> b.credentialsProvider(SecuredIdentities.credentials(SecuredIdentities.APP_KEY)));
        app.createBucket(b -> b.bucket("signed"));
        s3.emulator().clock().advance(Duration.ofDays(366));

        app.putObject(b -> b.bucket("signed").key("k"), RequestBody.fromString("x"));

        assertThat(app.getObjectAsBytes(b -> b.bucket("signed").key("k")).asUtf8String())
                .isEqualTo("x");
    }

    @Test
    void aPresignedUrlWorksUntilItExpires() throws Exception {
        S3Client app = s3.client(b -> b.credentialsProvider(SecuredIdentities.credentials(SecuredIdentities.APP_KEY)));
        app.createBucket(b -> b.bucket("shared"));
        app.putObject(b -> b.bucket("shared").key("k"), RequestBody.fromString("body"));
        try (S3Presigner presigner = S3Presigner.builder()
                .endpointOverride(s3.endpoint())
                .region(EmulatorFixture.REGION)
                .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(SecuredIdentities.credentials(SecuredIdentities.APP_KEY))
                .build()) {
            URI url = presigner
                    .presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                            .getObjectRequest(g -> g.bucket("shared").key("k")))
                    .url()
                    .toURI();
            HttpResponse<String> ok = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("body");

            URI tampered = URI.create(url.toString().replace("X-Amz-Expires=300", "X-Amz-Expires=301"));
            HttpResponse<String> refused = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        }
    }
}

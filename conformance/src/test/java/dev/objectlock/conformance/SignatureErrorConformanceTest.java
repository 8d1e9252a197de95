package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.RawRequests;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Principals;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How S3 refuses a request it cannot authenticate ([P.2] to [P.5]): a wrong secret, an unknown
 * key, a wrong region in the scope, a request date off by more than 15 minutes, Signature
 * Version 2 and no signature at all. The SDK sends the first three; the others go over the JDK's
 * HTTP client, since the SDK never sends them.
 */
class SignatureErrorConformanceTest extends PermissionScenario {

    private static final String SIGNATURE_DOES_NOT_MATCH =
            "The request signature we calculated does not match the signature you provided. "
                    + "Check your key and signing method.";

    /** A bucket holding one object {@code k}, for requests that would otherwise read it. */
    private String bucketWithObject() {
        String bucket = buckets.create();
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("signed"));
        return bucket;
    }

    private URI objectUrl(String bucket) {
        return URI.create(s3.utilities().getUrl(b -> b.bucket(bucket).key("k")).toExternalForm());
    }

    /** The app's own credentials with the secret replaced (a session keeps its token). */
    private AwsCredentials appWithSecret(String secret) {
        AwsCredentials real = principals.credentials(Principals.APP).resolveCredentials();
        return real instanceof AwsSessionCredentials
                ? AwsSessionCredentials.create(
                        real.accessKeyId(), secret, ((AwsSessionCredentials) real).sessionToken())
                : AwsBasicCredentials.create(real.accessKeyId(), secret);
    }

    @Test
    @AwsSource(
            rules = {"P13", "E30"},
            value = "aws/aws-cli#4356, s3tools/s3cmd#1053 (StringToSign and CanonicalRequest echoed) [AWS-recorded]")
    void wrongSecretIsSignatureDoesNotMatchEchoingWhatTheServerSigned() {
        String bucket = bucketWithObject();
        AwsCredentials wrong = appWithSecret("not-the-secret-of-app-0000000000000000");

        try (S3Client client = principals.newClient(
                Principals.APP, b -> b.credentialsProvider(StaticCredentialsProvider.create(wrong)))) {
            assertS3Error(() -> client.getObjectAsBytes(b -> b.bucket(bucket).key("k")))
                    .hasStatus(403)
                    .hasCode("SignatureDoesNotMatch")
                    .hasMessage(SIGNATURE_DOES_NOT_MATCH)
                    .hasElement("AWSAccessKeyId", wrong.accessKeyId())
                    .hasElementStartingWith("StringToSign", "AWS4-HMAC-SHA256\n")
                    .hasElementStartingWith("CanonicalRequest", "GET\n");
        }
    }

    @Test
    @AwsSource(
            rules = {"P3", "E29"},
            value = "raster-foundry/raster-foundry#289 [AWS-recorded]")
    void unknownAccessKeyIsInvalidAccessKeyId() {
        String bucket = bucketWithObject();
        String unknown = "AKIAOLCONFNOSUCHKEY0";

        try (S3Client client = principals.newClient(
                Principals.APP,
                b -> b.credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(unknown, "whatever-secret"))))) {
            assertS3Error(() -> client.getObjectAsBytes(b -> b.bucket(bucket).key("k")))
                    .hasStatus(403)
                    .hasCode("InvalidAccessKeyId")
                    .hasMessage("The AWS Access Key Id you provided does not exist in our records.")
                    .hasElement("AWSAccessKeyId", unknown);
        }
    }

    @Test
    @AwsSource(
            rules = {"P16", "E31"},
            value = "jsoma/flatware#10 [AWS-recorded]")
    void scopeWithAnotherRegionIsAuthorizationHeaderMalformedNamingTheBucketsRegion() {
        String bucket = bucketWithObject();
        Region bucketRegion = target.region();
        Region wrong = bucketRegion.equals(Region.EU_CENTRAL_1) ? Region.US_WEST_2 : Region.EU_CENTRAL_1;
        // The request still goes to the bucket's regional endpoint; only the signature names another region.
        URI endpoint =
                target.emulatorEndpoint().orElse(URI.create("https://s3." + bucketRegion.id() + ".amazonaws.com"));

        try (S3Client client =
                principals.newClient(Principals.APP, b -> b.region(wrong).endpointOverride(endpoint))) {
            assertS3Error(() -> client.getObjectAsBytes(b -> b.bucket(bucket).key("k")))
                    .hasStatus(400)
                    .hasCode("AuthorizationHeaderMalformed")
                    .hasMessage("The authorization header is malformed; the region '" + wrong.id()
                            + "' is wrong; expecting '" + bucketRegion.id() + "'")
                    .hasElement("Region", bucketRegion.id());
        }
    }

    @Test
    @AwsSource(
            rules = {"P14", "E36"},
            value = "versity/versitygw#1514, aws/aws-sdk-php#612 [AWS-recorded]")
    void requestDatedTwentyMinutesAgoIsRequestTimeTooSkewed() {
        String bucket = bucketWithObject();
        Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));

        RawRequests.Reply reply = RawRequests.signedGet(
                objectUrl(bucket),
                principals.credentials(Principals.APP).resolveCredentials(),
                target.region().id(),
                late);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("RequestTimeTooSkewed");
        assertThat(reply.message())
                .isEqualTo("The difference between the request time and the current time is too large.");
        assertThat(reply.element("RequestTime")).isPresent();
        assertThat(reply.element("ServerTime")).isPresent();
        assertThat(reply.element("MaxAllowedSkewMilliseconds")).contains("900000");
    }

    @Test
    @AwsSource(
            rules = {"P14"},
            value = "API page sig-v4-header-based-auth (15 minutes) [Docs]")
    void requestDatedTenMinutesAgoIsStillAccepted() {
        String bucket = bucketWithObject();
        Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        RawRequests.Reply reply = RawRequests.signedGet(
                objectUrl(bucket),
                principals.credentials(Principals.APP).resolveCredentials(),
                target.region().id(),
                late);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("signed");
    }

    @Test
    @AwsSource(
            rules = {"P32", "E37"},
            value = "stevearc/pypicloud#248, ravsau/aws-labs#4 (regions opened after 2014) [AWS-recorded]")
    void signatureVersion2IsRefused() {
        String bucket = bucketWithObject();
        String key = principals.credentials(Principals.APP).resolveCredentials().accessKeyId();

        RawRequests.Reply reply = RawRequests.get(
                objectUrl(bucket),
                Map.of(
                        "Authorization",
                        "AWS " + key + ":bm90LWEtcmVhbC1zaWduYXR1cmU=",
                        "Date",
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("InvalidRequest");
        assertThat(reply.message())
                .isEqualTo("The authorization mechanism you have provided is not supported. "
                        + "Please use AWS4-HMAC-SHA256.");
    }

    @Test
    @AwsSource(
            rules = {"P33", "P63"},
            value = "IAM reference_policies_elements_principal; UG troubleshoot-403-errors [Docs]")
    void anonymousRequestWithoutPublicPolicyIsAccessDenied() {
        String bucket = bucketWithObject();

        RawRequests.Reply reply = RawRequests.get(objectUrl(bucket), Map.of());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("AccessDenied");
        assertThat(reply.message()).isEqualTo("Access Denied");
    }
}

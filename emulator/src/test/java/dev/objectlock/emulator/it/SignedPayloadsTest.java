package dev.objectlock.emulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Secured mode holds the body to what the signature says of it ([P.2.4]): a hex
 * {@code x-amz-content-sha256} must be the SHA-256 of the body received (E34), and every chunk of a
 * signed aws-chunked body must carry its signature ([P18]); a body that fails is never stored.
 */
class SignedPayloadsTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture(b -> b.identities(SecuredIdentities.DOCUMENT));

    /** Headers the JDK client sets itself (to the values signed here) and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "expect", "connection");

    private S3Client app;

    @BeforeEach
    void bucket() {
        app = s3.client(b -> b.credentialsProvider(SecuredIdentities.credentials(SecuredIdentities.APP_KEY)));
        app.createBucket(b -> b.bucket("payloads"));
    }

    @Test
    void theSdksDefaultPutObjectAndUploadPartAreAccepted() {
        app.putObject(b -> b.bucket("payloads").key("put"), RequestBody.fromString("put body"));
        String putForm =
                s3.lastRequest().firstMatchingHeader("x-amz-content-sha256").orElseThrow();
        String uploadId =
                app.createMultipartUpload(b -> b.bucket("payloads").key("mpu")).uploadId();
        String etag = app.uploadPart(
                        b -> b.bucket("payloads").key("mpu").uploadId(uploadId).partNumber(1),
                        RequestBody.fromString("part body"))
                .eTag();
        app.completeMultipartUpload(b -> b.bucket("payloads")
                .key("mpu")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));

        // Over plain HTTP the SDK signs every chunk and the checksum trailer.
        assertThat(putForm).isEqualTo("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
        assertThat(app.getObjectAsBytes(b -> b.bucket("payloads").key("put")).asUtf8String())
                .isEqualTo("put body");
        assertThat(app.getObjectAsBytes(b -> b.bucket("payloads").key("mpu")).asUtf8String())
                .isEqualTo("part body");
    }

    @Test
    void aBodyOtherThanTheSignedHashIsXAmzContentSha256MismatchAndNothingIsStored() {
        SignedRequest signed = sign("hash", "signed body".getBytes(StandardCharsets.UTF_8), false);

        HttpResponse<String> refused = send(signed, "other body!".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<Code>XAmzContentSHA256Mismatch</Code>")
                .contains("<ClientComputedContentSHA256>"
                        + signed.request()
                                .firstMatchingHeader("x-amz-content-sha256")
                                .orElseThrow() + "</ClientComputedContentSHA256>")
                .contains("<S3ComputedContentSHA256>");
        assertNotStored("hash");
    }

    @Test
    void theSignedBodyWithItsHashIsStored() {
        byte[] body = "signed body".getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = sign("good", body, false);

        assertThat(send(signed, body).statusCode()).isEqualTo(200);
        assertThat(app.getObjectAsBytes(b -> b.bucket("payloads").key("good")).asUtf8String())
                .isEqualTo("signed body");
    }

    @Test
    void aTamperedChunkIsSignatureDoesNotMatchAndNothingIsStored() {
        SignedRequest signed = sign("chunked", "chunked body".getBytes(StandardCharsets.UTF_8), true);
        String wire = new String(payload(signed), StandardCharsets.UTF_8);
        assertThat(wire).contains("chunk-signature=").contains("chunked body");

        HttpResponse<String> refused =
                send(signed, wire.replace("chunked body", "chunked BODY").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertNotStored("chunked");
    }

    @Test
    void anIntactSignedChunkedBodyIsStored() {
        SignedRequest signed = sign("intact", "chunked body".getBytes(StandardCharsets.UTF_8), true);

        assertThat(send(signed, payload(signed)).statusCode()).isEqualTo(200);
        assertThat(app.getObjectAsBytes(b -> b.bucket("payloads").key("intact")).asUtf8String())
                .isEqualTo("chunked body");
    }

    @Test
    void aSignedChunkedBodyOnAnotherOperationThanPutObjectOrUploadPartIsRefused() {
        app.putObject(b -> b.bucket("payloads").key("tagged"), RequestBody.fromString("x"));
        byte[] tagging = "<Tagging><TagSet><Tag><Key>k</Key><Value>v</Value></Tag></TagSet></Tagging>"
                .getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = sign("tagged?tagging", tagging, true);

        HttpResponse<String> refused = send(signed, payload(signed));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<Code>InvalidRequest</Code>")
                .contains("The value of x-amz-content-sha256 header is invalid.");
        assertThat(app.getObjectTagging(b -> b.bucket("payloads").key("tagged")).tagSet())
                .isEmpty();
    }

    private void assertNotStored(String key) {
        assertThatThrownBy(() -> app.headObject(b -> b.bucket("payloads").key(key)))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class)
                .satisfies(e -> assertThat(((software.amazon.awssdk.services.s3.model.S3Exception) e).statusCode())
                        .isEqualTo(404));
        assertThatThrownBy(() -> app.getObject(b -> b.bucket("payloads").key(key)))
                .isInstanceOf(NoSuchKeyException.class);
    }

    /**
     * A PUT signed by the SDK's own signer: hex payload hash, or signed aws-chunked.
     *
     * @param keyAndQuery the key, with {@code ?subresource} (no value) for an operation other than PutObject
     */
    private static SignedRequest sign(String keyAndQuery, byte[] body, boolean chunked) {
        URI endpoint = s3.endpoint();
        String[] parts = keyAndQuery.split("\\?", 2);
        SdkHttpFullRequest.Builder builder = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.PUT)
                .protocol("http")
                .host(endpoint.getHost())
                .port(endpoint.getPort())
                .encodedPath("/payloads/" + parts[0]);
        if (parts.length > 1) {
            builder.putRawQueryParameter(parts[1], "");
        }
        SdkHttpFullRequest request = builder.build();
        AwsCredentialsIdentity identity = AwsCredentialsIdentity.create(SecuredIdentities.APP_KEY, "app-secret");
        return AwsV4HttpSigner.create()
                .sign(s -> s.identity(identity)
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, EmulatorFixture.REGION.id())
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                        .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, chunked));
    }

    private static byte[] payload(SignedRequest signed) {
        try {
            return signed.payload().orElseThrow().newStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(SignedRequest signed, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, values.get(0));
            }
        });
        String query = signed.request().getUri().getRawQuery();
        return s3.raw("PUT", signed.request().encodedPath() + (query == null ? "" : "?" + query), headers, body);
    }
}

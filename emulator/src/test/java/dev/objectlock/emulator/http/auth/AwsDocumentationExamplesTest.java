package dev.objectlock.emulator.http.auth;

import static dev.objectlock.emulator.http.auth.AuthAssert.authenticated;
import static dev.objectlock.emulator.http.auth.AuthAssert.details;
import static dev.objectlock.emulator.http.auth.AuthAssert.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.body.AwsChunkedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the S3 API reference, with AWS's example key: "Signature Calculations for
 * the Authorization Header: Transferring Payload in a Single Chunk" (sig-v4-header-based-auth: GET
 * Object, PUT Object, GET Bucket Lifecycle, Get Bucket (List Objects)), "Authenticating Requests:
 * Using Query Parameters" (sigv4-query-string-auth) and "... Transferring Payload in Multiple
 * Chunks" (sigv4-streaming). Matching them shows the verifier computes what S3 computes.
 */
class AwsDocumentationExamplesTest {

    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String EMPTY = SigV4.EMPTY_SHA256;
    private static final String HOST = "examplebucket.s3.amazonaws.com";
    private static final String SCOPE = "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request";
    private static final Instant EXAMPLE_TIME = Instant.parse("2013-05-24T00:00:00Z");

    private final SignatureVerifier<String> verifier = new SignatureVerifier<>(
            id -> id.equals(KEY) ? Optional.of(SigningCredential.longTerm(SECRET, "example")) : Optional.empty(),
            Clock.fixed(EXAMPLE_TIME.plusSeconds(30), ZoneOffset.UTC));

    @Test
    void getObject() {
        AuthRequest request = request(
                "GET",
                "/test.txt",
                "",
                "host;range;x-amz-content-sha256;x-amz-date",
                "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
                "host",
                HOST,
                "range",
                "bytes=0-9",
                "x-amz-content-sha256",
                EMPTY,
                "x-amz-date",
                "20130524T000000Z");

        authenticated(verifier.verify(request, "us-east-1"));
        Map<String, String> computed = mismatch(request);
        assertThat(computed.get("CanonicalRequest")).isEqualTo("""
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(computed.get("StringToSign")).isEqualTo("""
                AWS4-HMAC-SHA256
                20130524T000000Z
                20130524/us-east-1/s3/aws4_request
                7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972""");
        assertThat(computed.get("StringToSignBytes"))
                .startsWith("41 57 53 34 2d 48 4d 41 43 2d 53 48 41 32 35 36 0a 32");
    }

    @Test
    void putObject() {
        // The key "test$file.text" is sent as test%24file.text; the Date header is signed beside x-amz-date.
        authenticated(verifier.verify(
                request(
                        "PUT",
                        "/test%24file.text",
                        "",
                        "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
                        "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
                        "host",
                        HOST,
                        "date",
                        "Fri, 24 May 2013 00:00:00 GMT",
                        "x-amz-content-sha256",
                        "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072",
                        "x-amz-date",
                        "20130524T000000Z",
                        "x-amz-storage-class",
                        "REDUCED_REDUNDANCY"),
                "us-east-1"));
    }

    @Test
    void getBucketLifecycle() {
        AuthRequest request = request(
                "GET",
                "/",
                "lifecycle",
                "host;x-amz-content-sha256;x-amz-date",
                "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
                "host",
                HOST,
                "x-amz-content-sha256",
                EMPTY,
                "x-amz-date",
                "20130524T000000Z");

        authenticated(verifier.verify(request, "us-east-1"));
        assertThat(mismatch(request).get("StringToSign"))
                .endsWith("\n9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca");
    }

    @Test
    void listObjects() {
        authenticated(verifier.verify(
                request(
                        "GET",
                        "/",
                        "max-keys=2&prefix=J",
                        "host;x-amz-content-sha256;x-amz-date",
                        "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
                        "host",
                        HOST,
                        "x-amz-content-sha256",
                        EMPTY,
                        "x-amz-date",
                        "20130524T000000Z"),
                "us-east-1"));
    }

    @Test
    void presignedGetObject() {
        AuthRequest request = new AuthRequest(
                "GET",
                "/test.txt",
                "X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                        + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                        + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
                Map.of("Host", List.of(HOST)));

        AuthResult.Authenticated<String> result = authenticated(verifier.verify(request, "us-east-1"));

        assertThat(result.authType().conditionValue()).isEqualTo("REST-QUERY-STRING");
    }

    @Test
    void chunkedPutObject() throws IOException {
        // 66560 bytes of 'a' in chunks of 65536 and 1024, then the final empty chunk; the seed is
        // the header signature.
        AuthRequest request = request(
                "PUT",
                "/examplebucket/chunkObject.txt",
                "",
                "content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length;"
                        + "x-amz-storage-class",
                "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9",
                "host",
                "s3.amazonaws.com",
                "x-amz-date",
                "20130524T000000Z",
                "x-amz-storage-class",
                "REDUCED_REDUNDANCY",
                "x-amz-content-sha256",
                "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
                "content-encoding",
                "aws-chunked",
                "x-amz-decoded-content-length",
                "66560",
                "content-length",
                "66824");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes("a".repeat(65536).getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(("\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        body.writeBytes("a".repeat(1024).getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(
                ("\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(body.size()).isEqualTo(66824);

        AuthResult.Authenticated<String> result = authenticated(verifier.verify(request, "us-east-1"));
        ChunkSignatureVerifier chunks = result.chunkVerifier().orElseThrow();
        byte[] decoded = new AwsChunkedInputStream(new ByteArrayInputStream(body.toByteArray()), chunks).readAllBytes();

        assertThat(decoded).hasSize(66560).containsOnly('a');
    }

    /** The example with one character of the signature changed: the error shows what was computed. */
    private Map<String, String> mismatch(AuthRequest request) {
        String authorization = request.header("authorization");
        AuthRequest tampered = SdkSigning.withHeader(
                request, "authorization", authorization.substring(0, authorization.length() - 1) + "0");
        S3Exception error = refused(
                verifier.verify(tampered, "us-east-1"),
                "SignatureDoesNotMatch",
                403,
                "The request signature we calculated does not match the signature you provided. "
                        + "Check your key and signing method.");
        return details(error);
    }

    private static AuthRequest request(
            String method, String path, String query, String signedHeaders, String signature, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        headers.put(
                "Authorization",
                List.of("AWS4-HMAC-SHA256 Credential=" + SCOPE + ",SignedHeaders=" + signedHeaders + ",Signature="
                        + signature));
        return new AuthRequest(method, path, query, headers);
    }
}

package dev.objectlock.conformance.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests the S3 client will not send (SigV2, anonymous, signed on a skewed clock, presigned URLs
 * fetched later), sent over the JDK's HTTP client, and their replies with the {@code <Error>}
 * elements readable. URLs come from the S3 client's own {@code utilities().getUrl}, so they are
 * path-style on an emulator and virtual-hosted on aws.
 */
public final class RawRequests {

    /** The SHA-256 of an empty body, the payload hash of a GET. */
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RawRequests() {}

    /** A reply: status, body and, for an error, its {@code <Error>} elements. */
    public record Reply(int status, String body) {

        public Optional<String> element(String name) {
            if (body.isEmpty()) {
                return Optional.empty();
            }
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                NodeList nodes = factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getElementsByTagName(name);
                return nodes.getLength() == 0
                        ? Optional.empty()
                        : Optional.of(nodes.item(0).getTextContent());
            } catch (Exception e) {
                throw new AssertionError("reply is not XML: " + body, e);
            }
        }

        public String code() {
            return element("Code").orElse("");
        }

        public String message() {
            return element("Message").orElse("");
        }
    }

    /** GET {@code url} with exactly these headers (none: an anonymous request, [P33]). */
    public static Reply get(URI url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * GET {@code url} header-signed ([P.2]) by {@code identity} for {@code region}, with the request
     * date read from {@code signingClock}, as a client whose clock is off would send it.
     */
    public static Reply signedGet(URI url, AwsCredentialsIdentity identity, String region, Clock signingClock) {
        SdkHttpFullRequest unsigned =
                SdkHttpFullRequest.builder().method(SdkHttpMethod.GET).uri(url).build();
        SdkHttpRequest signed = AwsV4HttpSigner.create()
                .sign(s -> s.identity(identity)
                        .request(unsigned)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                        .putProperty(HttpSigner.SIGNING_CLOCK, signingClock))
                .request();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofSeconds(30));
        signed.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        if (signed.firstMatchingHeader("x-amz-content-sha256").isEmpty()) {
            // S3 requires it on header-signed requests; it need not be signed ([P.2.1]).
            request.header("x-amz-content-sha256", EMPTY_SHA256);
        }
        return send(request.build());
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

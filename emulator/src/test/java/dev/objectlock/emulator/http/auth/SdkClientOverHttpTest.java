package dev.objectlock.emulator.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.http.ErrorResponses;
import dev.objectlock.emulator.http.body.AwsChunkedInputStream;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.hc.client5.http.DnsResolver;
import org.eclipse.jetty.http.UriCompliance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The real S3 client over real HTTP against a small server that only authenticates: it reads
 * each request with {@link JavalinAuthRequests}, verifies it, decodes signed chunks through
 * {@link AwsChunkedInputStream}, and renders refusals with the one error renderer. This covers
 * what signer-level tests cannot: the headers the client really sends (and what its HTTP stack
 * adds after signing), Jetty's view of the raw path, and the SDK reading our errors.
 */
class SdkClientOverHttpTest {

    private static final String REGION = SdkSigning.REGION;
    private static final Map<String, byte[]> OBJECTS = new ConcurrentHashMap<>();
    private static final Set<String> PAYLOAD_FORMS = ConcurrentHashMap.newKeySet();
    private static final SignatureVerifier<String> VERIFIER = new SignatureVerifier<>(
            id -> SdkSigning.store()
                    .find(id)
                    .map(c -> c.sessionToken() == null
                            ? c
                            : SigningCredential.session(c.secretAccessKey(), c.sessionToken(), null, c.principal())),
            Clock.systemUTC());
    private static Javalin server;

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.router.ignoreTrailingSlashes = false;
                    config.router.treatMultipleSlashesAsSingleSlash = false;
                    config.jetty.host = "127.0.0.1";
                    config.jetty.port = 0;
                    // As S3Routes configures Jetty: raw paths as sent, header values as sent (a cached
                    // "text/plain; charset=utf-8" would replace the client's signed "charset=UTF-8").
                    config.jetty.modifyHttpConfiguration(http -> {
                        http.setUriCompliance(UriCompliance.UNSAFE);
                        http.setHeaderCacheCaseSensitive(true);
                    });
                    config.jetty.modifyServletContextHandler(
                            h -> h.getServletHandler().setDecodeAmbiguousURIs(true));
                    for (HandlerType type :
                            new HandlerType[] {HandlerType.GET, HandlerType.PUT, HandlerType.HEAD, HandlerType.DELETE
                            }) {
                        config.routes.addHttpHandler(type, "/*", SdkClientOverHttpTest::serve);
                    }
                    config.routes.exception(
                            S3Exception.class, (e, ctx) -> ErrorResponses.render(ctx, e, "TESTREQUEST0001"));
                })
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void clear() {
        OBJECTS.clear();
        PAYLOAD_FORMS.clear();
    }

    private static void serve(Context ctx) throws IOException {
        AuthResult<String> result = VERIFIER.verify(JavalinAuthRequests.from(ctx), REGION);
        if (result instanceof AuthResult.Refused<String> refused) {
            throw refused.error();
        }
        AuthResult.Authenticated<String> auth = (AuthResult.Authenticated<String>) result;
        String object = ctx.header("Host") + ctx.req().getRequestURI();
        switch (ctx.method().name()) {
            case "PUT" -> {
                PAYLOAD_FORMS.add(
                        auth.payload().value().startsWith("STREAMING")
                                ? auth.payload().value()
                                : "hex or unsigned");
                InputStream in = ctx.req().getInputStream();
                if (auth.payload().isStreaming()) {
                    in = new AwsChunkedInputStream(in, auth.chunkVerifier().orElse(null));
                }
                byte[] body = in.readAllBytes();
                auth.payload().checkBody(SigV4.sha256().digest(body));
                OBJECTS.put(object, body);
                ctx.header("ETag", "\"" + SigV4.sha256Hex(body).substring(0, 32) + "\"");
            }
            case "GET" ->
                ctx.result(Optional.ofNullable(OBJECTS.get(object)).orElseThrow(() -> S3Exception.noSuchKey(object)));
            case "HEAD" -> ctx.header("Content-Length", "0");
            default -> ctx.status(204);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.objectlock.emulator.http.auth.HeaderAuthenticationTest#keys")
    void putAndGetAnyKeyWithSignedChunksAndTrailer(String key) {
        byte[] body = bytes(200_000);
        try (S3Client s3 = client(user(), b -> {})) {
            s3.putObject(
                    p -> p.bucket("bucket").key(key).metadata(Map.of("note", "  spaced   out ")),
                    RequestBody.fromBytes(body));

            assertThat(s3.getObjectAsBytes(g -> g.bucket("bucket").key(key)).asByteArray())
                    .isEqualTo(body);
            s3.headObject(h -> h.bucket("bucket").key(key).versionId("v1"));
            s3.deleteObject(d -> d.bucket("bucket").key(key).bypassGovernanceRetention(true));
        }
        // Over plain HTTP the SDK signs the payload: chunk by chunk, with a signed checksum trailer.
        assertThat(PAYLOAD_FORMS).containsExactly("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
    }

    @Test
    void withoutDefaultChecksumsTheWholeBodyHashIsSigned() {
        byte[] body = bytes(50_000);
        try (S3Client s3 =
                client(user(), b -> b.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED))) {
            s3.putObject(p -> p.bucket("bucket").key("k"), RequestBody.fromBytes(body));

            assertThat(s3.getObjectAsBytes(g -> g.bucket("bucket").key("k")).asByteArray())
                    .isEqualTo(body);
        }
        assertThat(PAYLOAD_FORMS).isNotEmpty().doesNotContain("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
    }

    @Test
    void virtualHostStyleAndARoleSession() {
        AwsSessionCredentials session = AwsSessionCredentials.create(
                SdkSigning.SESSION_KEY, SdkSigning.SESSION_SECRET, SdkSigning.SESSION_TOKEN);
        try (S3Client s3 = client(
                session,
                b -> b.forcePathStyle(false)
                        .httpClient(Apache5HttpClient.builder()
                                .dnsResolver(new LocalhostResolver())
                                .build()))) {
            s3.putObject(p -> p.bucket("my-bucket").key("a b/c+d"), RequestBody.fromString("hello"));

            assertThat(s3.getObjectAsBytes(g -> g.bucket("my-bucket").key("a b/c+d"))
                            .asUtf8String())
                    .isEqualTo("hello");
        }
        assertThat(OBJECTS).containsKey("my-bucket.localhost:" + server.port() + "/a%20b/c%2Bd");
    }

    @Test
    void theSdkReadsOurRefusals() {
        try (S3Client s3 = client(AwsBasicCredentials.create(SdkSigning.KEY, "wrong-secret"), b -> {})) {
            assertThatThrownBy(() -> s3.getObject(g -> g.bucket("bucket").key("k")))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.s3.model.S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                    });
        }
        try (S3Client s3 = client(AwsBasicCredentials.create("AKIANOSUCHKEY0000000", "x"), b -> {})) {
            assertThatThrownBy(() -> s3.putObject(p -> p.bucket("bucket").key("k"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(
                            software.amazon.awssdk.services.s3.model.S3Exception.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId"));
        }
        try (S3Client s3 = client(user(), b -> b.region(Region.US_WEST_2))) {
            assertThatThrownBy(() -> s3.getObject(g -> g.bucket("bucket").key("k")))
                    .isInstanceOfSatisfying(software.amazon.awssdk.services.s3.model.S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AuthorizationHeaderMalformed");
                    });
        }
    }

    @Test
    void presignedUrlsThroughAPlainHttpClient() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (S3Presigner presigner = S3Presigner.builder()
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(user()))
                .endpointOverride(endpoint())
                .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build()) {
            URI put = presigner
                    .presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                            .putObjectRequest(r -> r.bucket("bucket").key("shared report.csv")))
                    .url()
                    .toURI();
            URI get = presigner
                    .presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                            .getObjectRequest(r -> r.bucket("bucket").key("shared report.csv")))
                    .url()
                    .toURI();

            assertThat(http.send(
                                    HttpRequest.newBuilder(put)
                                            .PUT(HttpRequest.BodyPublishers.ofString("a,b"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(get).build(), HttpResponse.BodyHandlers.ofString())
                            .body())
                    .isEqualTo("a,b");
            HttpResponse<String> tampered = http.send(
                    HttpRequest.newBuilder(URI.create(get + "&versionId=v1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tampered.statusCode()).isEqualTo(403);
            assertThat(tampered.body()).contains("<Code>SignatureDoesNotMatch</Code>", "<CanonicalRequest>GET\n");
        }
    }

    private static S3Client client(AwsCredentials credentials, Consumer<S3ClientBuilder> settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(REGION))
                .endpointOverride(endpoint())
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)));
        settings.accept(builder);
        return builder.build();
    }

    private static AwsCredentials user() {
        return AwsBasicCredentials.create(SdkSigning.KEY, SdkSigning.SECRET);
    }

    private static URI endpoint() {
        return URI.create("http://localhost:" + server.port());
    }

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        new Random(size).nextBytes(body);
        return body;
    }

    /** Resolves {@code *.localhost} to loopback, for virtual-host-style requests. */
    private static final class LocalhostResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}

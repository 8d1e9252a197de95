package dev.objectlock.emulator.it;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

/**
 * One emulator per test class, reset before each test, driven through the real AWS SDK v2 over
 * real HTTP. Register with {@code @RegisterExtension static final EmulatorFixture s3 = new EmulatorFixture();}.
 *
 * <p>{@link #client()} is path-style over the URL-connection client. {@link #virtualHostClient()}
 * talks to {@code http://localhost:<port>} without path style, so the SDK sends
 * {@code Host: <bucket>.localhost:<port>}; the JVM cannot resolve {@code *.localhost} on every
 * machine, so that client uses the SDK's default HTTP client (Apache 5) with a DNS resolver that
 * maps {@code localhost} and {@code *.localhost} to the loopback address. The request on the wire is
 * exactly what a default SDK client sends to a virtual-hosted bucket.
 *
 * <p>{@link #controlClient()} is an {@link S3ControlClient} (S3 Batch Operations jobs) built the
 * way users must build one (see {@link #controlClientFor}).
 */
public final class EmulatorFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final Region REGION = Region.US_EAST_1;
    /** The account the S3 Control tests act as ({@code x-amz-account-id}). */
    public static final String ACCOUNT_ID = "123456789012";

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "dummy-secret"));

    private static final Map<String, byte[]> ERROR_BODIES = new ConcurrentHashMap<>();

    private final Consumer<ObjectLockEmulator.Builder> emulatorSettings;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final List<SdkHttpRequest> sentRequests = new CopyOnWriteArrayList<>();
    private ObjectLockEmulator emulator;
    private S3Client client;
    private S3Client virtualHostClient;
    private S3ControlClient controlClient;
    private HttpClient raw;

    public EmulatorFixture() {
        this(b -> {});
    }

    /** An emulator with settings of its own, such as another region. */
    public EmulatorFixture(Consumer<ObjectLockEmulator.Builder> emulatorSettings) {
        this.emulatorSettings = emulatorSettings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ObjectLockEmulator.Builder builder =
                ObjectLockEmulator.builder().host("127.0.0.1").port(0);
        emulatorSettings.accept(builder);
        emulator = builder.build().start();
        client = client(b -> {});
        virtualHostClient = track(baseBuilder()
                .endpointOverride(URI.create("http://localhost:" + emulator.port()))
                .forcePathStyle(false)
                .httpClient(Apache5HttpClient.builder()
                        .dnsResolver(new LocalhostResolver())
                        .build())
                .build());
        controlClient = track(controlClientFor(
                emulator.endpoint(),
                b -> b.overrideConfiguration(
                        o -> o.retryStrategy(r -> r.maxAttempts(1)).addExecutionInterceptor(new Recorder()))));
        raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator.reset();
        sentRequests.clear();
        ERROR_BODIES.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        closeables.clear();
        emulator.stop();
    }

    public ObjectLockEmulator emulator() {
        return emulator;
    }

    public URI endpoint() {
        return emulator.endpoint();
    }

    /** The shared path-style client with SDK defaults (aws-chunked uploads with a CRC32 trailer). */
    public S3Client client() {
        return client;
    }

    public S3Client virtualHostClient() {
        return virtualHostClient;
    }

    /** The shared S3 Control client (one attempt per call, requests and error bodies recorded like {@link #client()}'s). */
    public S3ControlClient controlClient() {
        return controlClient;
    }

    /**
     * An S3 Control client for an emulator at {@code endpoint}, built as users must build one.
     * {@code endpointOverride} does not do: the SDK's endpoint rules put the account id in front
     * of the override's host ({@code 123456789012.127.0.0.1} fails, {@code 123456789012.localhost}
     * needs a hosts entry; [C.1]). An endpoint provider that answers the emulator's URL as it
     * is sends every call there, with the account in {@code x-amz-account-id}.
     */
    public static S3ControlClient controlClientFor(URI endpoint, Consumer<S3ControlClientBuilder> settings) {
        S3ControlClientBuilder builder = S3ControlClient.builder()
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .endpointProvider(params -> CompletableFuture.completedFuture(
                        Endpoint.builder().url(endpoint).build()))
                .httpClient(UrlConnectionHttpClient.create());
        settings.accept(builder);
        return builder.build();
    }

    /**
     * An S3 Control client with the SDK's plain {@code endpointOverride("http://localhost:<port>")},
     * whose requests go to {@code 123456789012.localhost:<port>} ([R37]); the Apache client
     * resolves {@code *.localhost} to loopback, as a hosts entry would. Closed after the class.
     */
    public S3ControlClient hostPrefixedControlClient() {
        return track(S3ControlClient.builder()
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(URI.create("http://localhost:" + emulator.port()))
                .overrideConfiguration(
                        o -> o.retryStrategy(r -> r.maxAttempts(1)).addExecutionInterceptor(new Recorder()))
                .httpClient(Apache5HttpClient.builder()
                        .dnsResolver(new LocalhostResolver())
                        .build())
                .build());
    }

    /** A further path-style client, for settings such as {@code requestChecksumCalculation}; closed after the class. */
    public S3Client client(Consumer<S3ClientBuilder> settings) {
        S3ClientBuilder builder = baseBuilder()
                .endpointOverride(emulator.endpoint())
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create());
        settings.accept(builder);
        return track(builder.build());
    }

    /** Requests as the SDK put them on the wire (after signing), oldest first, since the test began. */
    public List<SdkHttpRequest> sentRequests() {
        return List.copyOf(sentRequests);
    }

    public SdkHttpRequest lastRequest() {
        return sentRequests.get(sentRequests.size() - 1);
    }

    /** A raw HTTP request for what the SDK cannot express or hides; the emulator accepts unsigned calls. */
    public HttpResponse<String> raw(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + pathAndQuery))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> raw(String method, String pathAndQuery) {
        return raw(method, pathAndQuery, Map.of(), null);
    }

    // ---- small conveniences shared by the tests ----

    public void createBucket(String bucket) {
        client.createBucket(b -> b.bucket(bucket));
    }

    public void versioning(String bucket, BucketVersioningStatus status) {
        client.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(c -> c.status(status)));
    }

    /** Creates a bucket with versioning Enabled. */
    public void createVersionedBucket(String bucket) {
        createBucket(bucket);
        versioning(bucket, BucketVersioningStatus.ENABLED);
    }

    public PutObjectResponse put(String bucket, String key, String body) {
        return client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    public String read(String bucket, String key) {
        return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    public String read(String bucket, String key, String versionId) {
        return client.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(versionId))
                .asUtf8String();
    }

    private S3ClientBuilder baseBuilder() {
        return S3Client.builder()
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                // One attempt: a retried failure would hide the status the emulator really sent.
                .overrideConfiguration(
                        o -> o.retryStrategy(r -> r.maxAttempts(1)).addExecutionInterceptor(new Recorder()));
    }

    private <T extends AutoCloseable> T track(T c) {
        closeables.add(c);
        return c;
    }

    /** The raw body of an error response the SDK received, by its x-amz-request-id. */
    static byte[] errorBody(String requestId) {
        byte[] body = ERROR_BODIES.get(requestId);
        if (body == null) {
            throw new AssertionError("no error response with request id " + requestId + " was recorded");
        }
        return body;
    }

    /**
     * Records the requests the SDK sends and the bodies of error responses (the SDK keeps only
     * the parsed code and message, and tests assert the other elements of the Error document).
     */
    private final class Recorder implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            sentRequests.add(context.httpRequest());
        }

        @Override
        public Optional<InputStream> modifyHttpResponseContent(
                Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            Optional<InputStream> body = context.responseBody();
            if (context.httpResponse().isSuccessful()) {
                return body;
            }
            try (InputStream in = body.orElseGet(InputStream::nullInputStream)) {
                byte[] bytes = in.readAllBytes();
                context.httpResponse()
                        .firstMatchingHeader("x-amz-request-id")
                        .ifPresent(id -> ERROR_BODIES.put(id, bytes));
                return Optional.of(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Resolves {@code localhost} and any {@code *.localhost} to loopback, everything else as usual. */
    private static final class LocalhostResolver implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String h = host.toLowerCase(Locale.ROOT);
            if (h.equals("localhost") || h.endsWith(".localhost")) {
                return new InetAddress[] {InetAddress.getByAddress(h, new byte[] {127, 0, 0, 1})};
            }
            return SystemDefaultDnsResolver.INSTANCE.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return host;
        }
    }
}

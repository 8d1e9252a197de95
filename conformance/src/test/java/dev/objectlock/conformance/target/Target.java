package dev.objectlock.conformance.target;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * One resolved target for the whole test run: the S3 client every scenario shares and what the
 * bucket fixture needs to name and create buckets there. Closing it closes the client and stops
 * an emulator this run started. Built from system properties (see the module README).
 */
public final class Target implements AutoCloseable {

    static final String URL_PROPERTY = "conformance.url";
    static final String REGION_PROPERTY = "conformance.region";
    static final String BUCKET_PREFIX_PROPERTY = "conformance.bucketPrefix";
    static final String ACCOUNT_ID_PROPERTY = "conformance.accountId";
    static final String ROLE_ARN_PROPERTY = "conformance.roleArn";
    /** The identities document a url target's jar was started with ({@code --identities}). */
    static final String IDENTITIES_PROPERTY = "conformance.identities";
    /** The key every client of an open emulator signs with; an open emulator accepts any. */
    private static final AwsCredentialsProvider OPEN_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("conformance", "conformance"));
    /** The emulator's default account, which the url target assumes unless told otherwise. */
    private static final String EMULATOR_ACCOUNT_ID = "123456789012";

    static final String DEFAULT_REGION = "us-east-1";
    static final String DEFAULT_BUCKET_PREFIX = "olconf";

    private final TargetKind kind;
    private final Region region;
    private final String bucketPrefix;
    private final String accountId;
    private final ObjectLockEmulator startedEmulator;
    private final Supplier<S3ClientBuilder> clientBuilder;
    private final EmulatorClock clock;
    private final S3Client s3;
    private final S3ControlClient control;
    private final URI emulatorEndpoint;

    /** {@code controlCredentials} sign the S3 Control client of an emulator; aws uses the default chain. */
    Target(
            TargetKind kind,
            Region region,
            String bucketPrefix,
            String accountId,
            ObjectLockEmulator startedEmulator,
            Supplier<S3ClientBuilder> clientBuilder,
            URI emulatorEndpoint,
            AwsCredentialsProvider controlCredentials) {
        this.kind = kind;
        this.region = region;
        this.bucketPrefix = bucketPrefix;
        this.accountId = accountId;
        this.startedEmulator = startedEmulator;
        this.clientBuilder = clientBuilder;
        this.emulatorEndpoint = emulatorEndpoint;
        this.clock = emulatorEndpoint == null ? null : new EmulatorClock(emulatorEndpoint);
        this.s3 = clientBuilder.get().build();
        this.control = emulatorEndpoint == null
                ? TargetClients.awsControl(region)
                : TargetClients.endpointControl(emulatorEndpoint, region, controlCredentials);
    }

    /**
     * Resolves {@code conformance.*} system properties; starts an emulator for the default target.
     * Every property is checked before anything is started, so a bad one leaks nothing.
     */
    public static Target fromSystemProperties() {
        TargetKind kind = TargetKind.fromSystemProperties();
        String prefix = BucketNames.validPrefix(System.getProperty(BUCKET_PREFIX_PROPERTY, DEFAULT_BUCKET_PREFIX));
        String accountId = System.getProperty(ACCOUNT_ID_PROPERTY);
        switch (kind) {
            case EMULATOR: {
                Region region = Region.of(System.getProperty(REGION_PROPERTY, DEFAULT_REGION));
                ObjectLockEmulator emulator = ObjectLockEmulator.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .region(region.id())
                        .build()
                        .start();
                try {
                    return new Target(
                            kind,
                            region,
                            prefix,
                            accountId != null ? accountId : emulator.accountId(),
                            emulator,
                            () -> TargetClients.endpoint(emulator.endpoint(), region, OPEN_CREDENTIALS),
                            emulator.endpoint(),
                            OPEN_CREDENTIALS);
                } catch (RuntimeException e) {
                    emulator.close();
                    throw e;
                }
            }
            case URL: {
                Region region = Region.of(System.getProperty(REGION_PROPERTY, DEFAULT_REGION));
                String url = System.getProperty(URL_PROPERTY);
                if (url == null || url.isBlank()) {
                    throw new IllegalArgumentException(
                            "-D" + TargetKind.PROPERTY + "=url needs -D" + URL_PROPERTY + "=http://host:port");
                }
                URI endpoint = URI.create(url.trim());
                AwsCredentialsProvider credentials = urlIdentities()
                        .map(document -> (AwsCredentialsProvider) StaticCredentialsProvider.create(document.root()
                                .orElseThrow(() -> new IllegalArgumentException("-D" + IDENTITIES_PROPERTY
                                        + " names a document without a root key; the scenarios act as root"))))
                        .orElse(OPEN_CREDENTIALS);
                return new Target(
                        kind,
                        region,
                        prefix,
                        accountId != null ? accountId : EMULATOR_ACCOUNT_ID,
                        null,
                        () -> TargetClients.endpoint(endpoint, region, credentials),
                        endpoint,
                        credentials);
            }
            case AWS: {
                String configured = System.getProperty(REGION_PROPERTY);
                Region region =
                        configured != null ? Region.of(configured) : new DefaultAwsRegionProviderChain().getRegion();
                return new Target(
                        kind,
                        region,
                        prefix,
                        accountId,
                        null,
                        () -> S3Client.builder()
                                .region(region)
                                .credentialsProvider(
                                        DefaultCredentialsProvider.builder().build())
                                .httpClient(UrlConnectionHttpClient.create())
                                .overrideConfiguration(o -> o.addExecutionInterceptor(new RawErrorBodyInterceptor())),
                        null,
                        null);
            }
            default:
                throw new IllegalStateException("unhandled target " + kind);
        }
    }

    /** The document of {@code -Dconformance.identities}, if given (url target only). */
    static Optional<IdentitiesDocument> urlIdentities() {
        String file = System.getProperty(IDENTITIES_PROPERTY);
        return file == null || file.isBlank()
                ? Optional.empty()
                : Optional.of(IdentitiesDocument.fromFile(Path.of(file.trim())));
    }

    /**
     * Where the target named by the system properties is, for reports, without starting or
     * connecting to anything: {@code region us-east-1, in-process emulator},
     * {@code region us-east-1, http://127.0.0.1:9000} or {@code region eu-west-1}.
     */
    public static String describeFromSystemProperties() {
        TargetKind kind = TargetKind.fromSystemProperties();
        String region = System.getProperty(REGION_PROPERTY);
        if (kind != TargetKind.AWS) {
            String where = kind == TargetKind.EMULATOR
                    ? "in-process emulator"
                    : System.getProperty(URL_PROPERTY, "(no -D" + URL_PROPERTY + ")")
                            .trim();
            return "region " + (region != null ? region : DEFAULT_REGION) + ", " + where;
        }
        if (region != null) {
            return "region " + region;
        }
        try {
            return "region " + new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (RuntimeException e) {
            return "region unknown (" + e.getMessage() + ")";
        }
    }

    public TargetKind kind() {
        return kind;
    }

    public boolean isAws() {
        return kind == TargetKind.AWS;
    }

    public Region region() {
        return region;
    }

    public String bucketPrefix() {
        return bucketPrefix;
    }

    /**
     * The account id for S3 Control scenarios: {@code -Dconformance.accountId}, else the emulator's
     * (123456789012 unless it was started otherwise); on aws only when given.
     */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /**
     * The IAM role a Batch Operations job names: {@code -Dconformance.roleArn}, required on aws (the
     * role S3 assumes to run the job); emulators accept any well-formed role of the account.
     */
    public Optional<String> roleArn() {
        String configured = System.getProperty(ROLE_ARN_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.trim());
        }
        return isAws() ? Optional.empty() : accountId().map(a -> "arn:aws:iam::" + a + ":role/objectlock-conformance");
    }

    public S3ControlClient control() {
        return control;
    }

    /** A second S3 Control client for this target, signing with {@code credentials}; the caller closes it. */
    public S3ControlClient newControl(AwsCredentialsProvider credentials) {
        return emulatorEndpoint == null
                ? TargetClients.awsControl(region, credentials)
                : TargetClients.endpointControl(emulatorEndpoint, region, credentials);
    }

    /** The emulator's URL (in-process or url target); empty on aws. */
    public Optional<URI> emulatorEndpoint() {
        return Optional.ofNullable(emulatorEndpoint);
    }

    public S3Client s3() {
        return s3;
    }

    /**
     * A second client configured like {@link #s3()} and then changed by {@code change}, for
     * scenarios about what a differently configured SDK sends (for example no default checksum).
     * The caller closes it.
     */
    public S3Client newClient(Consumer<S3ClientBuilder> change) {
        S3ClientBuilder builder = clientBuilder.get();
        change.accept(builder);
        return builder.build();
    }

    /** The emulator's clock on the emulator and url targets; empty on aws, which has none. */
    public Optional<EmulatorClock> clock() {
        return Optional.ofNullable(clock);
    }

    /**
     * What the target's clock reads now: the emulator's (possibly moved) clock, or this machine's
     * for aws, whose clock the scenarios assume is synchronised with AWS.
     */
    public Instant now() {
        return clock != null ? clock.now() : Instant.now();
    }

    @Override
    public void close() {
        try {
            s3.close();
            control.close();
        } finally {
            if (startedEmulator != null) {
                startedEmulator.close();
            }
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " (" + region.id() + ")";
    }
}

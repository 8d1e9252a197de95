package dev.objectlock.testcontainers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

/**
 * Testcontainers implementation of the ObjectLock Emulator: Amazon S3 versioning and Object Lock
 * on a port of its own, with a clock tests can move.
 *
 * <p>Supported image: {@code objectlock-emulator}, built from this repository's {@code Dockerfile}
 * (see the README). Exposed port: 9000 (S3, S3 Control and the {@code /_emulator/} admin API).
 * The container counts as started once {@code GET /_emulator/health} answers 200.
 *
 * <p>{@code with*} settings become the emulator's {@code OBJECTLOCK_*} environment variables, so
 * the environment is the one place they live and the getters read it back.
 *
 * <pre>{@code
 * try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer().withRegion("eu-west-1")) {
 *     emulator.start();
 *     try (S3Client s3 = emulator.createS3Client()) {
 *         s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
 *     }
 *     emulator.advanceClock(Duration.ofDays(366));   // a year of retention is over
 * }
 * }</pre>
 *
 * <p>With {@link #withIdentities(String)} the emulator runs in secured mode, and the helpers sign as
 * the root or, given a name ({@code createS3Client("app")}), as that user or role.
 *
 * <p>The client helpers need the AWS SDK for Java v2 ({@code software.amazon.awssdk:s3},
 * {@code s3control}) on the classpath; everything else works without it (only code that lists this
 * class's methods by reflection would then fail, as their signatures name SDK types).
 */
public class ObjectLockEmulatorContainer extends GenericContainer<ObjectLockEmulatorContainer> {

    /** The image's repository name; any tag of it is accepted. */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("objectlock-emulator");

    /** The image version this module was built with (the project version). */
    public static final String DEFAULT_TAG = "0.1.0-SNAPSHOT";

    /** The port the emulator listens on inside the container. */
    public static final int PORT = 9000;

    /** In open mode any key is accepted; these are what the client helpers sign with there. */
    static final EmulatorCredentials OPEN_MODE = new EmulatorCredentials("test", "test", null);

    /** Where {@link #withIdentities(MountableFile)} puts the document in the container. */
    static final String IDENTITIES_PATH = "/etc/objectlock/identities.json";

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private Instant clockStart;
    private IdentitiesDocument identities;
    private EmulatorAdminClient admin;

    /** The image {@code objectlock-emulator:}{@value #DEFAULT_TAG}. */
    public ObjectLockEmulatorContainer() {
        this(DEFAULT_IMAGE_NAME.withTag(DEFAULT_TAG));
    }

    /** @param dockerImageName such as {@code "objectlock-emulator:0.1.0-SNAPSHOT"} */
    public ObjectLockEmulatorContainer(String dockerImageName) {
        this(DockerImageName.parse(dockerImageName));
    }

    /**
     * @param dockerImageName {@code objectlock-emulator} with any tag, or another image declared
     *                        with {@code asCompatibleSubstituteFor("objectlock-emulator")}
     */
    public ObjectLockEmulatorContainer(DockerImageName dockerImageName) {
        super(dockerImageName);
        dockerImageName.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        withExposedPorts(PORT);
        // Listen on every interface of the container, on the port we expose, whatever the image's defaults.
        withEnv(EmulatorEnvironment.HOST, "0.0.0.0");
        withEnv(EmulatorEnvironment.PORT, Integer.toString(PORT));
        waitingFor(Wait.forHttp(EmulatorAdminClient.HEALTH_PATH)
                .forPort(PORT)
                .forStatusCode(200)
                .withStartupTimeout(STARTUP_TIMEOUT));
    }

    /**
     * The region unsigned requests stand for, and clients sign for (default {@code us-east-1}).
     *
     * @param region a region name, such as {@code eu-west-1}
     * @return this container
     */
    public ObjectLockEmulatorContainer withRegion(String region) {
        Objects.requireNonNull(region, "region");
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be empty");
        }
        return withEnv(EmulatorEnvironment.REGION, region);
    }

    /**
     * The 12-digit account id the emulator runs as (default {@code 123456789012}).
     *
     * @param accountId 12 digits
     * @return this container
     */
    public ObjectLockEmulatorContainer withAccountId(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("account id must be 12 digits, was " + accountId);
        }
        return withEnv(EmulatorEnvironment.ACCOUNT_ID, accountId);
    }

    /**
     * Keeps the emulator's state in {@code containerPath} (an H2 file database and the object bodies)
     * instead of memory. The image's {@code /data} is writable by the emulator's user; mount a volume
     * there to keep state beyond the container.
     *
     * @param containerPath an absolute path in the container, such as {@code /data}
     * @return this container
     */
    public ObjectLockEmulatorContainer withDataDir(String containerPath) {
        Objects.requireNonNull(containerPath, "containerPath");
        if (!containerPath.startsWith("/")) {
            throw new IllegalArgumentException(
                    "the data dir must be an absolute path in the container, was " + containerPath);
        }
        return withEnv(EmulatorEnvironment.DATA_DIR, containerPath);
    }

    /**
     * Requests to {@code <bucket>.<suffix>} address that bucket (default {@code localhost}).
     *
     * @param suffix the domain
     * @return this container
     */
    public ObjectLockEmulatorContainer withVirtualHostSuffix(String suffix) {
        Objects.requireNonNull(suffix, "suffix");
        return withEnv(EmulatorEnvironment.VIRTUAL_HOST_SUFFIX, suffix);
    }

    /**
     * Secured mode: every request must be signed by a key of this identities document (the shape of
     * the README's "Permissions" section) and is authorised as AWS authorises it. The client helpers
     * then sign as the root ({@code createS3Client()}) or a named user or role
     * ({@code createS3Client("app")}). IllegalArgumentException, naming the JSON path, if the keys
     * of the document are faulty; the emulator checks the rest when it starts.
     *
     * @param json the identities document
     * @return this container
     */
    public ObjectLockEmulatorContainer withIdentities(String json) {
        Objects.requireNonNull(json, "json");
        identities = IdentitiesDocument.parse(json.strip(), "withIdentities(String)");
        return withEnv(EmulatorEnvironment.IDENTITIES, identities.json());
    }

    /**
     * As {@link #withIdentities(String)}, with the document in a file copied into the container.
     *
     * @param file the identities document on the host
     * @return this container
     */
    public ObjectLockEmulatorContainer withIdentities(MountableFile file) {
        Objects.requireNonNull(file, "file");
        identities = IdentitiesDocument.read(file);
        // readable by the emulator's user (uid 10001) whatever the mode of the file on the host
        withCopyFileToContainer(MountableFile.forHostPath(file.getResolvedPath(), 0644), IDENTITIES_PATH);
        return withEnv(EmulatorEnvironment.IDENTITIES, IDENTITIES_PATH);
    }

    /**
     * Every admin call ({@code /_emulator/}) but the health check then needs this token; {@link #admin()} sends it.
     *
     * @param token the bearer token
     * @return this container
     */
    public ObjectLockEmulatorContainer withAdminToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        return withEnv(EmulatorEnvironment.ADMIN_TOKEN, token);
    }

    /**
     * Sets the emulator's clock to {@code instant} as soon as the container is started, before the
     * test sees it; from there it keeps ticking until the test moves it.
     *
     * @param instant the time the clock reads once the container has started
     * @return this container
     */
    public ObjectLockEmulatorContainer withClockStart(Instant instant) {
        this.clockStart = Objects.requireNonNull(instant, "instant");
        return self();
    }

    @Override
    protected void containerIsStarted(InspectContainerResponse containerInfo) {
        if (clockStart != null) {
            admin().setClock(clockStart);
        }
    }

    /**
     * The emulator's S3 endpoint as seen from the test, such as {@code http://localhost:32768}.
     *
     * @return the URL SDK clients use
     */
    public URI getEndpoint() {
        int port = getMappedPort(PORT); // first: before the start it fails at once, without asking Docker for a host
        return endpoint(getHost(), port);
    }

    static URI endpoint(String host, int port) {
        String authority = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + authority + ":" + port);
    }

    /**
     * The region buckets live in and clients sign for.
     *
     * @return the region, {@code us-east-1} unless {@link #withRegion(String)} said otherwise
     */
    public String getRegion() {
        return getEnvMap().getOrDefault(EmulatorEnvironment.REGION, EmulatorEnvironment.DEFAULT_REGION);
    }

    /**
     * The account the emulator runs as.
     *
     * @return 12 digits, {@code 123456789012} unless {@link #withAccountId(String)} said otherwise
     */
    public String getAccountId() {
        return getEnvMap().getOrDefault(EmulatorEnvironment.ACCOUNT_ID, EmulatorEnvironment.DEFAULT_ACCOUNT_ID);
    }

    /**
     * The access key the client helpers sign with: the root's in secured mode; in open mode any is accepted.
     *
     * @return an access key id
     */
    public String getAccessKey() {
        return rootCredentials().accessKeyId();
    }

    /**
     * The secret key that goes with {@link #getAccessKey()}.
     *
     * @return a secret access key
     */
    public String getSecretKey() {
        return rootCredentials().secretAccessKey();
    }

    /**
     * The keys of the user {@code identity} of {@link #withIdentities(String)}, or of the first
     * session of the role {@code identity}, for clients a test builds itself.
     *
     * @param identity the name of a user or role of the document
     * @return its keys (with a session token for a role)
     * @throws IllegalStateException in open mode
     */
    public EmulatorCredentials credentials(String identity) {
        if (identities == null) {
            throw new IllegalStateException("credentials(\"" + identity + "\"): the emulator is in open mode; "
                    + "declare identities with withIdentities(..)");
        }
        return identities.credentials(identity);
    }

    /**
     * A new S3 client for this emulator (path-style, its region, the root's keys); the caller closes it.
     *
     * @return a client signed with {@link #getAccessKey()}
     */
    public S3Client createS3Client() {
        requireSdk("software.amazon.awssdk.services.s3.S3Client", "s3"); // before the lambda links the SDK
        return createS3Client(builder -> {});
    }

    /**
     * As {@link #createS3Client()}, with a last say over the builder (an HTTP client, interceptors, ...).
     *
     * @param customizer applied to the builder last
     * @return a client signed with {@link #getAccessKey()}
     */
    public S3Client createS3Client(Consumer<S3ClientBuilder> customizer) {
        requireSdk("software.amazon.awssdk.services.s3.S3Client", "s3");
        return AwsClients.s3(getEndpoint(), getRegion(), rootCredentials(), customizer);
    }

    /**
     * A new S3 client that acts as {@code identity}, as {@link #credentials(String)} names it.
     *
     * @param identity the name of a user or role of the document
     * @return a client signed with that identity's keys
     */
    public S3Client createS3Client(String identity) {
        requireSdk("software.amazon.awssdk.services.s3.S3Client", "s3");
        return createS3Client(identity, builder -> {});
    }

    /**
     * As {@link #createS3Client(String)}, with a last say over the builder.
     *
     * @param identity the name of a user or role of the document
     * @param customizer applied to the builder last
     * @return a client signed with that identity's keys
     */
    public S3Client createS3Client(String identity, Consumer<S3ClientBuilder> customizer) {
        requireSdk("software.amazon.awssdk.services.s3.S3Client", "s3");
        return AwsClients.s3(getEndpoint(), getRegion(), credentials(identity), customizer);
    }

    /**
     * A new S3 Control client (Batch Operations jobs) for this emulator; the caller closes it. Pass
     * {@link #getAccountId()} as each request's account id. Its endpoint provider answers with
     * {@link #getEndpoint()} as is, because the SDK's own rules would prefix the host with the
     * account id, which does not resolve.
     *
     * @return a client signed with {@link #getAccessKey()}
     */
    public S3ControlClient createS3ControlClient() {
        requireSdk("software.amazon.awssdk.services.s3control.S3ControlClient", "s3control");
        return createS3ControlClient(builder -> {});
    }

    /**
     * As {@link #createS3ControlClient()}, with a last say over the builder.
     *
     * @param customizer applied to the builder last
     * @return a client signed with {@link #getAccessKey()}
     */
    public S3ControlClient createS3ControlClient(Consumer<S3ControlClientBuilder> customizer) {
        requireSdk("software.amazon.awssdk.services.s3control.S3ControlClient", "s3control");
        return AwsClients.s3Control(getEndpoint(), getRegion(), rootCredentials(), customizer);
    }

    /**
     * A new S3 Control client that acts as {@code identity}, as {@link #credentials(String)} names it.
     *
     * @param identity the name of a user or role of the document
     * @return a client signed with that identity's keys
     */
    public S3ControlClient createS3ControlClient(String identity) {
        requireSdk("software.amazon.awssdk.services.s3control.S3ControlClient", "s3control");
        return AwsClients.s3Control(getEndpoint(), getRegion(), credentials(identity), builder -> {});
    }

    /**
     * The admin API client for this container (with its admin token): clock, reset, health, job waits.
     *
     * @return a client for this container's {@code /_emulator/} API
     */
    public EmulatorAdminClient admin() {
        URI endpoint = getEndpoint();
        if (admin == null || !admin.endpoint().equals(endpoint)) {
            String token = getEnvMap().get(EmulatorEnvironment.ADMIN_TOKEN);
            admin = token == null ? EmulatorAdminClient.of(endpoint) : EmulatorAdminClient.of(endpoint, token);
        }
        return admin;
    }

    /**
     * Moves the emulator's clock forward and returns the new time.
     *
     * @param duration how far to move the clock
     * @return the time the clock reads afterwards
     */
    public Instant advanceClock(Duration duration) {
        return admin().advanceClock(duration);
    }

    /**
     * Moves the emulator's clock to {@code instant}; it keeps ticking from there.
     *
     * @param instant the time the clock reads from now on
     * @return the time the clock reads afterwards
     */
    public Instant setClock(Instant instant) {
        return admin().setClock(instant);
    }

    /**
     * Returns the emulator's clock to system time.
     *
     * @return the time the clock reads afterwards
     */
    public Instant useSystemClock() {
        return admin().useSystemClock();
    }

    /**
     * The emulator's current time.
     *
     * @return the time the emulator's clock reads
     */
    public Instant now() {
        return admin().now();
    }

    /**
     * Blocks until the S3 Batch Operations job is Complete, Failed or Cancelled (up to a minute) and
     * returns its status and task counters; no polling in the test.
     *
     * @param jobId the id CreateJob returned
     * @return the job's status and task counters
     */
    public EmulatorAdminClient.JobState awaitJob(String jobId) {
        return admin().awaitJob(jobId);
    }

    /**
     * Blocks until no replication task is pending (up to a minute); no polling in the test.
     *
     * @return the replication counters once nothing is pending
     */
    public EmulatorAdminClient.ReplicationState awaitReplication() {
        return admin().awaitReplication();
    }

    /** Empties every bucket and returns the clock to system time, without restarting the container. */
    public void reset() {
        admin().reset();
    }

    /** Open mode: keys the emulator does not check; secured mode: the document's root keys. */
    private EmulatorCredentials rootCredentials() {
        return identities == null ? OPEN_MODE : identities.rootCredentials();
    }

    private void requireSdk(String className, String artifact) {
        try {
            Class.forName(className, false, ObjectLockEmulatorContainer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "this helper needs the AWS SDK for Java v2 on the classpath: add " + "software.amazon.awssdk:"
                            + artifact,
                    e);
        }
    }
}

package dev.objectlock.conformance.target;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * The named principals a permission scenario acts as, on the secured side of the target ([P.1]):
 * the target's own client is the bucket owner (root on an emulator, the suite's credentials on
 * aws), and {@link #APP}, {@link #AUDITOR} and {@link #ADMIN} are restricted IAM users whose
 * identity policies are those of {@code conformance-identities.json} (see conformance/README.md,
 * "Permissions scenarios"). Obtain it as a {@code Principals} parameter in a {@link Secured} class.
 */
public final class Principals implements AutoCloseable {

    /** May read and write everything, never bypass GOVERNANCE (an explicit identity-policy Deny). */
    public static final String APP = "app";
    /** May only read ({@code s3:Get*}, {@code s3:List*}). */
    public static final String AUDITOR = "auditor";
    /** May do everything, s3:BypassGovernanceRetention included. */
    public static final String ADMIN = "admin";

    /**
     * A session of the role {@code writer}, which may only put and read objects; optional on aws
     * (see {@link #has}). Its ARN is the session's ({@code arn:aws:sts::ACCT:assumed-role/ROLE/SESSION}).
     */
    public static final String WRITER = "writer";

    /** One principal: its ARN as AWS writes it in messages and policies, and its credentials. */
    record Named(String arn, AwsCredentialsProvider credentials) {}

    private final Target target;
    private final boolean ownsTarget;
    private final Map<String, Named> named;
    private final Map<String, S3Client> clients = new ConcurrentHashMap<>();
    private final Map<String, S3ControlClient> controls = new ConcurrentHashMap<>();

    Principals(Target target, boolean ownsTarget, Map<String, Named> named) {
        this.target = target;
        this.ownsTarget = ownsTarget;
        this.named = Map.copyOf(named);
    }

    /** The secured target: its client is the bucket owner's, its buckets are where scenarios work. */
    public Target target() {
        return target;
    }

    /** Whether this target has {@code name}; the optional {@link #WRITER} may be missing on aws. */
    public boolean has(String name) {
        return named.containsKey(name);
    }

    /** The ARN of {@code name}, as in AccessDenied messages and bucket-policy principals. */
    public String arn(String name) {
        return principal(name).arn();
    }

    /** The account the principals belong to, read from their ARNs. */
    public String accountId() {
        return arn(APP).split(":")[4];
    }

    public AwsCredentialsProvider credentials(String name) {
        return principal(name).credentials();
    }

    /** A client signing as {@code name}, shared for the run. */
    public S3Client client(String name) {
        return clients.computeIfAbsent(name, n -> newClient(n, builder -> {}));
    }

    /** An S3 Control client signing as {@code name}, shared for the run. */
    public S3ControlClient control(String name) {
        return controls.computeIfAbsent(name, n -> target.newControl(credentials(n)));
    }

    /** A new client signing as {@code name}, configured like the target's and then by {@code change}; the caller closes it. */
    public S3Client newClient(String name, Consumer<S3ClientBuilder> change) {
        AwsCredentialsProvider credentials = credentials(name);
        return target.newClient(builder -> change.accept(builder.credentialsProvider(credentials)));
    }

    /** A presigner signing as {@code name} for the target's endpoint; the caller closes it. */
    public S3Presigner presigner(String name) {
        S3Presigner.Builder builder =
                S3Presigner.builder().region(target.region()).credentialsProvider(credentials(name));
        target.emulatorEndpoint()
                .ifPresent(endpoint -> builder.endpointOverride(endpoint)
                        .serviceConfiguration(S3Configuration.builder()
                                .pathStyleAccessEnabled(true)
                                .build()));
        return builder.build();
    }

    private Named principal(String name) {
        Named principal = named.get(name);
        if (principal == null) {
            throw new IllegalArgumentException("no principal '" + name + "' on this target; known: " + named.keySet());
        }
        return principal;
    }

    @Override
    public void close() {
        try {
            clients.values().forEach(S3Client::close);
            controls.values().forEach(S3ControlClient::close);
        } finally {
            if (ownsTarget) {
                target.close();
            }
        }
    }
}

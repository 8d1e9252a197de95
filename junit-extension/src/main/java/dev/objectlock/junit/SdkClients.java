package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The AWS SDK clients the extension injects, named by class name so that nothing here links the
 * SDK: {@link S3Clients} and {@link S3ControlClients} hold every SDK reference, each touching one
 * SDK module only, and load when a test first asks for their client. A project without the SDK,
 * or with {@code s3} but not {@code s3control}, gets the rest of the extension all the same.
 */
final class SdkClients {

    static final String S3_CLIENT = "software.amazon.awssdk.services.s3.S3Client";
    static final String S3_ASYNC_CLIENT = "software.amazon.awssdk.services.s3.S3AsyncClient";
    static final String S3_CONTROL_CLIENT = "software.amazon.awssdk.services.s3control.S3ControlClient";

    static final String AWS_CREDENTIALS = "software.amazon.awssdk.auth.credentials.AwsCredentials";

    /** The clients, which the scope makes once per identity and closes. */
    static final Set<String> TYPES = Set.of(S3_CLIENT, S3_ASYNC_CLIENT, S3_CONTROL_CLIENT);

    private static final Map<String, String> ARTIFACTS = Map.of(
            S3_CLIENT, "software.amazon.awssdk:s3",
            S3_ASYNC_CLIENT, "software.amazon.awssdk:s3",
            S3_CONTROL_CLIENT, "software.amazon.awssdk:s3control",
            AWS_CREDENTIALS, "software.amazon.awssdk:auth (s3 brings it)");

    private static final Map<String, String> HTTP_CLIENTS = Map.of(
            S3_CLIENT, "software.amazon.awssdk:apache5-client or url-connection-client",
            S3_ASYNC_CLIENT, "software.amazon.awssdk:netty-nio-client",
            S3_CONTROL_CLIENT, "software.amazon.awssdk:apache5-client or url-connection-client");

    private SdkClients() {}

    /** {@code credentials} as the SDK's {@code AwsCredentials}. */
    static Object credentials(EmulatorCredentials credentials) {
        try {
            return SdkCredentials.of(credentials);
        } catch (LinkageError e) {
            throw incomplete(AWS_CREDENTIALS, e);
        }
    }

    /**
     * A new client of the named type for {@code emulator}, signing with {@code credentials} for
     * {@code region} (null: the emulator's); the caller closes it.
     */
    static AutoCloseable create(
            String typeName, ObjectLockEmulator emulator, EmulatorCredentials credentials, String region) {
        String simpleName = simpleName(typeName);
        try {
            return switch (typeName) {
                case S3_CLIENT -> S3Clients.sync(emulator, credentials, region);
                case S3_ASYNC_CLIENT -> S3Clients.async(emulator, credentials, region);
                case S3_CONTROL_CLIENT -> S3ControlClients.sync(emulator, credentials, region);
                default -> throw new IllegalArgumentException(typeName);
            };
        } catch (LinkageError e) {
            throw incomplete(typeName, e);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("HTTP implementation")) {
                throw new ParameterResolutionException(
                        "Cannot inject " + simpleName + ": the AWS SDK found no HTTP "
                                + "client on the test classpath; add " + HTTP_CLIENTS.get(typeName)
                                + " (SDK: " + e.getMessage() + ")",
                        e);
            }
            throw e;
        }
    }

    private static ParameterResolutionException incomplete(String typeName, LinkageError e) {
        return new ParameterResolutionException(
                "Cannot inject " + simpleName(typeName) + ": the AWS SDK for Java v2 is "
                        + "incomplete on the test classpath (" + e + "); add " + ARTIFACTS.get(typeName)
                        + " (the extension declares the SDK as an optional dependency)",
                e);
    }

    private static String simpleName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}

package dev.objectlock.testcontainers;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

/**
 * Every reference to the optional AWS SDK lives here, so {@link ObjectLockEmulatorContainer} loads
 * and runs without the SDK on the classpath; only its client helpers need it.
 */
final class AwsClients {

    private AwsClients() {}

    /** An S3 client for the emulator at {@code endpoint}: path-style, so bucket names need no DNS. */
    static S3Client s3(
            URI endpoint, String region, EmulatorCredentials credentials, Consumer<S3ClientBuilder> customizer) {
        S3ClientBuilder builder = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(sdk(credentials)))
                .forcePathStyle(true);
        customizer.accept(builder);
        return builder.build();
    }

    /**
     * An S3 Control client for the emulator at {@code endpoint}. With {@code endpointOverride} the
     * SDK's endpoint rules would send every job request to {@code <account-id>.<host>}, a name that
     * does not resolve ({@code 123456789012.127.0.0.1}); an endpoint provider that answers with the
     * emulator's URL as is sends it to the emulator, with the account in {@code x-amz-account-id}.
     */
    static S3ControlClient s3Control(
            URI endpoint, String region, EmulatorCredentials credentials, Consumer<S3ControlClientBuilder> customizer) {
        Endpoint emulator = Endpoint.builder().url(endpoint).build();
        S3ControlClientBuilder builder = S3ControlClient.builder()
                .endpointProvider(params -> CompletableFuture.completedFuture(emulator))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(sdk(credentials)));
        customizer.accept(builder);
        return builder.build();
    }

    /** Basic credentials for the root and users, session credentials (with the token) for a role session. */
    static AwsCredentials sdk(EmulatorCredentials credentials) {
        return credentials.isSession()
                ? AwsSessionCredentials.create(
                        credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken())
                : AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey());
    }
}

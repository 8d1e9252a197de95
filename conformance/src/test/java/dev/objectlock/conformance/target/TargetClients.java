package dev.objectlock.conformance.target;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/** How the clients of a target are built: the S3 and S3 Control clients for an emulator and for aws. */
final class TargetClients {

    private TargetClients() {}

    /**
     * An S3 Control client for an emulator. The SDK's endpoint rules put the account id in front of
     * the host even with {@code endpointOverride} ({@code 123456789012.127.0.0.1} does not resolve),
     * so the endpoint provider hands back the emulator's URL as it is ([C.1]).
     */
    static S3ControlClient endpointControl(URI endpoint, Region region, AwsCredentialsProvider credentials) {
        return S3ControlClient.builder()
                .endpointProvider(params -> CompletableFuture.completedFuture(
                        Endpoint.builder().url(endpoint).build()))
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    static S3ControlClient awsControl(Region region) {
        return awsControl(region, DefaultCredentialsProvider.builder().build());
    }

    static S3ControlClient awsControl(Region region, AwsCredentialsProvider credentials) {
        return S3ControlClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /**
     * A path-style client builder for an emulator. Retries are off so a flaky response fails the
     * scenario instead of being hidden by a second attempt.
     */
    static S3ClientBuilder endpoint(URI endpoint, Region region, AwsCredentialsProvider credentials) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(new RawErrorBodyInterceptor()));
    }
}

package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * The S3 Control client for the emulator. With {@code endpointOverride} the SDK's endpoint rules
 * would send every job request to {@code <account-id>.<host>}, a name that does not resolve
 * ({@code 123456789012.127.0.0.1}); an endpoint provider that answers with the emulator's URL as is
 * sends it to the emulator, with the account in {@code x-amz-account-id}. The only class that links
 * {@code software.amazon.awssdk:s3control}.
 */
final class S3ControlClients {

    private S3ControlClients() {}

    /** @param region the region to sign for; null for the emulator's */
    static S3ControlClient sync(ObjectLockEmulator emulator, EmulatorCredentials credentials, String region) {
        Endpoint endpoint = Endpoint.builder().url(emulator.endpoint()).build();
        return S3ControlClient.builder()
                .endpointProvider(params -> CompletableFuture.completedFuture(endpoint))
                .region(Region.of(region == null ? emulator.region() : region))
                .credentialsProvider(SdkCredentials.provider(credentials))
                .build();
    }
}

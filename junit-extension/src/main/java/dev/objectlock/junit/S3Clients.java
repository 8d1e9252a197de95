package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients as a user points them at the emulator: its endpoint, path-style (bucket names need no
 * DNS), its region, the credentials of the identity they act as, and the SDK's default HTTP client.
 * The only class that links {@code software.amazon.awssdk:s3}.
 */
final class S3Clients {

    private S3Clients() {}

    /** @param region the region to sign for; null for the emulator's */
    static S3Client sync(ObjectLockEmulator emulator, EmulatorCredentials credentials, String region) {
        return S3Client.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(region == null ? emulator.region() : region))
                .credentialsProvider(SdkCredentials.provider(credentials))
                .forcePathStyle(true)
                .build();
    }

    static S3AsyncClient async(ObjectLockEmulator emulator, EmulatorCredentials credentials, String region) {
        return S3AsyncClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(region == null ? emulator.region() : region))
                .credentialsProvider(SdkCredentials.provider(credentials))
                .forcePathStyle(true)
                .build();
    }
}

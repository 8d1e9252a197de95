package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients as a user points them at the emulator: its endpoint, path-style (bucket names need no
 * DNS), its region, dummy credentials (any key is accepted), and the SDK's default HTTP client.
 * The only class that links {@code software.amazon.awssdk:s3}.
 */
final class S3Clients {

    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private S3Clients() {}

    static S3Client sync(ObjectLockEmulator emulator) {
        return S3Client.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(CREDENTIALS)
                .forcePathStyle(true)
                .build();
    }

    static S3AsyncClient async(ObjectLockEmulator emulator) {
        return S3AsyncClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.of(emulator.region()))
                .credentialsProvider(CREDENTIALS)
                .forcePathStyle(true)
                .build();
    }
}

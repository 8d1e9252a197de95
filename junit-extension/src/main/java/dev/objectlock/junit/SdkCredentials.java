package dev.objectlock.junit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@link EmulatorCredentials} as the SDK's types. The only class that links
 * {@code software.amazon.awssdk:auth} (which {@code s3} and {@code s3control} bring) on its own, so
 * injecting {@code AwsCredentials} needs neither client.
 */
final class SdkCredentials {

    private SdkCredentials() {}

    /** Basic credentials for the root and users, session credentials (with the token) for a role session. */
    static AwsCredentials of(EmulatorCredentials credentials) {
        if (credentials.isSession()) {
            return AwsSessionCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
        }
        return AwsBasicCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey());
    }

    static StaticCredentialsProvider provider(EmulatorCredentials credentials) {
        return StaticCredentialsProvider.create(of(credentials));
    }
}

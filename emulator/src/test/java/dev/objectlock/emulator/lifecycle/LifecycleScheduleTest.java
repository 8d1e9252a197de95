package dev.objectlock.emulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.ObjectLockEmulator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;

/** Periodic runs in system-time mode ([R95]), as the standalone jar starts them. */
class LifecycleScheduleTest {

    @Test
    void periodicRunsExpireWhatIsDueWhileTheClockReadsSystemTime() throws Exception {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .build()
                        .start();
                S3Client client = client(emulator.endpoint())) {
            client.createBucket(b -> b.bucket("periodic"));
            client.putObject(b -> b.bucket("periodic").key("k"), RequestBody.fromString("x"));
            // a Date in the past: due at once, with no clock move to trigger a run
            client.putBucketLifecycleConfiguration(b -> b.bucket("periodic")
                    .lifecycleConfiguration(c -> c.rules(r -> r.id("past")
                            .status(ExpirationStatus.ENABLED)
                            .filter(f -> f.prefix(""))
                            .expiration(x -> x.date(Instant.parse("2000-01-01T00:00:00Z"))))));
            assertThat(client.listObjectsV2(b -> b.bucket("periodic")).contents())
                    .hasSize(1);

            emulator.runLifecycleEvery(Duration.ofMillis(50));

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!client.listObjectsV2(b -> b.bucket("periodic")).contents().isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(client.listObjectsV2(b -> b.bucket("periodic")).contents())
                    .isEmpty();
        }
    }

    @Test
    void aScheduleNeedsAPositiveInterval() {
        assertThatThrownBy(() -> LifecycleSchedule.start(Duration.ZERO, () -> true, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static S3Client client(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}

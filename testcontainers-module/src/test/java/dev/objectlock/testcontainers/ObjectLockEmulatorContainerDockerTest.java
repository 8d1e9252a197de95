package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * The container class against the real image, in Docker: its settings, clients and clock control.
 * Skipped where no Docker engine is reachable ({@link RequiresDocker}); where one is, it builds the
 * image from this checkout first ({@link EmulatorImage}). What the image itself promises is
 * {@link EmulatorImageDockerTest}.
 */
@RequiresDocker
class ObjectLockEmulatorContainerDockerTest {

    private static DockerImageName image;

    @BeforeAll
    static void buildImage() {
        image = EmulatorImage.get();
    }

    @Test
    void objectsGoInAndComeOutThroughTheS3Client() {
        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer(image).withRegion("eu-west-1")) {
            emulator.start();
            try (S3Client s3 = emulator.createS3Client()) {
                s3.createBucket(b -> b.bucket("records"));
                s3.putObject(b -> b.bucket("records").key("trade.csv"), RequestBody.fromString("first"));

                assertThat(s3.getObjectAsBytes(b -> b.bucket("records").key("trade.csv"))
                                .asUtf8String())
                        .isEqualTo("first");
                assertThat(s3.getBucketLocation(b -> b.bucket("records")).locationConstraintAsString())
                        .isEqualTo("eu-west-1");
            }
            assertThat(emulator.getEndpoint().getPort()).isEqualTo(emulator.getMappedPort(9000));
        }
    }

    @Test
    void withIdentitiesFromAFileAndAnAdminTokenAppIsRefusedABypassAndTheAdminCallsPass() {
        Instant until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer(image)
                .withIdentities(MountableFile.forClasspathResource("identities.json"))
                .withAdminToken("t0ken")) {
            emulator.start();
            try (S3Client root = emulator.createS3Client();
                    S3Client app = emulator.createS3Client("app")) {
                root.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
                String v1 = app.putObject(
                                b -> b.bucket("ledger")
                                        .key("trade.csv")
                                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                                        .objectLockRetainUntilDate(until),
                                RequestBody.fromString("locked"))
                        .versionId();
                assertThatThrownBy(() -> app.deleteObject(b -> b.bucket("ledger")
                                .key("trade.csv")
                                .versionId(v1)
                                .bypassGovernanceRetention(true)))
                        .isInstanceOfSatisfying(
                                S3Exception.class,
                                e -> assertThat(e.statusCode()).isEqualTo(403));

                emulator.reset(); // sends the token; the identities stay
                assertThat(app.listBuckets().buckets()).isEmpty();
            }
            assertThatThrownBy(
                            () -> EmulatorAdminClient.of(emulator.getEndpoint()).reset())
                    .hasMessageContaining("answered 401");
        }
    }

    @Test
    void aRetentionExpiresWhenTheClockIsAdvancedAndResetEmptiesEverything() {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer(image).withClockStart(start)) {
            emulator.start();
            assertThat(emulator.now()).isBetween(start, start.plusSeconds(60));
            try (S3Client s3 = emulator.createS3Client()) {
                s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
                String v1 = s3.putObject(
                                b -> b.bucket("ledger")
                                        .key("trade.csv")
                                        .objectLockMode(ObjectLockMode.COMPLIANCE)
                                        .objectLockRetainUntilDate(start.plus(30, ChronoUnit.DAYS)),
                                RequestBody.fromString("locked"))
                        .versionId();

                assertThatThrownBy(() -> s3.deleteObject(
                                b -> b.bucket("ledger").key("trade.csv").versionId(v1)))
                        .isInstanceOfSatisfying(S3Exception.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(403);
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        });

                assertThat(emulator.advanceClock(Duration.ofDays(31))).isAfter(start.plus(31, ChronoUnit.DAYS));
                s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1));
                assertThat(s3.listObjectVersions(b -> b.bucket("ledger")).versions())
                        .isEmpty();

                emulator.reset();

                assertThat(s3.listBuckets().buckets()).isEmpty();
                assertThat(emulator.now())
                        .isAfter(Instant.now().minusSeconds(60))
                        .isBefore(start);
            }
        }
    }

    @Test
    void theS3ControlClientReachesTheContainer() {
        try (ObjectLockEmulatorContainer emulator =
                        new ObjectLockEmulatorContainer(image).withAccountId("111122223333");
                S3ControlClient control = startedControlClient(emulator)) {
            // An answer at all shows the endpoint provider works: an unresolvable <account>.<host>
            // name would be an SdkClientException.
            assertThat(control.listJobs(b -> b.accountId(emulator.getAccountId()))
                            .jobs())
                    .isEmpty();
        }
    }

    private static S3ControlClient startedControlClient(ObjectLockEmulatorContainer emulator) {
        emulator.start();
        return emulator.createS3ControlClient();
    }
}

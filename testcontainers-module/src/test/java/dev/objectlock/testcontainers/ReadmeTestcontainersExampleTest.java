package dev.objectlock.testcontainers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The README's Testcontainers example, as written: the lines between the {@code readme-snippet}
 * markers are the README's code block ({@link ReadmeSnippetTest} checks they stay the same).
 * Needs Docker, and the image {@code objectlock-emulator:0.1.0-SNAPSHOT}, which it builds first;
 * with {@code -Dobjectlock.image} naming another image there is nothing to run it on.
 */
@RequiresDocker
class ReadmeTestcontainersExampleTest {

    @BeforeAll
    static void buildImage() {
        Assumptions.assumeTrue(EmulatorImage.isDefault(), () -> "the example runs objectlock-emulator:"
                + ObjectLockEmulatorContainer.DEFAULT_TAG + " as written, not -D" + EmulatorImage.IMAGE + "="
                + EmulatorImage.get().asCanonicalNameString());
    }

    @Test
    void readmeExampleRunsAsWritten() { // the snippet fails if the delete is refused after the month
        // readme-snippet {
        try (ObjectLockEmulatorContainer emulator = new ObjectLockEmulatorContainer()   // objectlock-emulator:0.1.0-SNAPSHOT
                .withRegion("eu-west-1")
                .withClockStart(Instant.parse("2030-01-01T00:00:00Z"))) {                // applied once started
            emulator.start();
            try (S3Client s3 = emulator.createS3Client()) {                           // path-style, its region
                s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));
                String v1 = s3.putObject(b -> b.bucket("ledger").key("trade.csv")
                                .objectLockMode(ObjectLockMode.COMPLIANCE)
                                .objectLockRetainUntilDate(Instant.parse("2030-01-31T00:00:00Z")),
                        RequestBody.fromString("locked")).versionId();
                assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1)))
                        .isInstanceOf(S3Exception.class);                                // 403 AccessDenied

                emulator.advanceClock(Duration.ofDays(31));                              // a month later...
                s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1)); // ...it may go
                emulator.reset();                                                        // empty, system time
            }
        }
        // readme-snippet }
    }
}

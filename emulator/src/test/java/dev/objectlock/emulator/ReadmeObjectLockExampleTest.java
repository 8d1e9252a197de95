package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The README's Object Lock example, kept here so it always runs as written. */
class ReadmeObjectLockExampleTest {

    @Test
    void readmeObjectLockExampleRunsAsWritten() {
        try (ObjectLockEmulator emulator = ObjectLockEmulator.builder().build().start();
             S3Client s3 = S3Client.builder().endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .forcePathStyle(true).build()) {
            s3.createBucket(b -> b.bucket("ledger").objectLockEnabledForBucket(true));   // versioning on, for good
            String v1 = s3.putObject(b -> b.bucket("ledger").key("trade.csv")
                            .objectLockMode(ObjectLockMode.COMPLIANCE)
                            .objectLockRetainUntilDate(Instant.now().plus(365, ChronoUnit.DAYS)),
                    RequestBody.fromString("locked")).versionId();

            // 403 AccessDenied "Access Denied because object protected by object lock."
            assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Access Denied because object protected by object lock.");
                    });

            emulator.clock().advance(Duration.ofDays(366));                              // a year later...
            s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1));    // ...it may go
            emulator.clock().useSystemTime();
            assertThat(s3.listObjectVersions(b -> b.bucket("ledger")).versions()).isEmpty();
        }
    }
}

package dev.objectlock.junit;

// readme-snippet {
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.time.MutableClock;
import dev.objectlock.junit.EmulatorBucket;
import dev.objectlock.junit.ObjectLockEmulatorTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

@ObjectLockEmulatorTest(startTime = "2030-01-01T00:00:00Z")
@EmulatorBucket(name = "ledger", retentionMode = EmulatorBucket.Mode.COMPLIANCE, retentionDays = 30)
class ReadmeExampleTest {

    @Test
    void aLockedVersionCanBeDeletedOnlyAfterItsRetention(S3Client s3, MutableClock clock) {
        String v1 = s3.putObject(b -> b.bucket("ledger").key("trade.csv"),        // default retention: 30 days
                RequestBody.fromString("locked")).versionId();

        assertThatThrownBy(() -> s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1)))
                .isInstanceOf(S3Exception.class);                                   // 403 AccessDenied

        clock.advance(Duration.ofDays(31));                                          // a month later...
        s3.deleteObject(b -> b.bucket("ledger").key("trade.csv").versionId(v1));     // ...it may go
    }

    @Test
    void eachTestStartsEmptyAtTheStartTime(S3Client s3, MutableClock clock) {
        assertThat(s3.listObjectVersions(b -> b.bucket("ledger")).versions()).isEmpty();
        assertThat(clock.instant()).isBetween(Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:01:00Z"));
    }
}
// readme-snippet }

package dev.objectlock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/** The README's "Lifecycle meets Object Lock" example, kept here so it always runs as written. */
@ObjectLockEmulatorTest(startTime = "2030-01-01T00:00:00Z")
class ReadmeLifecycleExampleTest {

    @Test
    void lockedRecordsOutliveTheLifecycleRuleUntilTheirRetentionEnds(S3Client s3, MutableClock clock) {
        s3.createBucket(b -> b.bucket("records").objectLockEnabledForBucket(true));
        s3.putBucketLifecycleConfiguration(b -> b.bucket("records").lifecycleConfiguration(c -> c.rules(r -> r
                .id("expire-old-versions").status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""))
                .noncurrentVersionExpiration(n -> n.noncurrentDays(30)))));

        Instant sevenYears = clock.instant().plus(Duration.ofDays(7 * 365 + 2));
        for (String entry : new String[] {"v1", "v2", "v3"}) {                        // v1, v2 become noncurrent
            s3.putObject(b -> b.bucket("records").key("ledger.csv")
                            .objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(sevenYears),
                    RequestBody.fromString(entry));
        }

        clock.advance(Duration.ofDays(31));                                          // the rule is due...
        assertThat(s3.listObjectVersions(b -> b.bucket("records")).versions()).hasSize(3);  // ...Object Lock wins

        clock.set(sevenYears.plus(Duration.ofDays(1)));                              // retention over
        assertThat(s3.listObjectVersions(b -> b.bucket("records")).versions()).hasSize(1);  // only the current one
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorClock;
import dev.objectlock.conformance.target.EmulatorOnly;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * Lifecycle configurations and what lifecycle does under the moved clock, Object Lock winning
 * ([R90]-[R94], errors [E90], [E93], [E94]). AWS runs lifecycle about once a day, so the scenarios
 * that wait for a run are emulator-only; the configuration API runs against AWS too.
 */
class LifecycleConformanceTest extends ObjectLockScenario {

    private static final String UG = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/";

    private static LifecycleRule.Builder everything(String id) {
        return LifecycleRule.builder().id(id).status(ExpirationStatus.ENABLED).filter(f -> f.prefix(""));
    }

    private void rules(String bucket, LifecycleRule... rules) {
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(rules)));
    }

    private List<String> versionIds(String bucket) {
        return s3.listObjectVersions(b -> b.bucket(bucket)).versions().stream()
                .map(ObjectVersion::versionId)
                .toList();
    }

    private String put(String bucket, String key) {
        return s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("x"))
                .versionId();
    }

    @Test
    @AwsSource(
            rules = {"R90", "E94"},
            value = "API GetBucketLifecycleConfiguration and DeleteBucketLifecycle; API Error codes "
                    + "NoSuchLifecycleConfiguration")
    void configurationIsPutReadAndDeleted() {
        String bucket = buckets.createVersioned();
        assertS3Error(() -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("NoSuchLifecycleConfiguration")
                .hasElement("BucketName", bucket);

        rules(bucket, everything("expire").expiration(x -> x.days(30)).build());
        assertThat(s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules())
                .singleElement()
                .satisfies(r -> assertThat(r.expiration().days()).isEqualTo(30));

        s3.deleteBucketLifecycle(b -> b.bucket(bucket));
        assertS3Error(() -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)))
                .hasStatus(404)
                .hasCode("NoSuchLifecycleConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"R90", "E90", "E93"},
            value = "API PutBucketLifecycleConfiguration; the messages as MinIO and moto give them [UNCERTAIN]")
    void invalidDaysDatesAndDuplicateIdsAreRefused() {
        String bucket = buckets.createVersioned();

        assertS3Error(() -> rules(
                        bucket, everything("zero").expiration(x -> x.days(0)).build()))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("'Days' for Expiration action must be a positive integer");
        assertS3Error(() -> rules(
                        bucket,
                        everything("noon")
                                .expiration(x -> x.date(Instant.parse("2040-01-01T12:00:00Z")))
                                .build()))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("'Date' must be at midnight GMT");
        assertS3Error(() -> rules(
                        bucket,
                        everything("same").expiration(x -> x.days(1)).build(),
                        everything("same").expiration(x -> x.days(2)).build()))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage("Rule ID must be unique. Found same ID for more than one rule");
    }

    @Test
    @EmulatorOnly(reason = "moves the clock two days so a lifecycle run is due")
    @AwsSource(
            rules = {"R91"},
            value = UG + "intro-lifecycle-rules.html (Expiration in a versioned bucket)")
    void expiringACurrentVersionAddsADeleteMarker(EmulatorClock clock) {
        String bucket = buckets.createVersioned();
        String v1 = put(bucket, "k");
        rules(bucket, everything("expire").expiration(x -> x.days(1)).build());

        clock.advance(Duration.ofDays(2));

        var listing = s3.listObjectVersions(b -> b.bucket(bucket));
        assertThat(listing.deleteMarkers())
                .singleElement()
                .satisfies(m -> assertThat(m.isLatest()).isTrue());
        assertThat(versionIds(bucket)).containsExactly(v1);
    }

    @Test
    @EmulatorOnly(reason = "moves the clock past NoncurrentDays")
    @AwsSource(
            rules = {"R92"},
            value = UG + "intro-lifecycle-rules.html (NoncurrentVersionExpiration, NewerNoncurrentVersions)")
    void noncurrentVersionsExpireBeyondTheNewerOnesKept(EmulatorClock clock) {
        String bucket = buckets.createVersioned();
        String v1 = put(bucket, "k");
        String v2 = put(bucket, "k");
        String v3 = put(bucket, "k");
        rules(
                bucket,
                everything("noncurrent")
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(1).newerNoncurrentVersions(1))
                        .build());

        clock.advance(Duration.ofDays(3));

        assertThat(versionIds(bucket)).containsExactly(v3, v2).doesNotContain(v1);
    }

    @Test
    @EmulatorOnly(reason = "moves the clock past NoncurrentDays and DaysAfterInitiation")
    @AwsSource(
            rules = {"R93"},
            value = UG + "lifecycle-configuration-examples.html")
    void loneDeleteMarkersAndOldUploadsGo(EmulatorClock clock) {
        String bucket = buckets.createVersioned();
        put(bucket, "k");
        s3.deleteObject(b -> b.bucket(bucket).key("k"));
        s3.createMultipartUpload(b -> b.bucket(bucket).key("upload"));
        rules(
                bucket,
                everything("tidy")
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(1))
                        .expiration(x -> x.expiredObjectDeleteMarker(true))
                        .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(1))
                        .build());

        clock.advance(Duration.ofDays(3)); // the noncurrent version and the upload go
        clock.advance(Duration.ofDays(1)); // then the marker, now alone

        var listing = s3.listObjectVersions(b -> b.bucket(bucket));
        assertThat(listing.versions()).isEmpty();
        assertThat(listing.deleteMarkers()).isEmpty();
        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    @EmulatorOnly(reason = "moves the clock across a COMPLIANCE retention")
    @AwsSource(
            rules = {"R94"},
            value = UG + "lifecycle-and-other-bucket-config.html (Object Lock)")
    void complianceLockedNoncurrentVersionSurvivesUntilItsRetentionEnds(EmulatorClock clock) {
        String bucket = buckets.createWithObjectLock();
        Instant until = now().plus(Duration.ofDays(10));
        String record = putLocked(bucket, "k", ObjectLockRetentionMode.COMPLIANCE, until);
        String current = put(bucket, "k");
        rules(
                bucket,
                everything("noncurrent")
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(1))
                        .build());

        clock.advance(Duration.ofDays(3));
        assertThat(versionIds(bucket)).containsExactly(current, record);
        clock.set(until.minusSeconds(60));
        assertThat(versionIds(bucket)).containsExactly(current, record);

        clock.set(until.plusSeconds(1));
        assertThat(versionIds(bucket)).containsExactly(current);
    }

    @Test
    @EmulatorOnly(reason = "moves the clock while a legal hold is on, then after it is released")
    @AwsSource(
            rules = {"R94"},
            value = UG + "lifecycle-and-other-bucket-config.html (Object Lock)")
    void legalHoldKeepsANoncurrentVersionUntilReleased(EmulatorClock clock) {
        String bucket = buckets.createWithObjectLock();
        String held = put(bucket, "k");
        s3.putObjectLegalHold(
                b -> b.bucket(bucket).key("k").versionId(held).legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON)));
        String current = put(bucket, "k");
        rules(
                bucket,
                everything("noncurrent")
                        .noncurrentVersionExpiration(n -> n.noncurrentDays(1))
                        .build());

        clock.advance(Duration.ofDays(5));
        assertThat(versionIds(bucket)).containsExactly(current, held);

        s3.putObjectLegalHold(
                b -> b.bucket(bucket).key("k").versionId(held).legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(versionIds(bucket)).containsExactly(current);
    }
}

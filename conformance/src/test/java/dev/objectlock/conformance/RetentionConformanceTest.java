package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetObjectRetentionResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRetentionResponse;

/**
 * Put/GetObjectRetention: what is stored and returned, which version is addressed, request
 * validation and the errors for buckets without Object Lock, missing keys and delete markers
 * ([B.1, B.2, B.8.1, B.8.2, B.8.3, B.8.6, B.8.7]; [R21, R23, R32, R34, R36]). Transitions of an active
 * retention are in GovernanceRetentionConformanceTest and ComplianceRetentionConformanceTest.
 */
class RetentionConformanceTest extends ObjectLockScenario {

    @Test
    @AwsSource(
            rules = {"B.1", "B.2", "B.8"},
            value = "ls-s3 test_s3_object_retention [AWS-recorded]; " + "s3-tests test_object_lock_get_obj_retention")
    void putRetentionThenGetReturnsModeAndDate() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");
        Instant until = governanceUntil();

        PutObjectRetentionResponse put =
                putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until, false);
        GetObjectRetentionResponse got =
                s3.getObjectRetention(b -> b.bucket(bucket).key("key").versionId(version));

        assertThat(S3Steps.status(put)).isEqualTo(200);
        assertThat(S3Steps.status(got)).isEqualTo(200);
        assertThat(got.retention().mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
        assertThat(got.retention().retainUntilDate()).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"B.1"},
            value = "[B.1]: without versionId the current version is addressed [Model]")
    void retentionWithoutVersionIdActsOnTheCurrentVersion() {
        String bucket = buckets.createWithObjectLock();
        String older = steps.putVersion(bucket, "key", "older");
        String current = steps.putVersion(bucket, "key", "current");
        Instant until = governanceUntil();

        putRetention(bucket, "key", null, ObjectLockRetentionMode.GOVERNANCE, until, false);

        assertThat(retention(bucket, "key", null).retainUntilDate()).isEqualTo(until);
        assertThat(retention(bucket, "key", current).retainUntilDate()).isEqualTo(until);
        assertS3Error(() -> retention(bucket, "key", older)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.1"},
            value = "[B.1] [Model PutObjectRetention versionId]")
    void retentionWithVersionIdActsOnThatVersionOnly() {
        String bucket = buckets.createWithObjectLock();
        String older = steps.putVersion(bucket, "key", "older");
        steps.putVersion(bucket, "key", "current");
        Instant until = governanceUntil();

        putRetention(bucket, "key", older, ObjectLockRetentionMode.GOVERNANCE, until, false);

        assertThat(retention(bucket, "key", older).retainUntilDate()).isEqualTo(until);
        assertS3Error(() -> retention(bucket, "key", null)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R32"},
            value = "ls-s3 \"get-object-retention-never-set\", [E15] [AWS-recorded]")
    void retentionNeverSetIsNoSuchObjectLockConfiguration() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> retention(bucket, "key", version))
                .hasStatus(404)
                .hasCode("NoSuchObjectLockConfiguration")
                .hasMessage(NO_OBJECT_LOCK_CONFIGURATION);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R23"},
            value = "ls-s3 test_s3_object_retention_exc, [E13] [AWS-recorded]; "
                    + "s3-tests test_object_lock_put_obj_retention_invalid_bucket")
    void putRetentionOnBucketWithoutObjectLockIsInvalidRequest() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");
        Instant until = governanceUntil();

        assertS3Error(() -> putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until, false))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R23"},
            value = "ls-s3 test_s3_object_retention_exc, [E13] [AWS-recorded]")
    void getRetentionOnBucketWithoutObjectLockIsInvalidRequest() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> retention(bucket, "key", version))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK);
    }

    @Test
    @AwsSource(
            rules = {"B.8"},
            value = "[B.8.2]; message as [E1] [AWS-recorded]")
    void putRetentionOnMissingKeyIsNoSuchKey() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();

        assertS3Error(() -> putRetention(bucket, "missing", null, ObjectLockRetentionMode.GOVERNANCE, until, false))
                .hasStatus(404)
                .hasCode("NoSuchKey")
                .hasMessage("The specified key does not exist.");
    }

    @Test
    @AwsSource(
            rules = {"B.8"},
            value = "[B.8.2]; [0.1] <BucketName> [AWS-recorded ls-api]")
    void putRetentionOnMissingBucketIsNoSuchBucket() {
        String missing = buckets.unusedName();
        Instant until = governanceUntil();

        assertS3Error(() -> putRetention(missing, "key", null, ObjectLockRetentionMode.GOVERNANCE, until, false))
                .hasStatus(404)
                .hasCode("NoSuchBucket")
                .hasElement("BucketName", missing);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R34"},
            value = "ls-s3 test_object_lock_delete_markers [AWS-recorded]; "
                    + "vgw Versioning_Put_GetObjectRetention_delete_marker")
    void putRetentionOnDeleteMarkerVersionIsMethodNotAllowed() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");
        Instant until = governanceUntil();

        assertS3Error(() -> putRetention(bucket, "key", marker, ObjectLockRetentionMode.GOVERNANCE, until, false))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasMessage(METHOD_NOT_ALLOWED)
                .hasElement("Method", "PUT")
                .hasElement("ResourceType", "DeleteMarker");
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R34"},
            value = "ls-s3 test_object_lock_delete_markers [AWS-recorded]")
    void getRetentionOnDeleteMarkerVersionIsMethodNotAllowed() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> retention(bucket, "key", marker))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasMessage(METHOD_NOT_ALLOWED)
                .hasElement("Method", "GET")
                .hasElement("ResourceType", "DeleteMarker");
    }

    @Test
    @AwsSource(
            rules = {"B.8"},
            value = "[B.8.3] [AWS-recorded]; s3-tests " + "test_object_lock_put_obj_retention_invalid_mode")
    void lowercaseModeIsMalformedXml() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");
        Instant until = governanceUntil();

        assertS3Error(() -> s3.putObjectRetention(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(version)
                        .retention(r -> r.mode("governance").retainUntilDate(until))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
        assertS3Error(() -> retention(bucket, "key", version)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.8"},
            value = "ls-s3 \"put-object-missing-retention-fields\" [AWS-recorded]")
    void modeWithoutRetainUntilDateIsMalformedXml() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.putObjectRetention(b -> b.bucket(bucket)
                        .key("key")
                        .versionId(version)
                        .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
    }

    @Test
    @AwsSource(
            rules = {"B.8"},
            value = "ls-s3 \"put-object-missing-retention-fields\" [AWS-recorded]")
    void retainUntilDateWithoutModeIsMalformedXml() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");
        Instant until = governanceUntil();

        assertS3Error(() -> s3.putObjectRetention(
                        b -> b.bucket(bucket).key("key").versionId(version).retention(r -> r.retainUntilDate(until))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R21"},
            value = "ls-s3 test_s3_object_retention_exc [AWS-recorded] "
                    + "(ArgumentValue rendering is free, so only ArgumentName is asserted)")
    void pastRetainUntilDateIsInvalidArgumentNamingRetainUntilDate() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> putRetention(
                        bucket,
                        "key",
                        version,
                        ObjectLockRetentionMode.GOVERNANCE,
                        Instant.parse("2020-01-01T00:00:00Z"),
                        false))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(RETAIN_UNTIL_IN_PAST)
                .hasElement("ArgumentName", "RetainUntilDate");
        assertS3Error(() -> retention(bucket, "key", version)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R36"},
            value = "UG object-lock-overview: lock changes create no version")
    void settingRetentionCreatesNoVersionAndKeepsLastModified() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");
        HeadObjectResponse before = head(bucket, "key", version);

        putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, governanceUntil(), false);

        HeadObjectResponse after = head(bucket, "key", version);
        assertThat(after.lastModified()).isEqualTo(before.lastModified());
        assertThat(after.eTag()).isEqualTo(before.eTag());
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.8", "B.9"},
            value = "[B.8.7, B.9]: retention and legal hold are independent [UG]")
    void legalHoldDoesNotBlockPutRetention() {
        String bucket = buckets.createWithObjectLock();
        String version = putOnLegalHold(bucket, "key");
        Instant until = governanceUntil();

        putRetention(bucket, "key", version, ObjectLockRetentionMode.GOVERNANCE, until, false);

        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"B.8"},
            value = "[B.8] order of checks: [B.8.1] (bucket without Object Lock) before "
                    + "[B.8.2] (missing key) [AWS-recorded ls-s3 test_s3_object_retention_exc]")
    void bucketWithoutObjectLockIsReportedBeforeMissingKey() {
        String bucket = buckets.createVersioned();
        Instant until = governanceUntil();

        assertS3Error(() -> putRetention(bucket, "missing", null, ObjectLockRetentionMode.GOVERNANCE, until, false))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK);
    }

    @Test
    @AwsSource(
            rules = {"B.8", "R21"},
            value = "[B.8] order of checks: body validation ([B.8.3]) before the "
                    + "protection rules ([B.8.4, B.8.5]) [AWS-recorded ls-s3 test_s3_object_retention_exc]")
    void invalidRetentionOnProtectedVersionIsRejectedAsInvalidNotAsProtected() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        assertS3Error(() -> putRetention(
                        bucket,
                        "key",
                        version,
                        ObjectLockRetentionMode.GOVERNANCE,
                        Instant.parse("2020-01-01T00:00:00Z"),
                        false))
                .hasStatus(400)
                .hasCode("InvalidArgument")
                .hasMessage(RETAIN_UNTIL_IN_PAST)
                .hasElement("ArgumentName", "RetainUntilDate");
        assertThat(retention(bucket, "key", version).retainUntilDate()).isEqualTo(until);
    }
}

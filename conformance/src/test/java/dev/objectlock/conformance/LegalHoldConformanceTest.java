package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.support.S3Steps.Entry;
import dev.objectlock.conformance.target.AwsSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectLegalHoldResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHold;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectLegalHoldResponse;

/**
 * Put/GetObjectLegalHold and what a hold protects: ON/OFF only, independent of retention and of
 * the governance bypass, addressed by version, with the errors for buckets without Object Lock,
 * missing keys and delete markers ([B.1, B.7, B.9, R23, R24, R27, R32, R33, R34, R36]).
 */
class LegalHoldConformanceTest extends ObjectLockScenario {

    @Test
    @AwsSource(
            rules = {"B.1", "B.2", "B.9"},
            value = "ls-s3 test_s3_legal_hold_lock_versioned [AWS-recorded]; "
                    + "s3-tests test_object_lock_get_legal_hold")
    void legalHoldOnIsStoredAndReturned() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        PutObjectLegalHoldResponse put = s3.putObjectLegalHold(b ->
                b.bucket(bucket).key("key").versionId(version).legalHold(h -> h.status(ObjectLockLegalHoldStatus.ON)));
        GetObjectLegalHoldResponse got =
                s3.getObjectLegalHold(b -> b.bucket(bucket).key("key").versionId(version));

        assertThat(S3Steps.status(put)).isEqualTo(200);
        assertThat(S3Steps.status(got)).isEqualTo(200);
        assertThat(got.legalHold().status()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"B.9", "B.10", "R33"},
            value = "ls-s3 test_s3_legal_hold_lock_versioned [AWS-recorded]; "
                    + "s3-tests test_object_lock_get_legal_hold")
    void legalHoldOffIsReturnedAsOffAndShownOnHead() {
        String bucket = buckets.createWithObjectLock();
        String version = putOnLegalHold(bucket, "key");

        setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.OFF);

        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        HeadObjectResponse head = head(bucket, "key", version);
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        assertThat(S3Steps.header(head, "x-amz-object-lock-legal-hold")).contains("OFF");
    }

    @Test
    @AwsSource(
            rules = {"B.9", "R32"},
            value = "ls-s3 \"get-legal-hold-unset\", [E15] [AWS-recorded]")
    void legalHoldNeverSetIsNoSuchObjectLockConfiguration() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> legalHold(bucket, "key", version))
                .hasStatus(404)
                .hasCode("NoSuchObjectLockConfiguration")
                .hasMessage(NO_OBJECT_LOCK_CONFIGURATION);
    }

    @Test
    @AwsSource(
            rules = {"B.9"},
            value = "s3-tests test_object_lock_put_legal_hold_invalid_status; vgw")
    void statusOtherThanOnOrOffIsMalformedXml() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.putObjectLegalHold(
                        b -> b.bucket(bucket).key("key").versionId(version).legalHold(h -> h.status("on"))))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
        assertS3Error(() -> legalHold(bucket, "key", version)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.9"},
            value = "[B.9] missing body [AWS-recorded ls-s3 \"put-object-retention-empty\"]")
    void legalHoldWithoutBodyIsMalformedXml() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> s3.putObjectLegalHold(
                        b -> b.bucket(bucket).key("key").versionId(version).legalHold((ObjectLockLegalHold) null)))
                .hasStatus(400)
                .hasCode("MalformedXML")
                .hasMessage(MALFORMED_XML);
    }

    @Test
    @AwsSource(
            rules = {"B.9", "R23"},
            value = "[B.9, E13] [AWS-recorded]")
    void putLegalHoldOnBucketWithoutObjectLockIsInvalidRequest() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.ON))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK);
    }

    @Test
    @AwsSource(
            rules = {"B.9", "R23"},
            value = "[B.9, E13] [AWS-recorded]")
    void getLegalHoldOnBucketWithoutObjectLockIsInvalidRequest() {
        String bucket = buckets.createVersioned();
        String version = steps.putVersion(bucket, "key", "body");

        assertS3Error(() -> legalHold(bucket, "key", version))
                .hasStatus(400)
                .hasCode("InvalidRequest")
                .hasMessage(BUCKET_MISSING_LOCK);
    }

    @Test
    @AwsSource(
            rules = {"B.9"},
            value = "[B.9]; message as [E1] [AWS-recorded]")
    void legalHoldOnMissingKeyIsNoSuchKey() {
        String bucket = buckets.createWithObjectLock();

        assertS3Error(() -> setLegalHold(bucket, "missing", null, ObjectLockLegalHoldStatus.ON))
                .hasStatus(404)
                .hasCode("NoSuchKey")
                .hasMessage("The specified key does not exist.");
    }

    @Test
    @AwsSource(
            rules = {"B.9", "R34"},
            value = "vgw Versioning_PutGetObjectLegalHold_delete_marker; "
                    + "ls-s3 test_object_lock_delete_markers [AWS-recorded]")
    void putLegalHoldOnDeleteMarkerVersionIsMethodNotAllowed() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> setLegalHold(bucket, "key", marker, ObjectLockLegalHoldStatus.ON))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasMessage(METHOD_NOT_ALLOWED)
                .hasElement("Method", "PUT")
                .hasElement("ResourceType", "DeleteMarker");
    }

    @Test
    @AwsSource(
            rules = {"B.9", "R34"},
            value = "ls-s3 test_object_lock_delete_markers [AWS-recorded]")
    void getLegalHoldOnDeleteMarkerVersionIsMethodNotAllowed() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "key", "body");
        String marker = steps.delete(bucket, "key");

        assertS3Error(() -> legalHold(bucket, "key", marker))
                .hasStatus(405)
                .hasCode("MethodNotAllowed")
                .hasMessage(METHOD_NOT_ALLOWED)
                .hasElement("Method", "GET")
                .hasElement("ResourceType", "DeleteMarker");
    }

    @Test
    @AwsSource(
            rules = {"B.7", "R24", "R27"},
            value = "s3-tests test_object_lock_delete_object_with_legal_hold_on; "
                    + "UG object-lock-managing (bypass never overrides a legal hold)")
    void legalHoldBlocksDeleteEvenWithBypass() {
        String bucket = buckets.createWithObjectLock();
        String version = putOnLegalHold(bucket, "key");

        assertS3Error(() -> s3.deleteObject(
                        b -> b.bucket(bucket).key("key").versionId(version).bypassGovernanceRetention(true)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(PROTECTED);
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }

    @Test
    @AwsSource(
            rules = {"B.7", "B.9"},
            value = "s3-tests test_object_lock_delete_object_with_legal_hold_off")
    void liftedLegalHoldAllowsDeleteWithoutBypass() {
        String bucket = buckets.createWithObjectLock();
        String version = putOnLegalHold(bucket, "key");
        setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.OFF);

        DeleteObjectResponse deleted =
                s3.deleteObject(b -> b.bucket(bucket).key("key").versionId(version));

        assertThat(S3Steps.status(deleted)).isEqualTo(204);
        assertThat(steps.listingOrder(bucket)).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.9"},
            value = "[B.9] \"allowed regardless of retention, and needs no bypass\" [UG]")
    void legalHoldCanBePlacedAndLiftedOnComplianceVersionWithoutBypass() {
        String bucket = buckets.createWithObjectLock();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.COMPLIANCE, complianceUntil());

        setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.ON);
        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.OFF);

        assertThat(legalHold(bucket, "key", version)).isEqualTo(ObjectLockLegalHoldStatus.OFF);
        assertThat(retention(bucket, "key", version).mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.9"},
            value = "[B.1]: without versionId the current version is addressed [Model]")
    void legalHoldWithoutVersionIdActsOnTheCurrentVersion() {
        String bucket = buckets.createWithObjectLock();
        String older = steps.putVersion(bucket, "key", "older");
        String current = steps.putVersion(bucket, "key", "current");

        setLegalHold(bucket, "key", null, ObjectLockLegalHoldStatus.ON);

        assertThat(legalHold(bucket, "key", current)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertS3Error(() -> legalHold(bucket, "key", older)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.9"},
            value = "[B.1] [Model PutObjectLegalHold versionId]")
    void legalHoldWithVersionIdActsOnThatVersionOnly() {
        String bucket = buckets.createWithObjectLock();
        String older = steps.putVersion(bucket, "key", "older");
        steps.putVersion(bucket, "key", "current");

        setLegalHold(bucket, "key", older, ObjectLockLegalHoldStatus.ON);

        assertThat(legalHold(bucket, "key", older)).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertS3Error(() -> legalHold(bucket, "key", null)).hasStatus(404).hasCode("NoSuchObjectLockConfiguration");
    }

    @Test
    @AwsSource(
            rules = {"B.9", "R36"},
            value = "UG object-lock-overview: lock changes create no version")
    void changingLegalHoldCreatesNoVersionAndKeepsLastModified() {
        String bucket = buckets.createWithObjectLock();
        String version = steps.putVersion(bucket, "key", "body");
        HeadObjectResponse before = head(bucket, "key", version);

        setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.ON);
        setLegalHold(bucket, "key", version, ObjectLockLegalHoldStatus.OFF);

        HeadObjectResponse after = head(bucket, "key", version);
        assertThat(after.lastModified()).isEqualTo(before.lastModified());
        assertThat(after.eTag()).isEqualTo(before.eTag());
        assertThat(steps.listingOrder(bucket)).containsExactly(Entry.version("key", version, true));
    }
}

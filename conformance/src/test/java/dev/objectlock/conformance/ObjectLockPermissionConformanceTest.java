package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.S3ErrorAssert.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Principals;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The rows of the action table ([P.6]) a user of Object Lock meets. Each scenario takes one action
 * away, either by a bucket-policy Deny aimed at the app (which otherwise may do everything but
 * bypass) or by asking the read-only auditor, and shows that exactly the request needing that
 * action is refused, naming it, while its neighbour without the extra action passes.
 */
class ObjectLockPermissionConformanceTest extends PermissionScenario {

    private static final String SOURCE = "Model (the Permissions paragraph of each operation); SAR [Docs]; "
            + "UG troubleshoot-403-errors (message) [Docs]";

    /** A lock bucket whose policy denies the app {@code actions} on its objects. */
    private String lockBucketDenyingApp(String... actions) {
        String bucket = buckets.createWithObjectLock();
        putPolicy(bucket, denyStatement(Principals.APP, bucketArn(bucket) + "/*", actions));
        return bucket;
    }

    private String deniedToApp(String bucket, String key, String action) {
        return refusal(Principals.APP, action, objectArn(bucket, key), BUCKET_POLICY_DENY);
    }

    @Test
    @AwsSource(
            rules = {"P36"},
            value = SOURCE)
    void putObjectWithRetentionHeadersAlsoNeedsPutObjectRetention() {
        String bucket = lockBucketDenyingApp("s3:PutObjectRetention");
        Instant until = governanceUntil();

        assertS3Error(() -> app().putObject(
                                b -> b.bucket(bucket)
                                        .key("locked")
                                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                                        .objectLockRetainUntilDate(until),
                                RequestBody.fromString("x")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(deniedToApp(bucket, "locked", "s3:PutObjectRetention"));
        int plain = S3Steps.status(app().putObject(b -> b.bucket(bucket).key("plain"), RequestBody.fromString("x")));

        assertThat(plain).isEqualTo(200);
    }

    @Test
    @AwsSource(
            rules = {"P36"},
            value = SOURCE)
    void putObjectWithLegalHoldHeaderAlsoNeedsPutObjectLegalHold() {
        String bucket = lockBucketDenyingApp("s3:PutObjectLegalHold");

        assertS3Error(() -> app().putObject(
                                b -> b.bucket(bucket)
                                        .key("held")
                                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                                RequestBody.fromString("x")))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(deniedToApp(bucket, "held", "s3:PutObjectLegalHold"));
    }

    @Test
    @AwsSource(
            rules = {"P46"},
            value = "UG object-lock-overview (default retention needs no permission) [Docs]")
    void defaultRetentionAppliesToAWriterWithoutPutObjectRetention() {
        String bucket = lockBucketDenyingApp("s3:PutObjectRetention");
        setDefaultRetention(bucket, ObjectLockRetentionMode.GOVERNANCE, 1);

        String versionId = app().putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("x"))
                .versionId();

        assertThat(retention(bucket, "k", versionId).mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
    }

    @Test
    @AwsSource(
            rules = {"P36", "P62", "P72"},
            value = SOURCE)
    void retentionIsReadWithGetObjectRetentionAndChangedWithPutObjectRetention() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String versionId = putLocked(bucket, "k", ObjectLockRetentionMode.GOVERNANCE, until);

        Instant read = auditor()
                .getObjectRetention(b -> b.bucket(bucket).key("k").versionId(versionId))
                .retention()
                .retainUntilDate();
        assertS3Error(() -> auditor()
                        .putObjectRetention(b -> b.bucket(bucket)
                                .key("k")
                                .versionId(versionId)
                                .retention(r -> r.mode(ObjectLockRetentionMode.GOVERNANCE)
                                        .retainUntilDate(until.plusSeconds(60)))))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.AUDITOR, "s3:PutObjectRetention", objectArn(bucket, "k"), IMPLICIT));

        assertThat(read).isEqualTo(until);
    }

    @Test
    @AwsSource(
            rules = {"P36"},
            value = SOURCE)
    void getObjectRetentionIsItsOwnAction() {
        String bucket = lockBucketDenyingApp("s3:GetObjectRetention");
        String versionId = putLocked(bucket, "k", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        assertS3Error(() ->
                        app().getObjectRetention(b -> b.bucket(bucket).key("k").versionId(versionId)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(deniedToApp(bucket, "k", "s3:GetObjectRetention"));
    }

    @Test
    @AwsSource(
            rules = {"P39"},
            value = "UG object-lock-managing; Model HeadObject [Docs]")
    void readsWithoutGetObjectRetentionCarryNoRetentionHeaders() {
        String bucket = lockBucketDenyingApp("s3:GetObjectRetention");
        String versionId = putLocked(bucket, "k", ObjectLockRetentionMode.GOVERNANCE, governanceUntil());

        var appHead = app().headObject(b -> b.bucket(bucket).key("k").versionId(versionId));
        var ownerHead = head(bucket, "k", versionId);

        assertThat(ownerHead.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(appHead.objectLockMode()).isNull();
        assertThat(appHead.objectLockRetainUntilDate()).isNull();
    }

    @Test
    @AwsSource(
            rules = {"P36"},
            value = SOURCE)
    void getObjectWithVersionIdNeedsGetObjectVersion() {
        String bucket = lockBucketDenyingApp("s3:GetObjectVersion");
        String versionId = steps.putVersion(bucket, "k", "x");

        String current = app().getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String();
        assertS3Error(() ->
                        app().getObjectAsBytes(b -> b.bucket(bucket).key("k").versionId(versionId)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(deniedToApp(bucket, "k", "s3:GetObjectVersion"));

        assertThat(current).isEqualTo("x");
    }

    @Test
    @AwsSource(
            rules = {"P36"},
            value = SOURCE + "; P.14 (s3:DeleteObjectVersion alone) [UNCERTAIN]")
    void deleteWithVersionIdNeedsDeleteObjectVersion() {
        String bucket = lockBucketDenyingApp("s3:DeleteObjectVersion");
        String versionId = steps.putVersion(bucket, "k", "x");

        assertS3Error(() -> app().deleteObject(b -> b.bucket(bucket).key("k").versionId(versionId)))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(deniedToApp(bucket, "k", "s3:DeleteObjectVersion"));
        boolean marker = app().deleteObject(b -> b.bucket(bucket).key("k")).deleteMarker();

        assertThat(marker).isTrue();
        assertThat(steps.read(bucket, "k", versionId)).isEqualTo("x");
    }

    @Test
    @AwsSource(
            rules = {"P74"},
            value = "minio/minio#4817, andrewrk/node-s3-client#235 [AWS-recorded]")
    void deleteObjectsReportsEachRefusedKeyAndDeletesTheOthers() {
        String bucket = buckets.createWithObjectLock();
        putPolicy(bucket, denyStatement(Principals.APP, bucketArn(bucket) + "/denied/*", "s3:DeleteObjectVersion"));
        String denied = steps.putVersion(bucket, "denied/a", "x");
        String allowed = steps.putVersion(bucket, "allowed/b", "y");

        DeleteObjectsResponse result = app().deleteObjects(b -> b.bucket(bucket)
                .delete(d -> d.objects(
                        ObjectIdentifier.builder()
                                .key("denied/a")
                                .versionId(denied)
                                .build(),
                        ObjectIdentifier.builder()
                                .key("allowed/b")
                                .versionId(allowed)
                                .build())));

        assertThat(result.deleted())
                .singleElement()
                .satisfies(d -> assertThat(d.key()).isEqualTo("allowed/b"));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("denied/a");
            assertThat(e.code()).isEqualTo("AccessDenied");
            assertThat(e.message()).isEqualTo("Access Denied");
        });
        assertThat(steps.read(bucket, "denied/a", denied)).isEqualTo("x");
    }

    @Test
    @AwsSource(
            rules = {"P36", "P62", "P72"},
            value = SOURCE)
    void objectLockConfigurationIsReadAndWrittenWithTheBucketActions() {
        String bucket = buckets.createWithObjectLock();

        String enabled = auditor()
                .getObjectLockConfiguration(b -> b.bucket(bucket))
                .objectLockConfiguration()
                .objectLockEnabledAsString();
        assertS3Error(() -> auditor()
                        .putObjectLockConfiguration(b -> b.bucket(bucket)
                                .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                                        .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE)
                                                .days(1))))))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(
                        Principals.AUDITOR, "s3:PutBucketObjectLockConfiguration", bucketArn(bucket), IMPLICIT));

        assertThat(enabled).isEqualTo("Enabled");
    }

    @Test
    @AwsSource(
            rules = {"P36", "P62", "P72"},
            value = SOURCE)
    void versioningIsReadWithGetBucketVersioningAndChangedWithPutBucketVersioning() {
        String bucket = buckets.createVersioned();

        String status = auditor().getBucketVersioning(b -> b.bucket(bucket)).statusAsString();
        assertS3Error(() -> auditor()
                        .putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status("Suspended"))))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessage(refusal(Principals.AUDITOR, "s3:PutBucketVersioning", bucketArn(bucket), IMPLICIT));

        assertThat(status).isEqualTo("Enabled");
    }
}

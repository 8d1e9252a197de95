package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.support.S3Steps;
import dev.objectlock.conformance.target.AwsSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The {@code x-amz-object-lock-mode}, {@code -retain-until-date} and {@code -legal-hold} headers
 * on GetObject and HeadObject, with and without {@code versionId} ([B.1, B.10, 0.4]).
 */
class LockHeadersOnReadConformanceTest extends ObjectLockScenario {

    private static final List<String> LOCK_HEADERS =
            List.of("x-amz-object-lock-mode", "x-amz-object-lock-retain-until-date", "x-amz-object-lock-legal-hold");

    private String putRetainedAndHeld(String bucket, Instant until) {
        return s3.putObject(
                        b -> b.bucket(bucket)
                                .key("key")
                                .objectLockMode(ObjectLockMode.GOVERNANCE)
                                .objectLockRetainUntilDate(until)
                                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                        RequestBody.fromString("locked"))
                .versionId();
    }

    private ResponseBytes<GetObjectResponse> get(String bucket, String versionId) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key("key").versionId(versionId));
    }

    private static void assertNoLockHeaders(SdkResponse response) {
        for (String name : LOCK_HEADERS) {
            assertThat(S3Steps.header(response, name))
                    .as("response header %s", name)
                    .isEmpty();
        }
    }

    @Test
    @AwsSource(
            rules = {"B.1", "B.10"},
            value = "[B.10] [Model GetObject/HeadObject ObjectLock* headers]; "
                    + "s3-tests test_object_lock_get_obj_retention_iso8601 (retain-until parses as ISO-8601)")
    void headAndGetCarryModeRetainUntilDateAndLegalHold() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        putRetainedAndHeld(bucket, until);

        HeadObjectResponse head = head(bucket, "key", null);
        GetObjectResponse get = get(bucket, null).response();

        for (SdkResponse response : List.of(head, get)) {
            assertThat(S3Steps.header(response, "x-amz-object-lock-mode")).contains("GOVERNANCE");
            assertThat(S3Steps.header(response, "x-amz-object-lock-retain-until-date"))
                    .get()
                    .extracting(Instant::parse)
                    .isEqualTo(until);
            assertThat(S3Steps.header(response, "x-amz-object-lock-legal-hold")).contains("ON");
        }
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(get.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    @AwsSource(
            rules = {"B.10"},
            value = "[B.10] \"also on HEAD/GET with versionId\" [Model]")
    void headAndGetWithVersionIdDescribeThatVersionsLock() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String locked = putRetainedAndHeld(bucket, until);
        steps.putVersion(bucket, "key", "current, unlocked");

        HeadObjectResponse head = head(bucket, "key", locked);
        GetObjectResponse get = get(bucket, locked).response();

        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(get.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(get.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(get.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertNoLockHeaders(head(bucket, "key", null));
    }

    @Test
    @AwsSource(
            rules = {"B.10"},
            value = "[B.10]: headers only when the version has retention, and legal hold "
                    + "absent if never set [Model doc]")
    void versionWithoutLockSettingsSendsNoLockHeaders() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "key", "plain");

        assertNoLockHeaders(head(bucket, "key", null));
        assertNoLockHeaders(get(bucket, null).response());
    }

    @Test
    @AwsSource(
            rules = {"B.10"},
            value = "[B.10] [Model doc]")
    void legalHoldAloneSendsOnlyTheLegalHoldHeader() {
        String bucket = buckets.createWithObjectLock();
        putOnLegalHold(bucket, "key");

        HeadObjectResponse head = head(bucket, "key", null);

        assertThat(S3Steps.header(head, "x-amz-object-lock-legal-hold")).contains("ON");
        assertThat(S3Steps.header(head, "x-amz-object-lock-mode")).isEmpty();
        assertThat(S3Steps.header(head, "x-amz-object-lock-retain-until-date")).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"B.10"},
            value = "[B.10] [Model doc]")
    void retentionAloneSendsNoLegalHoldHeader() {
        String bucket = buckets.createWithObjectLock();
        Instant until = governanceUntil();
        String version = putLocked(bucket, "key", ObjectLockRetentionMode.GOVERNANCE, until);

        GetObjectResponse get = get(bucket, version).response();

        assertThat(get.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(get.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(S3Steps.header(get, "x-amz-object-lock-legal-hold")).isEmpty();
    }
}

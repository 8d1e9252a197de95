package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.report;
import static dev.objectlock.emulator.batch.BatchSupport.run;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.EmulatorFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/** S3PutObjectRetention jobs: every task obeys the PutObjectRetention rules ([C.7.5, R29, R30]). */
class RetentionJobTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final S3Client client = s3.client();
    private StubManifests manifests;

    @BeforeEach
    void lockBucketWithTwoObjects() {
        manifests = BatchSupport.stubManifests(s3);
        s3.emulator().clock().set(T0);
        createLockBucket(client, "kept");
        client.createBucket(b -> b.bucket("reports"));
        client.putObject(b -> b.bucket("kept").key("a"), RequestBody.fromString("a"));
        client.putObject(b -> b.bucket("kept").key("b"), RequestBody.fromString("b"));
    }

    @Test
    void setsRetentionOnEveryObject() {
        BatchJob job = retain("GOVERNANCE", days(10), null);

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(2);
        for (String key : List.of("a", "b")) {
            ObjectLockRetention r =
                    client.getObjectRetention(b -> b.bucket("kept").key(key)).retention();
            assertThat(r.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
            assertThat(r.retainUntilDate()).isEqualTo(days(10));
        }
    }

    @Test
    void shorteningGovernanceNeedsTheBypass() {
        retain("GOVERNANCE", days(10), null);

        BatchJob refused = retain("GOVERNANCE", days(5), false);
        assertThat(refused.status()).isEqualTo(JobStatus.Complete);
        assertThat(refused.progress().numberOfTasksFailed()).isEqualTo(2);
        assertThat(until("a")).isEqualTo(days(10));

        BatchJob bypassed = retain("GOVERNANCE", days(5), true);
        assertThat(bypassed.progress().numberOfTasksSucceeded()).isEqualTo(2);
        assertThat(until("a")).isEqualTo(days(5));
    }

    @Test
    void complianceCannotBeShortenedEvenWithBypassButCanBeExtended() {
        retain("COMPLIANCE", days(10), null);
        String arn = manifests.manifest("shorten", List.of(target("kept", "a", null), target("kept", "b", null)));

        BatchJob shortened = run(
                s3,
                job(
                        new JobOperation.PutObjectRetention(true, "COMPLIANCE", days(5).toString()),
                        arn,
                        report("reports", "shorten", "FailedTasksOnly")));

        assertThat(shortened.status()).isEqualTo(JobStatus.Complete);
        assertThat(shortened.progress().numberOfTasksFailed()).isEqualTo(2);
        assertThat(until("a")).isEqualTo(days(10));
        String failed = client.listObjectsV2(
                        b -> b.bucket("reports").prefix("shorten/job-" + shortened.jobId() + "/results/"))
                .contents()
                .get(0)
                .key();
        assertThat(client.getObjectAsBytes(b -> b.bucket("reports").key(failed)).asString(StandardCharsets.UTF_8))
                .isEqualTo("kept,a,,failed,403,AccessDenied,Access Denied because object protected by object lock.\n"
                        + "kept,b,,failed,403,AccessDenied,Access Denied because object protected by object lock.\n");

        assertThat(retain("COMPLIANCE", days(20), null).progress().numberOfTasksSucceeded())
                .isEqualTo(2);
        assertThat(until("b")).isEqualTo(days(20));
    }

    @Test
    void aDatePastWhenTheTaskRunsFailsEachTaskWithInvalidArgument() {
        BatchJob job = retain("GOVERNANCE", T0.minus(1, ChronoUnit.DAYS), null);

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(2);
    }

    private BatchJob retain(String mode, Instant until, Boolean bypass) {
        String arn = manifests.manifest(
                "retain-" + mode + until + bypass, List.of(target("kept", "a", null), target("kept", "b", null)));
        return run(
                s3,
                job(new JobOperation.PutObjectRetention(bypass, mode, until.toString()), arn, JobRequests.NO_REPORT));
    }

    private Instant until(String key) {
        return client.getObjectRetention(b -> b.bucket("kept").key(key))
                .retention()
                .retainUntilDate();
    }

    private static Instant days(int n) {
        return T0.plus(n, ChronoUnit.DAYS);
    }
}

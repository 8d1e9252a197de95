package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.report;
import static dev.objectlock.emulator.batch.BatchSupport.run;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.EmulatorFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;

/** S3PutObjectLegalHold jobs end to end in one emulator ([C.7, R42, R43, R44]). */
class LegalHoldJobTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private StubManifests manifests;

    @BeforeEach
    void stubManifests() {
        manifests = BatchSupport.stubManifests(s3);
    }

    @Test
    void setsTheHoldOnEveryVersionTheManifestNames() {
        createLockBucket(client, "held");
        List<TaskTarget> targets = new ArrayList<>();
        for (String key : List.of("a", "b", "c")) {
            for (int v = 0; v < 2; v++) {
                String id = client.putObject(b -> b.bucket("held").key(key), RequestBody.fromString(key))
                        .versionId();
                targets.add(target("held", key, id));
            }
        }
        String arn = manifests.manifest("all-versions", targets);

        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        JobRequests.NO_REPORT,
                        "Bucket",
                        "Key",
                        "VersionId"));

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress())
                .isEqualTo(new BatchJob.Progress(6, 6, 0, job.progress().elapsedTimeInActiveSeconds()));
        assertThat(job.terminationDate()).isNotNull();
        assertThat(job.failureReasons()).isEmpty();
        for (TaskTarget t : targets) {
            assertThat(client.getObjectLegalHold(
                                    b -> b.bucket("held").key(t.key()).versionId(t.versionId()))
                            .legalHold()
                            .status())
                    .as(t.toString())
                    .isEqualTo(ObjectLockLegalHoldStatus.ON);
        }
    }

    @Test
    void withoutVersionIdsActsOnTheVersionCurrentWhenTheTaskRuns() {
        createLockBucket(client, "current");
        String old = client.putObject(b -> b.bucket("current").key("k"), RequestBody.fromString("1"))
                .versionId();
        String arn = manifests.manifest("current", List.of(target("current", "k", null)));
        String latest = client.putObject(b -> b.bucket("current").key("k"), RequestBody.fromString("2"))
                .versionId();

        assertThat(run(s3, job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT))
                        .status())
                .isEqualTo(JobStatus.Complete);

        assertThat(client.getObjectLegalHold(b -> b.bucket("current").key("k").versionId(latest))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(client.headObject(b -> b.bucket("current").key("k").versionId(old))
                        .objectLockLegalHoldStatus())
                .isNull();
    }

    @Test
    void literalNullMeansTheNullVersionAndAnEmptyVersionIdFailsTheTask() {
        client.createBucket(b -> b.bucket("was-plain"));
        client.putObject(b -> b.bucket("was-plain").key("old"), RequestBody.fromString("before versioning"));
        s3.versioning("was-plain", BucketVersioningStatus.ENABLED);
        client.putObjectLockConfiguration(
                b -> b.bucket("was-plain").objectLockConfiguration(c -> c.objectLockEnabled("Enabled")));
        String arn = manifests.manifest(
                "null-version", List.of(target("was-plain", "old", "null"), target("was-plain", "old", "")));

        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        JobRequests.NO_REPORT,
                        "Bucket",
                        "Key",
                        "VersionId"));

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(1);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(1);
        assertThat(client.getObjectLegalHold(
                                b -> b.bucket("was-plain").key("old").versionId("null"))
                        .legalHold()
                        .status())
                .isEqualTo(ObjectLockLegalHoldStatus.ON);
    }

    @Test
    void aBucketWithoutObjectLockFailsTheJobBeforeAnyTaskRuns() {
        client.createBucket(b -> b.bucket("plain"));
        client.createBucket(b -> b.bucket("reports"));
        client.putObject(b -> b.bucket("plain").key("k"), RequestBody.fromString("x"));
        String arn = manifests.manifest("plain", List.of(target("plain", "k", null)));

        BatchJob job =
                run(s3, job(new JobOperation.PutObjectLegalHold("ON"), arn, report("reports", null, "AllTasks")));

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.progress()).isEqualTo(new BatchJob.Progress(0, 0, 0, 0));
        assertThat(job.failureReasons())
                .containsExactly(new BatchJob.Failure("InvalidRequest", "Bucket is missing Object Lock Configuration"));
        assertThat(job.terminationDate()).isNotNull();
        assertThat(client.listObjectsV2(b -> b.bucket("reports")).keyCount())
                .as("no report")
                .isZero();
        assertThat(client.headObject(b -> b.bucket("plain").key("k")).objectLockLegalHoldStatus())
                .isNull();
    }

    @Test
    void aManifestNamingTwoBucketsFailsTheJobInPreparing() {
        createLockBucket(client, "one");
        createLockBucket(client, "two");
        client.putObject(b -> b.bucket("one").key("k"), RequestBody.fromString("x"));
        client.putObject(b -> b.bucket("two").key("k"), RequestBody.fromString("x"));
        String arn = manifests.manifest("two-buckets", List.of(target("one", "k", null), target("two", "k", null)));

        BatchJob job = run(s3, job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT));

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.failureReasons())
                .singleElement()
                .satisfies(f -> assertThat(f.failureReason()).contains("one, two"));
        assertThat(client.headObject(b -> b.bucket("one").key("k")).objectLockLegalHoldStatus())
                .isNull();
    }

    @Test
    void anUnreadableManifestFailsTheJobWithItsReason() {
        String arn = manifests.failingManifest(
                "forbidden",
                new JobFailureException("AccessDenied", "Reading the manifest is forbidden: AccessDenied"));

        BatchJob job = run(s3, job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT));

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.failureReasons())
                .containsExactly(
                        new BatchJob.Failure("AccessDenied", "Reading the manifest is forbidden: AccessDenied"));
    }

    @Test
    void tasksFailWithTheStatusAndCodeTheApiCallWouldAnswer() {
        createLockBucket(client, "mixed");
        client.putObject(b -> b.bucket("mixed").key("kept"), RequestBody.fromString("x"));
        client.putObject(b -> b.bucket("mixed").key("deleted"), RequestBody.fromString("x"));
        String marker =
                client.deleteObject(b -> b.bucket("mixed").key("deleted")).versionId();
        String arn = manifests.manifest(
                "mixed",
                List.of(
                        target("mixed", "kept", null),
                        target("mixed", "missing", null),
                        target("mixed", "deleted", marker)));

        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("OFF"),
                        arn,
                        JobRequests.NO_REPORT,
                        "Bucket",
                        "Key",
                        "VersionId"));

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(1);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(2);
    }
}

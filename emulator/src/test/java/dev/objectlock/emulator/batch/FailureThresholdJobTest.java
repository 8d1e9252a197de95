package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.run;
import static dev.objectlock.emulator.batch.BatchSupport.seed;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.EmulatorFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** [R41]: a job fails on its task failures only after 1,000 tasks ran and more than half of them failed. */
class FailureThresholdJobTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private StubManifests manifests;

    @BeforeEach
    void lockBucket() {
        manifests = BatchSupport.stubManifests(s3);
        createLockBucket(s3.client(), "many");
        s3.client().createBucket(b -> b.bucket("reports"));
    }

    @Test
    void failsAtTheThousandthTaskWhenMostHaveFailed() {
        seed(s3.emulator(), "many", "there-", 500);
        List<TaskTarget> targets = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            targets.add(target("many", "missing-" + i, null));
        }
        for (int i = 0; i < 500; i++) {
            targets.add(target("many", "there-" + i, null));
        }
        String arn = manifests.manifest("mostly-missing", targets);

        BatchJob job = run(
                s3,
                job(
                        new JobOperation.PutObjectLegalHold("ON"),
                        arn,
                        BatchSupport.report("reports", null, "FailedTasksOnly")));

        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        assertThat(job.progress().totalNumberOfTasks()).isEqualTo(1200);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(700);
        assertThat(job.progress().numberOfTasksSucceeded())
                .as("the last 200 never ran")
                .isEqualTo(300);
        assertThat(job.failureReasons()).singleElement().satisfies(f -> {
            assertThat(f.failureCode()).isEqualTo("TaskFailureThresholdExceeded");
            assertThat(f.failureReason()).contains("700 of 1000 failed");
        });
        assertThat(s3.client().listObjectsV2(b -> b.bucket("reports")).keyCount())
                .as("a failed job that ran tasks still reports them")
                .isEqualTo(2);
    }

    @Test
    void belowAThousandTasksEvenAllFailedCompletes() {
        List<TaskTarget> targets = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            targets.add(target("many", "missing-" + i, null));
        }
        String arn = manifests.manifest("all-missing", targets);

        BatchJob job = run(s3, job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT));

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(999);
        assertThat(job.failureReasons()).isEmpty();
    }

    @Test
    void halfFailedIsNotMoreThanHalf() {
        seed(s3.emulator(), "many", "there-", 1000);
        List<TaskTarget> targets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            targets.add(target("many", (i % 2 == 0 ? "missing-" : "there-") + i, null));
        }
        String arn = manifests.manifest("half", targets);

        BatchJob job = run(s3, job(new JobOperation.PutObjectLegalHold("ON"), arn, JobRequests.NO_REPORT));

        assertThat(job.status()).isEqualTo(JobStatus.Complete);
        assertThat(job.progress().numberOfTasksFailed()).isEqualTo(500);
        assertThat(job.progress().numberOfTasksSucceeded()).isEqualTo(500);
    }
}

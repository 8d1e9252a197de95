package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.WAIT;
import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.jobs;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.it.EmulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * BatchJobService.awaitJob answers every ordinary outcome of a wait as a value: reached, timed
 * out (with the job as it was then) or no such job. Callers that want an exception, such as
 * ObjectLockEmulator.awaitJob, make one from the answer.
 */
class JobWaitTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private BatchJobService jobs;
    private String suspended;

    @BeforeEach
    void aJobWaitingForConfirmation() {
        jobs = jobs(s3);
        StubManifests manifests = BatchSupport.stubManifests(s3);
        createLockBucket(s3.client(), "locked");
        s3.client().putObject(b -> b.bucket("locked").key("k"), RequestBody.fromString("x"));
        String manifest = manifests.manifest("one", List.of(target("locked", "k", null)));
        suspended = jobs.createJob(JobRequests.with(
                job(new JobOperation.PutObjectLegalHold("ON"), manifest, JobRequests.NO_REPORT),
                b -> b.confirmationRequired(true)));
    }

    @Test
    void aJobThatGetsThereIsReached() {
        Optional<AwaitedJob> answer = jobs.awaitJob(suspended, WAIT, Set.of(JobStatus.Suspended));

        assertThat(answer).hasValueSatisfying(a -> {
            assertThat(a.timedOut()).isFalse();
            assertThat(a.job().jobId()).isEqualTo(suspended);
            assertThat(a.job().status()).isEqualTo(JobStatus.Suspended);
        });
    }

    @Test
    void aTimeoutAnswersWithTheJobAsItWasThen() {
        jobs.awaitJob(suspended, WAIT, Set.of(JobStatus.Suspended));

        Optional<AwaitedJob> answer = jobs.awaitJob(suspended, Duration.ofMillis(50), Set.of(JobStatus.Complete));

        assertThat(answer).hasValueSatisfying(a -> {
            assertThat(a.timedOut()).isTrue();
            assertThat(a.job().status()).isEqualTo(JobStatus.Suspended);
        });
    }

    @Test
    void aZeroTimeoutAnswersAtOnce() {
        jobs.awaitJob(suspended, WAIT, Set.of(JobStatus.Suspended));

        assertThat(jobs.awaitJob(suspended, Duration.ZERO, Set.of())).hasValueSatisfying(a -> {
            assertThat(a.timedOut()).isTrue();
            assertThat(a.job().status()).isEqualTo(JobStatus.Suspended);
        });
    }

    @Test
    void anUnknownJobIsAnEmptyAnswer() {
        assertThat(jobs.awaitJob("no-such-job", Duration.ofMillis(50), Set.of()))
                .isEmpty();
    }
}

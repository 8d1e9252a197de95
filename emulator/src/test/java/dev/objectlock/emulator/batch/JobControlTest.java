package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.ACCOUNT;
import static dev.objectlock.emulator.batch.BatchSupport.WAIT;
import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.jobs;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.it.EmulatorFixture;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;

/** Confirmation, cancellation, priority and reset: the job lifecycle a client drives ([C.6, R40]). */
class JobControlTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3Client client = s3.client();
    private BatchJobService jobs;
    private String manifest;

    @BeforeEach
    void oneLockedObject() {
        jobs = jobs(s3);
        StubManifests manifests = BatchSupport.stubManifests(s3);
        createLockBucket(client, "locked");
        client.putObject(b -> b.bucket("locked").key("k"), RequestBody.fromString("x"));
        client.putObject(b -> b.bucket("locked").key("k2"), RequestBody.fromString("x"));
        manifest = manifests.manifest("two", List.of(target("locked", "k", null), target("locked", "k2", null)));
    }

    @Test
    void aJobThatNeedsConfirmationWaitsInSuspendedUntilAskedToRun() {
        String id = jobs.createJob(
                JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.confirmationRequired(null)));

        BatchJob suspended = s3.emulator().awaitJob(id, WAIT, JobStatus.Suspended);
        assertThat(suspended.status()).isEqualTo(JobStatus.Suspended);
        assertThat(suspended.confirmationRequired()).isTrue();
        assertThat(suspended.suspendedDate()).isNotNull();
        assertThat(suspended.suspendedCause()).isNotBlank();
        assertThat(suspended.progress().totalNumberOfTasks()).isEqualTo(2);
        assertThat(holdOf("k")).isNull();

        BatchJob confirmed = jobs.updateJobStatus(ACCOUNT, id, JobStatus.Ready, "looks right");
        assertThat(confirmed.status()).isEqualTo(JobStatus.Ready);
        assertThat(confirmed.statusUpdateReason()).isEqualTo("looks right");

        BatchJob done = s3.emulator().awaitJob(id);
        assertThat(done.status()).isEqualTo(JobStatus.Complete);
        assertThat(done.statusUpdateReason()).isEqualTo("looks right");
        assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.ON);
        jobStatusException(() -> jobs.updateJobStatus(ACCOUNT, id, JobStatus.Ready, null), "Complete", "Ready");
        jobStatusException(() -> jobs.updateJobStatus(ACCOUNT, id, JobStatus.Cancelled, null), "Complete", "Cancelled");
    }

    @Test
    void awaitingAStatusThatDoesNotComeTimesOutNamingTheStatus() {
        String id = jobs.createJob(
                JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.confirmationRequired(true)));
        s3.emulator().awaitJob(id, WAIT, JobStatus.Suspended);

        assertThatThrownBy(() -> s3.emulator().awaitJob(id, java.time.Duration.ofMillis(200)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Suspended");
        assertThatThrownBy(() -> s3.emulator().awaitJob("no-such-job", WAIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-job");
    }

    /** Which values requestedJobStatus may take is JobQueriesTest's; the reason is checked here. */
    @Test
    void theReasonIsOneTo256CharactersAndACancelledJobCannotBeConfirmed() {
        String id = jobs.createJob(
                JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.confirmationRequired(true)));
        s3.emulator().awaitJob(id, WAIT, JobStatus.Suspended);

        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, JobStatus.Ready, ""));
        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, JobStatus.Ready, "r".repeat(257)));

        BatchJob cancelled = jobs.updateJobStatus(ACCOUNT, id, JobStatus.Cancelled, "not needed");
        assertThat(cancelled.status()).isEqualTo(JobStatus.Cancelled);
        assertThat(cancelled.terminationDate()).isNotNull();
        jobStatusException(() -> jobs.updateJobStatus(ACCOUNT, id, JobStatus.Ready, null), "Cancelled", "Ready");
        assertThat(holdOf("k")).isNull();
    }

    @Test
    void cancellingAnActiveJobLetsTheTaskInFlightFinishAndStartsNoOther() throws Exception {
        try (BucketLock lock = BucketLock.take(s3.emulator(), "locked", "k2")) {
            String id = jobs.createJob(job(hold("ON"), manifest, JobRequests.NO_REPORT));
            s3.emulator().awaitJob(id, WAIT, JobStatus.Active);
            lock.awaitSomeoneWaiting();

            BatchJob cancelling = jobs.updateJobStatus(ACCOUNT, id, JobStatus.Cancelled, "stop");
            assertThat(cancelling.status()).isEqualTo(JobStatus.Cancelling);
            lock.release();

            BatchJob cancelled = s3.emulator().awaitJob(id);
            assertThat(cancelled.status()).isEqualTo(JobStatus.Cancelled);
            assertThat(cancelled.progress().numberOfTasksSucceeded()).isEqualTo(1);
            assertThat(cancelled.terminationDate()).isNotNull();
            assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.ON);
            assertThat(holdOf("k2"))
                    .as("OFF from the lock holder; the job never set it ON")
                    .isEqualTo(ObjectLockLegalHoldStatus.OFF);
        }
    }

    @Test
    void amongReadyJobsTheHigherPriorityRunsFirst() throws Exception {
        String low;
        String high;
        AutoCloseable held = jobs.holdRunner();
        try {
            low = jobs.createJob(
                    JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.priority(1)));
            high = jobs.createJob(
                    JobRequests.with(job(hold("OFF"), manifest, JobRequests.NO_REPORT), b -> b.priority(9)));
        } finally {
            held.close();
        }
        BatchJob lowDone = s3.emulator().awaitJob(low);
        BatchJob highDone = s3.emulator().awaitJob(high);

        // the low-priority job, created first, ran last: its ON is what stays
        assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(highDone.terminationDate()).isBeforeOrEqualTo(lowDone.terminationDate());
    }

    @Test
    void raisingAPriorityWhileQueuedChangesTheOrder() throws Exception {
        AutoCloseable held = jobs.holdRunner();
        try {
            String first = jobs.createJob(
                    JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.priority(1)));
            jobs.createJob(JobRequests.with(job(hold("OFF"), manifest, JobRequests.NO_REPORT), b -> b.priority(9)));
            assertThat(jobs.updateJobPriority(ACCOUNT, first, 100).priority()).isEqualTo(100);
        } finally {
            held.close();
        }
        List<BatchJob> all = jobs.listJobs(ACCOUNT, Set.of(), null, 1000).jobs();
        all.forEach(j -> s3.emulator().awaitJob(j.jobId()));

        assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.OFF);
    }

    /** Which values priority may take is JobQueriesTest's. */
    @Test
    void priorityGoesUpToTheIntegerMaximumAndAnEndedJobEchoesIt() {
        String id = jobs.createJob(job(hold("ON"), manifest, JobRequests.NO_REPORT));
        assertThat(jobs.updateJobPriority(ACCOUNT, id, Integer.MAX_VALUE).priority())
                .isEqualTo(Integer.MAX_VALUE);
        s3.emulator().awaitJob(id);
        assertThat(jobs.updateJobPriority(ACCOUNT, id, 0).priority())
                .as("an ended job echoes it")
                .isZero();
    }

    @Test
    void resetStopsARunningJobAndForgetsEveryJob() throws Exception {
        String id;
        try (BucketLock lock = BucketLock.take(s3.emulator(), "locked", "k2")) {
            id = jobs.createJob(job(hold("ON"), manifest, JobRequests.NO_REPORT));
            s3.emulator().awaitJob(id, WAIT, JobStatus.Active);
            lock.awaitSomeoneWaiting();
            Thread reset = new Thread(() -> s3.emulator().reset(), "test-reset");
            reset.start();
            // WAITING: reset has told the runner to drop its job and waits for it to be idle
            while (reset.getState() != Thread.State.WAITING && reset.isAlive()) {
                Thread.sleep(1);
            }
            lock.release();
            reset.join(30_000);
            assertThat(reset.isAlive()).isFalse();
        }

        assertThatThrownBy(() -> jobs.describeJob(ACCOUNT, id))
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.NOT_FOUND_EXCEPTION));
        assertThat(jobs.listJobs(ACCOUNT, Set.of(), null, 1000).jobs()).isEmpty();

        oneLockedObject();
        assertThat(BatchSupport.run(s3, job(hold("ON"), manifest, JobRequests.NO_REPORT))
                        .status())
                .as("the runner works after a reset")
                .isEqualTo(JobStatus.Complete);
    }

    private ObjectLockLegalHoldStatus holdOf(String key) {
        return client.headObject(b -> b.bucket("locked").key(key)).objectLockLegalHoldStatus();
    }

    private static JobOperation hold(String status) {
        return new JobOperation.PutObjectLegalHold(status);
    }

    private static void badRequest(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        S3Exception.class, e -> assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION));
    }

    private static void jobStatusException(ThrowingCallable call, String from, String to) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.JOB_STATUS_EXCEPTION);
            assertThat(e.getMessage()).isEqualTo("Unable to transition job from " + from + " to " + to);
        });
    }
}

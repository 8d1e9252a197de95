package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.BatchSupport.ACCOUNT;
import static dev.objectlock.emulator.batch.BatchSupport.WAIT;
import static dev.objectlock.emulator.batch.BatchSupport.createLockBucket;
import static dev.objectlock.emulator.batch.BatchSupport.job;
import static dev.objectlock.emulator.batch.BatchSupport.jobs;
import static dev.objectlock.emulator.batch.StubManifests.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.it.EmulatorFixture;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;

/** Confirmation, cancellation, priority and reset: the job lifecycle a client drives (spec C.6, rule 40). */
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
        String id = jobs.createJob(JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT),
                b -> b.confirmationRequired(null)));

        BatchJob suspended = s3.emulator().awaitJob(id, WAIT, JobStatus.Suspended);
        assertThat(suspended.status()).isEqualTo(JobStatus.Suspended);
        assertThat(suspended.confirmationRequired()).isTrue();
        assertThat(suspended.suspendedDate()).isNotNull();
        assertThat(suspended.suspendedCause()).isNotBlank();
        assertThat(suspended.progress().totalNumberOfTasks()).isEqualTo(2);
        assertThat(holdOf("k")).isNull();

        BatchJob confirmed = jobs.updateJobStatus(ACCOUNT, id, "Ready", "looks right");
        assertThat(confirmed.status()).isEqualTo(JobStatus.Ready);
        assertThat(confirmed.statusUpdateReason()).isEqualTo("looks right");

        BatchJob done = s3.emulator().awaitJob(id);
        assertThat(done.status()).isEqualTo(JobStatus.Complete);
        assertThat(done.statusUpdateReason()).isEqualTo("looks right");
        assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.ON);
        jobStatusException(() -> jobs.updateJobStatus(ACCOUNT, id, "Ready", null), "Complete", "Ready");
        jobStatusException(() -> jobs.updateJobStatus(ACCOUNT, id, "Cancelled", null), "Complete", "Cancelled");
    }

    @Test
    void readyIsOnlyForASuspendedJobAndOtherStatusesAreBadRequests() {
        String id = jobs.createJob(JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT),
                b -> b.confirmationRequired(true)));
        s3.emulator().awaitJob(id, WAIT, JobStatus.Suspended);

        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, "Active", null));
        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, "ready", null));
        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, null, null));
        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, "Ready", ""));
        badRequest(() -> jobs.updateJobStatus(ACCOUNT, id, "Ready", "r".repeat(257)));

        BatchJob cancelled = jobs.updateJobStatus(ACCOUNT, id, "Cancelled", "not needed");
        assertThat(cancelled.status()).isEqualTo(JobStatus.Cancelled);
        assertThat(cancelled.terminationDate()).isNotNull();
        jobStatusException(() -> jobs.updateJobStatus(ACCOUNT, id, "Ready", null), "Cancelled", "Ready");
        assertThat(holdOf("k")).isNull();
    }

    @Test
    void cancellingAnActiveJobLetsTheTaskInFlightFinishAndStartsNoOther() throws Exception {
        try (BucketLock lock = BucketLock.take("locked")) {
            String id = jobs.createJob(job(hold("ON"), manifest, JobRequests.NO_REPORT));
            s3.emulator().awaitJob(id, WAIT, JobStatus.Active);
            lock.awaitSomeoneWaiting();

            BatchJob cancelling = jobs.updateJobStatus(ACCOUNT, id, "Cancelled", "stop");
            assertThat(cancelling.status()).isEqualTo(JobStatus.Cancelling);
            lock.release();

            BatchJob cancelled = s3.emulator().awaitJob(id);
            assertThat(cancelled.status()).isEqualTo(JobStatus.Cancelled);
            assertThat(cancelled.progress().numberOfTasksSucceeded()).isEqualTo(1);
            assertThat(cancelled.terminationDate()).isNotNull();
            assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.ON);
            assertThat(holdOf("k2")).as("OFF from the lock holder; the job never set it ON")
                    .isEqualTo(ObjectLockLegalHoldStatus.OFF);
        }
    }

    @Test
    void amongReadyJobsTheHigherPriorityRunsFirst() throws Exception {
        String low;
        String high;
        try (AutoCloseable held = jobs.holdRunner()) {
            low = jobs.createJob(JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.priority(1)));
            high = jobs.createJob(JobRequests.with(job(hold("OFF"), manifest, JobRequests.NO_REPORT),
                    b -> b.priority(9)));
        }
        BatchJob lowDone = s3.emulator().awaitJob(low);
        BatchJob highDone = s3.emulator().awaitJob(high);

        // the low-priority job, created first, ran last: its ON is what stays
        assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(highDone.terminationDate()).isBeforeOrEqualTo(lowDone.terminationDate());
    }

    @Test
    void raisingAPriorityWhileQueuedChangesTheOrder() throws Exception {
        String first;
        try (AutoCloseable held = jobs.holdRunner()) {
            first = jobs.createJob(JobRequests.with(job(hold("ON"), manifest, JobRequests.NO_REPORT), b -> b.priority(1)));
            jobs.createJob(JobRequests.with(job(hold("OFF"), manifest, JobRequests.NO_REPORT), b -> b.priority(9)));
            assertThat(jobs.updateJobPriority(ACCOUNT, first, "100").priority()).isEqualTo(100);
        }
        List<BatchJob> all = jobs.listJobs(ACCOUNT, List.of(), null, null).jobs();
        all.forEach(j -> s3.emulator().awaitJob(j.jobId()));

        assertThat(holdOf("k")).isEqualTo(ObjectLockLegalHoldStatus.OFF);
    }

    @Test
    void priorityMustBeAnIntegerFromZero() {
        String id = jobs.createJob(job(hold("ON"), manifest, JobRequests.NO_REPORT));
        for (String bad : List.of("-1", "2147483648", "ten", "")) {
            badRequest(() -> jobs.updateJobPriority(ACCOUNT, id, bad));
        }
        badRequest(() -> jobs.updateJobPriority(ACCOUNT, id, null));
        assertThat(jobs.updateJobPriority(ACCOUNT, id, "2147483647").priority()).isEqualTo(Integer.MAX_VALUE);
        s3.emulator().awaitJob(id);
        assertThat(jobs.updateJobPriority(ACCOUNT, id, "0").priority()).as("an ended job echoes it").isZero();
    }

    @Test
    void resetStopsARunningJobAndForgetsEveryJob() throws Exception {
        String id;
        CompletableFuture<Void> reset;
        try (BucketLock lock = BucketLock.take("locked")) {
            id = jobs.createJob(job(hold("ON"), manifest, JobRequests.NO_REPORT));
            s3.emulator().awaitJob(id, WAIT, JobStatus.Active);
            lock.awaitSomeoneWaiting();
            reset = CompletableFuture.runAsync(() -> s3.emulator().reset());
            lock.release();
            reset.get(30, TimeUnit.SECONDS);
        }

        assertThatThrownBy(() -> jobs.describeJob(ACCOUNT, id)).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.code()).isEqualTo(S3ErrorCode.NOT_FOUND_EXCEPTION));
        assertThat(jobs.listJobs(ACCOUNT, List.of(), null, null).jobs()).isEmpty();

        oneLockedObject();
        assertThat(BatchSupport.run(s3, job(hold("ON"), manifest, JobRequests.NO_REPORT)).status())
                .as("the runner works after a reset").isEqualTo(JobStatus.Complete);
    }

    private ObjectLockLegalHoldStatus holdOf(String key) {
        return client.headObject(b -> b.bucket("locked").key(key)).objectLockLegalHoldStatus();
    }

    private static JobOperation hold(String status) {
        return new JobOperation.PutObjectLegalHold(status);
    }

    private static void badRequest(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.code()).isEqualTo(S3ErrorCode.BAD_REQUEST_EXCEPTION));
    }

    private static void jobStatusException(ThrowingCallable call, String from, String to) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.JOB_STATUS_EXCEPTION);
            assertThat(e.getMessage()).isEqualTo("Unable to transition job from " + from + " to " + to);
        });
    }

    /**
     * Holds a bucket's row lock from another thread, as a slow concurrent write would: the job's
     * first task waits on it, which keeps the job Active for as long as the test needs.
     */
    private static final class BucketLock implements AutoCloseable {
        private final CountDownLatch taken = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final CompletableFuture<Void> holder;

        private BucketLock(String bucket) {
            ObjectLockService locks = EmulatorInternals.objectLocks(s3.emulator());
            holder = CompletableFuture.runAsync(() -> EmulatorInternals.transactions(s3.emulator()).inTransaction(() -> {
                // any change under the bucket's lock will do; this one the test does not look at
                locks.putLegalHold(new ObjectLockService.VersionRef(bucket, "k2", null), "OFF");
                locks.putLegalHold(new ObjectLockService.VersionRef(bucket, "k2", null), "OFF");
                taken.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }

        static BucketLock take(String bucket) throws InterruptedException {
            BucketLock lock = new BucketLock(bucket);
            if (!lock.taken.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("bucket lock not taken");
            }
            return lock;
        }

        void release() {
            released.countDown();
        }

        /** Until the job's first task waits for this lock: then it is in flight, not merely about to start. */
        void awaitSomeoneWaiting() throws InterruptedException {
            Jdbc jdbc = (Jdbc) EmulatorInternals.transactions(s3.emulator());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (jdbc.queryOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL",
                    rs -> rs.getLong(1)).orElse(0L) == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no task ever waited for the bucket lock");
                }
                Thread.sleep(5);
            }
        }

        @Override
        public void close() throws Exception {
            release();
            holder.get(30, TimeUnit.SECONDS);
        }
    }
}

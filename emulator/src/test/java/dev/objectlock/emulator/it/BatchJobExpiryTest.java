package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.BatchJobSupport.legalHoldJob;
import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobFailure;
import software.amazon.awssdk.services.s3control.model.JobListDescriptor;
import software.amazon.awssdk.services.s3control.model.JobStatusException;
import software.amazon.awssdk.services.s3control.model.NotFoundException;
import software.amazon.awssdk.services.s3control.model.RequestedJobStatus;
import software.amazon.awssdk.services.s3control.model.S3Tag;

/**
 * The two time rules of [C.5, C.6] through the real {@link S3ControlClient}, with the emulator's
 * clock moved forward: a job Suspended for more than 30 days fails [UG batch-ops-create-job], and
 * a job that ended more than 90 days ago is gone from ListJobs and every {@code /jobs/{id}} call
 * [UG troubleshooting-batch-operations]. The clock keeps ticking after a move, so the edges are
 * checked a minute either side.
 */
class BatchJobExpiryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private final S3ControlClient control = s3.controlClient();
    private String manifestEtag;

    @BeforeEach
    void aLockedObjectAndItsManifest() {
        s3.client().createBucket(b -> b.bucket("locked").objectLockEnabledForBucket(true));
        s3.put("locked", "k", "x");
        manifestEtag = s3.client()
                .putObject(b -> b.bucket("locked").key("manifest.csv"), RequestBody.fromString("locked,k\n"))
                .eTag();
    }

    /** A job that waits for confirmation, once it is Suspended. */
    private String suspendedJob() {
        String jobId = control.createJob(legalHoldJob("locked", "manifest.csv", manifestEtag)
                        .confirmationRequired(true)
                        .tags(S3Tag.builder().key("team").value("records").build())
                        .build())
                .jobId();
        s3.emulator().awaitJob(jobId, WAIT, JobStatus.Suspended);
        return jobId;
    }

    private JobDescriptor describe(String jobId) {
        return control.describeJob(b -> b.accountId(ACCOUNT_ID).jobId(jobId)).job();
    }

    private void advance(Duration by) {
        s3.emulator().clock().advance(by);
    }

    @Test
    void aJobSuspendedForMoreThanThirtyDaysFailsWhenTheThirtyDaysRunOut() {
        String jobId = suspendedJob();
        Instant suspendedAt = describe(jobId).suspendedDate();

        advance(Duration.ofDays(30).minus(MINUTE));
        assertThat(describe(jobId).status().toString()).isEqualTo("Suspended");

        advance(MINUTE.multipliedBy(2));
        JobDescriptor failed = describe(jobId);
        assertThat(failed.status().toString()).isEqualTo("Failed");
        assertThat(failed.terminationDate()).isEqualTo(suspendedAt.plus(Duration.ofDays(30)));
        assertThat(failed.suspendedDate()).isEqualTo(suspendedAt);
        assertThat(failed.statusUpdateReason()).isNull();
        assertThat(failed.failureReasons()).extracting(JobFailure::failureCode).containsExactly("SuspendedTooLong");
        assertThat(failed.failureReasons().get(0).failureReason()).contains("Suspended", "30 days");
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID).jobStatusesWithStrings("Failed"))
                        .jobs())
                .extracting(JobListDescriptor::jobId)
                .containsExactly(jobId);
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID).jobStatusesWithStrings("Suspended"))
                        .jobs())
                .isEmpty();
        assertThatThrownBy(() -> control.updateJobStatus(
                        b -> b.accountId(ACCOUNT_ID).jobId(jobId).requestedJobStatus(RequestedJobStatus.READY)))
                .isInstanceOf(JobStatusException.class)
                .hasMessageContaining("Unable to transition job from Failed to Ready");
    }

    // Moving the clock wakes no one, so a wait on a Suspended job re-checks it in short slices: it
    // answers soon after the clock passes the 30 days, long before its own timeout.
    @Test
    void aWaitOnASuspendedJobEndsWhenTheClockPassesTheThirtyDays() throws Exception {
        String jobId = suspendedJob();
        CompletableFuture<BatchJob> answer = new CompletableFuture<>();
        Thread waiter = new Thread(
                () -> {
                    try {
                        answer.complete(s3.emulator().awaitJob(jobId, Duration.ofSeconds(20), JobStatus.Ready));
                    } catch (RuntimeException e) {
                        answer.completeExceptionally(e);
                    }
                },
                "awaits-suspended-job");
        waiter.start();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (waiter.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(answer).isNotDone();

        advance(Duration.ofDays(31));

        BatchJob job = answer.get(5, TimeUnit.SECONDS);
        assertThat(job.status()).isEqualTo(JobStatus.Failed);
        waiter.join();
    }

    @Test
    void aJobThatEndedMoreThanNinetyDaysAgoIsGone() {
        String cancelled = suspendedJob();
        control.updateJobStatus(b -> b.accountId(ACCOUNT_ID)
                .jobId(cancelled)
                .requestedJobStatus(RequestedJobStatus.CANCELLED)
                .statusUpdateReason("not needed"));
        String unconfirmed = suspendedJob();

        advance(Duration.ofDays(90).minus(MINUTE));
        assertThat(describe(cancelled).status().toString()).isEqualTo("Cancelled");
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID)).jobs())
                .extracting(JobListDescriptor::jobId)
                .containsExactlyInAnyOrder(cancelled, unconfirmed);

        advance(MINUTE.multipliedBy(2));
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID)).jobs())
                .extracting(JobListDescriptor::jobId, j -> j.status().toString())
                .containsExactly(Tuple.tuple(unconfirmed, "Failed"));
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID).jobStatusesWithStrings("Cancelled"))
                        .jobs())
                .isEmpty();
        notFound(() -> describe(cancelled));
        notFound(() -> control.getJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(cancelled)));
        notFound(() -> control.putJobTagging(b -> b.accountId(ACCOUNT_ID)
                .jobId(cancelled)
                .tags(S3Tag.builder().key("k").value("v").build())));
        notFound(() -> control.deleteJobTagging(b -> b.accountId(ACCOUNT_ID).jobId(cancelled)));
        notFound(() -> control.updateJobPriority(
                b -> b.accountId(ACCOUNT_ID).jobId(cancelled).priority(1)));
        notFound(() -> control.updateJobStatus(
                b -> b.accountId(ACCOUNT_ID).jobId(cancelled).requestedJobStatus(RequestedJobStatus.CANCELLED)));
        assertThatThrownBy(() -> s3.emulator().awaitJob(cancelled, WAIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("deleted 90 days after it ended");

        // the unconfirmed job ended 30 days after it was suspended, so it goes 90 days after that
        assertThat(describe(unconfirmed).status().toString()).isEqualTo("Failed");
        advance(Duration.ofDays(30));
        notFound(() -> describe(unconfirmed));
        assertThat(control.listJobs(b -> b.accountId(ACCOUNT_ID)).jobs()).isEmpty();
    }

    private static void notFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }
}

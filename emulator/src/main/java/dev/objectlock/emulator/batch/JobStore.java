package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs and the one monitor every change to them goes through: a change is read, applied and
 * stored under it, so a client's UpdateJobStatus and the runner's own moves never interleave, and
 * whoever waits in {@link #await} wakes on every change instead of polling.
 *
 * <p>Time-driven changes ({@link JobExpiry}: Suspended for more than 30 days fails, 90 days after
 * its end a job is gone) are applied here, lazily, by the emulator clock: every read, listing,
 * wait and change first settles the jobs it touches, storing the Failed job or deleting the
 * expired one. Nothing runs in the background.
 */
final class JobStore {

    private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);
    /** Why a job waits in Suspended; the only cause this engine has. */
    static final String AWAITING_CONFIRMATION =
            "The job was created with ConfirmationRequired and waits for UpdateJobStatus Ready.";

    /** How long {@link #await} sleeps at most while its job is Suspended (see there). */
    static final Duration CLOCK_RECHECK = Duration.ofMillis(100);
    /** The statuses {@link JobExpiry} can change or expire. */
    private static final Set<JobStatus> CLOCK_BOUND =
            EnumSet.of(JobStatus.Suspended, JobStatus.Complete, JobStatus.Failed, JobStatus.Cancelled);

    private final JobRepository repository;
    private final Clock clock;
    private final Object monitor = new Object();
    private volatile Consumer<String> endedByClock = jobId -> {};

    JobStore(JobRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** {@code listener} is told the id of each job the clock fails or deletes (so the runner drops its prepared tasks). */
    void onEndedByClock(Consumer<String> listener) {
        this.endedByClock = listener;
    }

    Instant now() {
        return clock.instant();
    }

    /** The job as the clock leaves it now; empty when it never existed, was reset, or expired. */
    Optional<JobRecord> find(String jobId) {
        Optional<JobRecord> stored = repository.find(jobId);
        if (stored.isEmpty() || !JobExpiry.isDue(stored.get(), now())) {
            return stored;
        }
        synchronized (monitor) {
            return repository.find(jobId).flatMap(this::settle);
        }
    }

    /**
     * ListJobs: the account's jobs as {@link JobRepository#list} gives them, after settling every
     * job of the account the clock could have changed, so that expired jobs are gone before the
     * page is cut (a page is never short because of them) and no job shows a stale status.
     */
    List<JobRecord> list(String accountId, Set<JobStatus> statuses, JobRepository.Position after, int limit) {
        synchronized (monitor) {
            Instant now = now();
            for (JobRecord job : repository.list(accountId, CLOCK_BOUND, null, Integer.MAX_VALUE)) {
                if (JobExpiry.isDue(job, now)) {
                    settle(job);
                }
            }
            return repository.list(accountId, statuses, after, limit);
        }
    }

    /**
     * Stores {@code created} unless the account already used its ClientRequestToken: then the
     * earlier job when the request is the same, IdempotencyException when it differs.
     */
    JobRecord create(JobRecord created) {
        synchronized (monitor) {
            // an expired job is gone, its ClientRequestToken with it
            Optional<JobRecord> earlier = repository
                    .findByToken(created.accountId(), created.request().clientRequestToken())
                    .flatMap(this::settle);
            if (earlier.isPresent()) {
                if (!earlier.get().request().equals(created.request())) {
                    throw S3Exception.of(
                            S3ErrorCode.IDEMPOTENCY_EXCEPTION,
                            "The ClientRequestToken "
                                    + created.request().clientRequestToken() + " was already used for job "
                                    + earlier.get().jobId() + " with different parameters.");
                }
                return earlier.get();
            }
            if (!repository.insert(created)) {
                throw new IllegalStateException("token taken outside the store's monitor");
            }
            LOG.info(
                    "Batch job {} created: {} for account {}, priority {}",
                    created.jobId(),
                    created.request().operation().wireName(),
                    created.accountId(),
                    created.settings().priority());
            monitor.notifyAll();
            return created;
        }
    }

    /**
     * Applies {@code change} to the job as stored now and stores the result; empty when the job
     * is gone (a reset) or {@code change} returned null (nothing to do in its current state).
     */
    Optional<JobRecord> update(String jobId, UnaryOperator<JobRecord> change) {
        synchronized (monitor) {
            Optional<JobRecord> current = repository.find(jobId).flatMap(this::settle);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            JobRecord changed = change.apply(current.get());
            if (changed == null) {
                return Optional.empty();
            }
            repository.update(changed);
            if (changed.status() != current.get().status()) {
                logMove(current.get(), changed);
            }
            monitor.notifyAll();
            return Optional.of(changed);
        }
    }

    /** The engine's move {@code from} (when the job is still there) {@code to}, with {@code alsoChange} applied. */
    Optional<JobRecord> move(String jobId, Set<JobStatus> from, JobStatus to, UnaryOperator<JobRecord> alsoChange) {
        return update(jobId, job -> {
            if (!from.contains(job.status())) {
                return null;
            }
            JobStateMachine.checkMove(job.status(), to);
            return alsoChange.apply(job).movedTo(to, now(), AWAITING_CONFIRMATION);
        });
    }

    Optional<JobRecord> move(String jobId, Set<JobStatus> from, JobStatus to) {
        return move(jobId, from, to, UnaryOperator.identity());
    }

    /**
     * Blocks until the job is in one of {@code statuses} or terminal (whatever it waits for can no
     * longer come then), or {@code timeout} passes; empty when there is no such job (never created,
     * forgotten by a reset, or deleted 90 days after it ended). Each outcome is an answer, not an
     * error: only an interrupt throws.
     *
     * <p>Every change made through this store wakes the wait, but the clock moving does not: a
     * test may advance it past a Suspended job's 30-day limit while this waits. So while the job is
     * Suspended (the one unfinished status time alone can end) the wait is cut into slices of at
     * most {@link #CLOCK_RECHECK}, after each of which the job is settled again. That covers a jump
     * of the clock and plain time passing alike, with no hook into the clock; other statuses wait
     * for a change as before.
     */
    Optional<Awaited> await(String jobId, Duration timeout, Set<JobStatus> statuses) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                Optional<JobRecord> found = repository.find(jobId).flatMap(this::settle);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                JobRecord job = found.get();
                if (job.status().isTerminal() || statuses.contains(job.status())) {
                    return Optional.of(new Awaited(job, false));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.of(new Awaited(job, true));
                }
                if (job.status() == JobStatus.Suspended) {
                    left = Math.min(left, CLOCK_RECHECK.toNanos());
                }
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for batch job " + jobId, e);
                }
            }
        }
    }

    /** What {@link #await} found: the job when it got there, or as it was when the timeout passed first. */
    record Awaited(JobRecord job, boolean timedOut) {}

    void deleteAll() {
        synchronized (monitor) {
            repository.deleteAll();
            monitor.notifyAll();
        }
    }

    JobRepository repository() {
        return repository;
    }

    /**
     * Under {@link #monitor}: {@code stored} as the clock leaves it now ({@link JobExpiry}), the
     * change stored (or the job deleted) and waiters woken when there is one.
     */
    private Optional<JobRecord> settle(JobRecord stored) {
        Optional<JobRecord> settled = JobExpiry.at(stored, now());
        if (settled.isEmpty()) {
            repository.delete(stored.jobId());
            LOG.info(
                    "Batch job {} deleted: it was {} and ended more than {} days ago",
                    stored.jobId(),
                    stored.status(),
                    JobExpiry.KEPT_AFTER_END.toDays());
            endedByClock.accept(stored.jobId());
            monitor.notifyAll();
        } else if (settled.get() != stored) {
            repository.update(settled.get());
            logMove(stored, settled.get());
            endedByClock.accept(stored.jobId());
            monitor.notifyAll();
        }
        return settled;
    }

    private static void logMove(JobRecord before, JobRecord after) {
        List<BatchJob.Failure> failures = after.lifecycle().failureReasons();
        if (failures.size() > before.lifecycle().failureReasons().size()) {
            BatchJob.Failure last = failures.get(failures.size() - 1);
            LOG.info(
                    "Batch job {} {} -> {} ({}: {})",
                    after.jobId(),
                    before.status(),
                    after.status(),
                    last.failureCode(),
                    last.failureReason());
        } else {
            JobRecord.Progress p = after.progress();
            LOG.info(
                    "Batch job {} {} -> {} ({} succeeded, {} failed of {} tasks)",
                    after.jobId(),
                    before.status(),
                    after.status(),
                    p.tasksSucceeded(),
                    p.tasksFailed(),
                    p.totalTasks());
        }
    }
}

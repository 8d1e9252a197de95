package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs and the one monitor every change to them goes through: a change is read, applied and
 * stored under it, so a client's UpdateJobStatus and the runner's own moves never interleave, and
 * whoever waits in {@link #await} wakes on every change instead of polling.
 */
final class JobStore {

    private static final Logger LOG = LoggerFactory.getLogger(BatchJobService.class);
    /** Why a job waits in Suspended; the only cause this engine has. */
    static final String AWAITING_CONFIRMATION =
            "The job was created with ConfirmationRequired and waits for UpdateJobStatus Ready.";

    private final JobRepository repository;
    private final Clock clock;
    private final Object monitor = new Object();

    JobStore(JobRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<JobRecord> find(String jobId) {
        return repository.find(jobId);
    }

    /**
     * Stores {@code created} unless the account already used its ClientRequestToken: then the
     * earlier job when the request is the same, IdempotencyException when it differs.
     */
    JobRecord create(JobRecord created) {
        synchronized (monitor) {
            Optional<JobRecord> earlier = repository.findByToken(created.accountId(),
                    created.request().clientRequestToken());
            if (earlier.isPresent()) {
                if (!earlier.get().request().equals(created.request())) {
                    throw S3Exception.of(S3ErrorCode.IDEMPOTENCY_EXCEPTION, "The ClientRequestToken "
                            + created.request().clientRequestToken() + " was already used for job "
                            + earlier.get().jobId() + " with different parameters.");
                }
                return earlier.get();
            }
            if (!repository.insert(created)) {
                throw new IllegalStateException("token taken outside the store's monitor");
            }
            LOG.info("Batch job {} created: {} for account {}, priority {}", created.jobId(),
                    created.request().operation().wireName(), created.accountId(), created.priority());
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
            Optional<JobRecord> current = repository.find(jobId);
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
     * longer come then); IllegalStateException naming its status when {@code timeout} passes first.
     */
    JobRecord await(String jobId, Duration timeout, Set<JobStatus> statuses) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                JobRecord job = repository.find(jobId).orElseThrow(() ->
                        new IllegalStateException("no batch job " + jobId + " (never created, or forgotten by a reset)"));
                if (job.status().isTerminal() || statuses.contains(job.status())) {
                    return job;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("batch job " + jobId + " is still " + job.status() + " after "
                            + timeout + (statuses.isEmpty() ? "" : "; waited for " + statuses));
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

    void deleteAll() {
        synchronized (monitor) {
            repository.deleteAll();
            monitor.notifyAll();
        }
    }

    JobRepository repository() {
        return repository;
    }

    private static void logMove(JobRecord before, JobRecord after) {
        if (after.status() == JobStatus.Failing && !after.failureReasons().isEmpty()) {
            BatchJob.Failure last = after.failureReasons().get(after.failureReasons().size() - 1);
            LOG.info("Batch job {} {} -> {} ({}: {})", after.jobId(), before.status(), after.status(),
                    last.failureCode(), last.failureReason());
        } else {
            LOG.info("Batch job {} {} -> {} ({} succeeded, {} failed of {} tasks)", after.jobId(), before.status(),
                    after.status(), after.tasksSucceeded(), after.tasksFailed(), after.totalTasks());
        }
    }
}

package dev.objectlock.emulator.replication;

import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.authorization.RoleSessions;
import dev.objectlock.emulator.domain.model.ReplicationTask;
import dev.objectlock.emulator.domain.port.ReplicationTasks;
import dev.objectlock.emulator.domain.service.ReplicaService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs recorded replication tasks, oldest first, in batches on a thread of its own, so a writer
 * never waits for a replica ([R131]). Woken after each write that records work, and at start for work a
 * restart left pending. Tests wait for it ({@link #await}), hold it ({@link #pause}) and make a
 * destination fail ({@link #failDestination}) instead of sleeping.
 */
public final class ReplicationEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicationEngine.class);
    /** Tasks run per transaction: enough to spread its cost, few enough to hold the locks briefly. */
    private static final int BATCH = 250;
    /** How often a wait looks again should a wake-up be missed; the engine signals every batch. */
    private static final long RECHECK_MILLIS = 100;

    private final ReplicationTasks tasks;
    private final ReplicaService replicas;
    private final RoleSessions roles;
    private final ExecutorService executor;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Object monitor = new Object();
    /** Guarded by monitor: a drain is queued or running; a wake came during it; paused; closed. */
    private boolean scheduled;

    private boolean rerun;
    private boolean paused;
    private boolean closed;

    /** @param roles the sessions of the configurations' Roles, which replication acts as ([P100]) */
    public ReplicationEngine(ReplicationTasks tasks, ReplicaService replicas, RoleSessions roles) {
        this.roles = roles;
        this.tasks = tasks;
        this.replicas = replicas;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "objectlock-replication");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts on the work already recorded: with a data folder, what was pending at the last stop. */
    public void start() {
        wake();
    }

    /** Runs the pending tasks soon, on the engine's thread; never blocks the caller. */
    public void wake() {
        synchronized (monitor) {
            if (paused || closed) {
                return;
            }
            if (scheduled) {
                rerun = true;
                return;
            }
            scheduled = true;
        }
        executor.execute(this::drain);
    }

    /** Holds the work: versions stay PENDING until {@link #resume}. The batch under way finishes. */
    public void pause() {
        synchronized (monitor) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (monitor) {
            paused = false;
        }
        wake();
    }

    /** Replication to this bucket ends FAILED until {@link #healDestination}. */
    public void failDestination(String bucket) {
        failing.add(bucket);
    }

    public void healDestination(String bucket) {
        failing.remove(bucket);
    }

    /**
     * Waits until no task is pending or {@code timeout} passes, and reports the counts. While
     * paused, pending tasks stay so and the wait times out.
     */
    public ReplicationCounts await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<ReplicationTask.State, Long> counts = tasks.counts();
            long pending = counts.get(ReplicationTask.State.PENDING);
            long left = deadline - System.nanoTime();
            if (pending == 0 || left <= 0) {
                return new ReplicationCounts(
                        pending,
                        counts.get(ReplicationTask.State.COMPLETED),
                        counts.get(ReplicationTask.State.FAILED),
                        pending > 0);
            }
            synchronized (monitor) {
                monitor.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), RECHECK_MILLIS)));
            }
        }
    }

    /**
     * {@link #await}, for in-process callers: the counts once nothing is pending, or an
     * IllegalStateException that says what is still pending when {@code timeout} passes.
     */
    public ReplicationCounts awaitOrFail(Duration timeout) {
        ReplicationCounts counts;
        try {
            counts = await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for replication", e);
        }
        if (counts.timedOut()) {
            throw new IllegalStateException(counts.pending() + " replication tasks still pending after " + timeout
                    + " (" + counts.completed() + " completed, " + counts.failed() + " failed"
                    + (isPaused() ? "; replication is paused" : "") + ")");
        }
        return counts;
    }

    /**
     * For a reset: holds the engine until no task is under way, runs {@code clear} (which empties
     * the tables beneath it), then runs again as a fresh emulator's does: not paused, no
     * destination failed.
     */
    public void resetAround(Runnable clear) {
        synchronized (monitor) {
            paused = true;
            while (scheduled) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while replication finished a task", e);
                }
            }
        }
        clear.run();
        failing.clear();
        resume();
    }

    private boolean isPaused() {
        synchronized (monitor) {
            return paused;
        }
    }

    private void drain() {
        try {
            while (true) {
                boolean ran = runBatch();
                synchronized (monitor) {
                    monitor.notifyAll();
                    if (paused || closed || (!ran && !rerun)) {
                        scheduled = false;
                        return;
                    }
                    rerun = false;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("replication stopped; the next write or resume starts it again", e);
            synchronized (monitor) {
                scheduled = false;
                monitor.notifyAll();
            }
        }
    }

    /** Runs the oldest pending tasks together, in one transaction ({@link ReplicaService#runAll}). */
    private boolean runBatch() {
        synchronized (monitor) {
            if (paused || closed) {
                return false;
            }
        }
        List<ReplicationTask> batch = tasks.pending(BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        List<ReplicaService.Job> jobs = batch.stream().map(this::job).toList();
        List<ReplicaService.Outcome> outcomes = replicas.runAll(jobs);
        for (int i = 0; i < outcomes.size(); i++) {
            log(batch.get(i), outcomes.get(i));
        }
        return true;
    }

    private ReplicaService.Job job(ReplicationTask task) {
        if (failing.contains(task.destinationBucket())) {
            return refused(task, "replication to " + task.destinationBucket() + " is set to fail");
        }
        try {
            // a new session per task: identities changed meanwhile apply to the batches not yet run
            Optional<RequestAccess> role = roles.replicationSession(task.role());
            return role.isPresent()
                    ? new ReplicaService.Job(task, role.get(), null)
                    : refused(task, "AccessDenied: the Role cannot be assumed by s3.amazonaws.com");
        } catch (RuntimeException e) {
            LOG.warn("replication of {} to {} failed", task.key(), task.destinationBucket(), e);
            return refused(task, e.toString());
        }
    }

    private static ReplicaService.Job refused(ReplicationTask task, String detail) {
        return new ReplicaService.Job(task, null, ReplicaService.Outcome.failed(detail));
    }

    private static void log(ReplicationTask task, ReplicaService.Outcome outcome) {
        if (outcome.cause() != null) {
            LOG.warn("replication of {} to {} failed", task.key(), task.destinationBucket(), outcome.cause());
        } else if (!outcome.replicated()) {
            LOG.debug("replication of {} to {} failed: {}", task.key(), task.destinationBucket(), outcome.detail());
        }
    }

    @Override
    public void close() {
        synchronized (monitor) {
            closed = true;
            monitor.notifyAll();
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

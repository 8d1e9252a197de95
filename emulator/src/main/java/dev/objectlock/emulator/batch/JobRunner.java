package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.JobStatus.New;
import static dev.objectlock.emulator.batch.JobStatus.Preparing;
import static dev.objectlock.emulator.batch.JobStatus.Ready;

import dev.objectlock.emulator.batch.port.JobRecord;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules jobs on one daemon thread, one job at a time: New jobs are prepared first (in order
 * of creation), then the Ready job of highest priority runs (oldest first among equals);
 * {@link JobExecution} does the work of each.
 *
 * <p>A reset or close bumps the epoch; the job in hand notices between two tasks and is
 * abandoned without writing anything more, so no chunk outlives the reset that forgot its job.
 * The execution learns of that through the check it is handed with each job, and tells the
 * runner through its answer when a job it prepared is Ready to be queued again: it never knows
 * the runner, and what both must remember of a job lives in {@link PreparedJobs}.
 */
final class JobRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final JobExecution execution;
    private final PreparedJobs prepared;

    private final Object lock = new Object();
    /** Jobs with work for the runner (New or Ready); guarded by {@link #lock}. */
    private final Set<String> queued = new LinkedHashSet<>();

    private long epoch;
    private volatile long liveEpoch;
    private boolean busy;
    private boolean held;
    private boolean stopping;
    private final Thread thread;

    JobRunner(JobStore store, JobExecution execution, PreparedJobs prepared) {
        this.store = store;
        this.execution = execution;
        this.prepared = prepared;
        this.thread = new Thread(this::loop, "objectlock-batch-jobs");
        thread.setDaemon(true);
    }

    /** Once storage is ready: a storage that failed to open is the emulator's start failure to report, not ours. */
    void start() {
        thread.start();
    }

    void submit(String jobId) {
        synchronized (lock) {
            queued.add(jobId);
            lock.notifyAll();
        }
    }

    /** Asks the running job to stop starting tasks; the job is already Cancelling in the store. */
    void cancel(String jobId) {
        prepared.cancel(jobId);
    }

    /** A job that ended without running (cancelled while waiting) no longer needs its tasks. */
    void forget(String jobId) {
        prepared.forget(jobId);
    }

    /** Test seam: no job is picked until the returned handle is closed, so several can queue up. */
    AutoCloseable hold() {
        synchronized (lock) {
            held = true;
        }
        return () -> {
            synchronized (lock) {
                held = false;
                lock.notifyAll();
            }
        };
    }

    /** Abandons the job in hand, forgets every queued one and returns once the runner is idle. */
    void reset() {
        synchronized (lock) {
            liveEpoch = ++epoch;
            queued.clear();
            prepared.clear();
            while (busy) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            stopping = true;
            liveEpoch = ++epoch;
            lock.notifyAll();
        }
        if (!thread.isAlive()) {
            return;
        }
        try {
            // no interrupt: H2 closes a file-backed database whose channel is interrupted mid-write
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            recover();
        } catch (RuntimeException e) {
            LOG.error("Could not pick up the unfinished batch jobs of an earlier run", e);
        }
        while (true) {
            String jobId;
            long myEpoch;
            synchronized (lock) {
                while (!stopping && (held || queued.isEmpty())) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopping) {
                    return;
                }
                jobId = pick();
                if (jobId == null) {
                    continue;
                }
                busy = true;
                myEpoch = epoch;
            }
            try {
                if (execution.work(jobId, () -> stale(myEpoch))) {
                    submit(jobId);
                }
            } catch (RuntimeException e) {
                LOG.error("Batch job {} stopped by an unexpected error", jobId, e);
                if (!stale(myEpoch)) {
                    execution.fail(jobId, new BatchJob.Failure("InternalError", JobExecution.INTERNAL_ERROR));
                }
            } finally {
                synchronized (lock) {
                    busy = false;
                    lock.notifyAll();
                }
            }
        }
    }

    /** Jobs a stopped emulator left unfinished (--data-dir): queued again, or ended where they cannot resume. */
    private void recover() {
        for (JobRecord job : store.repository().unfinished()) {
            switch (job.status()) {
                case New, Preparing, Ready -> submit(job.jobId());
                // their tasks are over: each ends where its ending status leads
                case Cancelling, Completing, Failing ->
                    store.move(job.jobId(), EnumSet.of(job.status()), JobStateMachine.terminalOf(job.status()));
                case Active, Pausing, Paused ->
                    execution.fail(
                            job.jobId(),
                            new BatchJob.Failure(
                                    "InternalError",
                                    "The emulator stopped while the job was running; its tasks did not all run."));
                default -> {
                    // Suspended waits for its confirmation; the tasks are read again when it runs
                }
            }
        }
    }

    /** Under {@link #lock}: a New job first, else the Ready job of highest priority; drops stale entries. */
    private String pick() {
        JobRecord best = null;
        for (Iterator<String> it = queued.iterator(); it.hasNext(); ) {
            Optional<JobRecord> found = store.find(it.next());
            if (found.isEmpty()
                    || !EnumSet.of(New, Preparing, Ready).contains(found.get().status())) {
                it.remove();
                continue;
            }
            JobRecord job = found.get();
            if (best == null || ORDER.compare(job, best) < 0) {
                best = job;
            }
        }
        if (best != null) {
            queued.remove(best.jobId());
            return best.jobId();
        }
        return null;
    }

    private static final Comparator<JobRecord> ORDER = Comparator.comparing((JobRecord j) -> j.status() == Ready)
            .thenComparing((JobRecord j) -> j.settings().priority(), Comparator.reverseOrder())
            .thenComparing((JobRecord j) -> j.submitted().creationTime())
            .thenComparing(JobRecord::jobId);

    /** Whether a reset or close since {@code myEpoch} has abandoned the job in hand. */
    private boolean stale(long myEpoch) {
        return liveEpoch != myEpoch;
    }
}

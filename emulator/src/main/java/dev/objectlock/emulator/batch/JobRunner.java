package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.JobStatus.Active;
import static dev.objectlock.emulator.batch.JobStatus.Cancelled;
import static dev.objectlock.emulator.batch.JobStatus.Cancelling;
import static dev.objectlock.emulator.batch.JobStatus.Complete;
import static dev.objectlock.emulator.batch.JobStatus.Completing;
import static dev.objectlock.emulator.batch.JobStatus.Failed;
import static dev.objectlock.emulator.batch.JobStatus.Failing;
import static dev.objectlock.emulator.batch.JobStatus.New;
import static dev.objectlock.emulator.batch.JobStatus.Preparing;
import static dev.objectlock.emulator.batch.JobStatus.Ready;

import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on one daemon thread, one job at a time: New jobs are prepared first (in order of
 * creation), then the Ready job of highest priority runs (oldest first among equals). Tasks run
 * in chunks, each chunk in one transaction: a task joins it through the same domain service an
 * API call uses, and a refused task has written nothing, so the chunk carries on past it.
 *
 * <p>A reset or close bumps the epoch; the job in hand notices between two tasks and is
 * abandoned without writing anything more, so no chunk outlives the reset that forgot its job.
 */
final class JobRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchJobService.class);
    /** Tasks per transaction: large enough that commits cost little, small enough that progress shows. */
    static final int CHUNK = 500;
    private static final String INTERNAL_ERROR = "We encountered an internal error. Please try again.";

    private final JobStore store;
    private final TaskExecutors executors;
    private final ObjectService objects;
    private final Transactions tx;
    private volatile ManifestResolver manifests;

    private final Object lock = new Object();
    /** Jobs with work for the runner (New or Ready); guarded by {@link #lock}. */
    private final Set<String> queued = new LinkedHashSet<>();
    /** Tasks resolved in Preparing, kept until the job runs (it may wait in Suspended meanwhile). */
    private final Map<String, ManifestResolver.Resolved> prepared = new ConcurrentHashMap<>();
    private final Set<String> cancelRequested = ConcurrentHashMap.newKeySet();
    private long epoch;
    private volatile long liveEpoch;
    private boolean busy;
    private boolean held;
    private boolean stopping;
    private final Thread thread;

    JobRunner(JobStore store, ManifestResolver manifests, TaskExecutors executors, ObjectService objects,
              Transactions tx) {
        this.store = store;
        this.manifests = manifests;
        this.executors = executors;
        this.objects = objects;
        this.tx = tx;
        this.thread = new Thread(this::loop, "objectlock-batch-jobs");
        thread.setDaemon(true);
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
        cancelRequested.add(jobId);
        prepared.remove(jobId);
    }

    /** A job that ended without running (cancelled while waiting) no longer needs its tasks. */
    void forget(String jobId) {
        prepared.remove(jobId);
        cancelRequested.remove(jobId);
    }

    void useManifestResolver(ManifestResolver resolver) {
        this.manifests = resolver;
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
            cancelRequested.clear();
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
                work(jobId, myEpoch);
            } catch (RuntimeException e) {
                LOG.error("Batch job {} stopped by an unexpected error", jobId, e);
                if (!stale(myEpoch)) {
                    fail(jobId, new BatchJob.Failure("InternalError", INTERNAL_ERROR));
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
                case Cancelling -> store.move(job.jobId(), EnumSet.of(Cancelling), Cancelled);
                case Completing -> store.move(job.jobId(), EnumSet.of(Completing), Complete);
                case Failing -> store.move(job.jobId(), EnumSet.of(Failing), Failed);
                case Active, Pausing, Paused -> fail(job.jobId(), new BatchJob.Failure("InternalError",
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
            if (found.isEmpty() || !EnumSet.of(New, Preparing, Ready).contains(found.get().status())) {
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

    private static final Comparator<JobRecord> ORDER = Comparator
            .comparing((JobRecord j) -> j.status() == Ready)
            .thenComparing(JobRecord::priority, Comparator.reverseOrder())
            .thenComparing(JobRecord::creationTime)
            .thenComparing(JobRecord::jobId);

    private boolean stale(long myEpoch) {
        return liveEpoch != myEpoch;
    }

    private void work(String jobId, long myEpoch) {
        Optional<JobRecord> job = store.find(jobId);
        if (job.isEmpty()) {
            return;
        }
        if (job.get().status() == Ready) {
            execute(job.get(), myEpoch);
        } else {
            prepare(jobId, myEpoch);
        }
    }

    private void prepare(String jobId, long myEpoch) {
        Optional<JobRecord> preparing = store.move(jobId, EnumSet.of(New), Preparing);
        if (preparing.isEmpty()) {
            preparing = store.find(jobId).filter(j -> j.status() == Preparing);
        }
        if (preparing.isEmpty()) {
            return;
        }
        JobRecord job = preparing.get();
        Optional<ManifestResolver.Resolved> resolved = resolve(job);
        if (resolved.isEmpty() || stale(myEpoch)) {
            return;
        }
        JobStatus next = job.request().confirmationRequired() ? JobStatus.Suspended : Ready;
        ManifestResolver.Resolved tasks = resolved.get();
        prepared.put(jobId, tasks);
        Optional<JobRecord> moved = store.move(jobId, EnumSet.of(Preparing), next,
                j -> j.withTasks(tasks.tasks().size(), tasks.generatedManifest()));
        if (moved.isEmpty()) {
            prepared.remove(jobId);
        } else if (next == Ready) {
            submit(jobId);
        }
    }

    /** The job's tasks, checked; empty (and the job failed) when the manifest or the bucket rules refuse it. */
    private Optional<ManifestResolver.Resolved> resolve(JobRecord job) {
        try {
            ManifestResolver.Resolved resolved = manifests.resolve(job.accountId(), job.jobId(),
                    job.request().manifest(), job.request().manifestGenerator());
            checkTargets(job.request().operation(), resolved.tasks());
            return Optional.of(resolved);
        } catch (JobFailureException e) {
            fail(job.jobId(), e.failure());
        } catch (RuntimeException e) {
            LOG.warn("Batch job {}: reading its manifest failed unexpectedly", job.jobId(), e);
            fail(job.jobId(), new BatchJob.Failure("InternalError", "Reading the manifest failed: " + e));
        }
        return Optional.empty();
    }

    /**
     * One bucket per manifest; and for legal-hold and retention jobs a bucket with Object Lock,
     * checked before any task runs (rule 42), so such a job fails whole instead of task by task.
     */
    private void checkTargets(JobOperation operation, List<TaskTarget> tasks) {
        Set<String> buckets = new TreeSet<>();
        tasks.forEach(t -> buckets.add(t.bucket()));
        if (buckets.size() > 1) {
            throw new JobFailureException("InvalidManifestContent",
                    "All objects in the manifest must be in one bucket; it names " + String.join(", ", buckets) + ".");
        }
        boolean lockOperation = operation instanceof JobOperation.PutObjectLegalHold
                || operation instanceof JobOperation.PutObjectRetention;
        if (lockOperation && !buckets.isEmpty()) {
            String name = buckets.iterator().next();
            Bucket bucket;
            try {
                bucket = objects.requireBucket(name);
            } catch (S3Exception e) {
                throw new JobFailureException(e.code().code(), e.getMessage() + ": " + name);
            }
            if (!bucket.objectLockEnabled()) {
                throw new JobFailureException("InvalidRequest", "Bucket is missing Object Lock Configuration");
            }
        }
    }

    /** Counts of one run, shared by the chunks of a job. */
    private static final class Tally {
        long succeeded;
        long failed;
        boolean thresholdExceeded;
        boolean stopped;

        long run() {
            return succeeded + failed;
        }
    }

    private void execute(JobRecord ready, long myEpoch) {
        String jobId = ready.jobId();
        ManifestResolver.Resolved resolved = prepared.remove(jobId);
        if (resolved == null) {
            // prepared by an earlier run of the emulator: read the manifest again
            Optional<ManifestResolver.Resolved> again = resolve(ready);
            if (again.isEmpty() || stale(myEpoch)) {
                return;
            }
            resolved = again.get();
        }
        Optional<JobRecord> active = store.move(jobId, EnumSet.of(Ready), Active);
        if (active.isEmpty()) {
            return;
        }
        JobRecord job = active.get();
        JobReport report = job.request().report();
        boolean keepRows = Boolean.TRUE.equals(report.enabled());
        boolean failedOnly = "FailedTasksOnly".equals(report.reportScope());
        List<CompletionReport.Row> rows = new ArrayList<>();
        TaskExecutor executor = executors.forOperation(job.request().operation());
        List<TaskTarget> tasks = resolved.tasks();
        Tally tally = new Tally();
        for (int start = 0; start < tasks.size() && !tally.stopped; start += CHUNK) {
            List<TaskTarget> chunk = tasks.subList(start, Math.min(tasks.size(), start + CHUNK));
            tx.inTransaction(() -> {
                for (TaskTarget target : chunk) {
                    if (stale(myEpoch) || cancelRequested.contains(jobId)) {
                        tally.stopped = true;
                        return;
                    }
                    TaskOutcome outcome = runOne(jobId, executor, target);
                    if (outcome.succeeded()) {
                        tally.succeeded++;
                    } else {
                        tally.failed++;
                    }
                    if (keepRows && (!failedOnly || !outcome.succeeded())) {
                        rows.add(new CompletionReport.Row(target, outcome));
                    }
                    if (TaskFailureThreshold.exceeded(tally.run(), tally.failed)) {
                        tally.thresholdExceeded = true;
                        tally.stopped = true;
                        return;
                    }
                }
            });
            if (stale(myEpoch)) {
                return;
            }
            store.update(jobId, j -> j.withProgress(tally.succeeded, tally.failed));
        }
        cancelRequested.remove(jobId);
        finish(jobId, tally, rows);
    }

    private TaskOutcome runOne(String jobId, TaskExecutor executor, TaskTarget target) {
        try {
            return executor.run(target);
        } catch (RuntimeException e) {
            LOG.warn("Batch job {}: task on {}/{} failed unexpectedly", jobId, target.bucket(), target.key(), e);
            return TaskOutcome.failure(500, "InternalError", INTERNAL_ERROR);
        }
    }

    /**
     * Active ends in Completing (or Failing past the threshold); a job a client cancelled meanwhile
     * is Cancelling already. The report is written before the terminal status, so whoever sees the
     * job ended finds its report.
     */
    private void finish(String jobId, Tally tally, List<CompletionReport.Row> rows) {
        Optional<JobRecord> ending = store.update(jobId, j -> {
            if (tally.thresholdExceeded && EnumSet.of(Active, Cancelling).contains(j.status())) {
                return j.withFailure(TaskFailureThreshold.failure(tally.run(), tally.failed))
                        .movedTo(Failing, store.now(), null);
            }
            return j.status() == Active ? j.movedTo(Completing, store.now(), null) : j;
        });
        if (ending.isEmpty()) {
            return;
        }
        JobStatus status = ending.get().status();
        JobStatus terminal = status == Failing ? Failed : status == Cancelling ? Cancelled : Complete;
        Optional<BatchJob.Failure> reportFailure = tally.run() > 0 ? writeReport(ending.get(), rows) : Optional.empty();
        if (reportFailure.isPresent() && status != Failing) {
            store.move(jobId, EnumSet.of(status), Failing, j -> j.withFailure(reportFailure.get()));
            store.move(jobId, EnumSet.of(Failing), Failed);
        } else {
            store.move(jobId, EnumSet.of(status), terminal,
                    j -> reportFailure.map(j::withFailure).orElse(j));
        }
    }

    private Optional<BatchJob.Failure> writeReport(JobRecord job, List<CompletionReport.Row> rows) {
        JobReport report = job.request().report();
        if (!Boolean.TRUE.equals(report.enabled())) {
            return Optional.empty();
        }
        String bucket = JobRequestValidator.bucketOf(report.bucket());
        try {
            for (CompletionReport.ReportObject object : CompletionReport.build(job.jobId(), report, bucket, rows,
                    store.now())) {
                put(bucket, object);
            }
            return Optional.empty();
        } catch (S3Exception e) {
            LOG.info("Batch job {}: report not written to {} ({}: {})", job.jobId(), bucket, e.code().code(),
                    e.getMessage());
            return Optional.of(new BatchJob.Failure("ReportWriteFailed",
                    "The job report could not be written to your report bucket. Please check your permissions."));
        }
    }

    /**
     * Through PutObject, like any client's write, without a Content-MD5: so a report bucket with
     * default retention refuses it, as AWS's does (spec B.11), and a missing bucket is NoSuchBucket.
     */
    private void put(String bucket, CompletionReport.ReportObject object) {
        ContentHeaders content = new ContentHeaders(object.contentType(), null, null, null, null, null);
        objects.put(new ObjectService.PutObject(bucket, object.key(),
                new ObjectService.NewObject(content, Map.of(), Map.of()), LockHeaders.NONE,
                Payload.internal(new ByteArrayInputStream(object.body()), null), Conditions.none()));
    }

    /** Fails a job from wherever it is, through Failing, with {@code failure} among its reasons. */
    private void fail(String jobId, BatchJob.Failure failure) {
        store.update(jobId, j -> {
            if (j.status().isTerminal() || !JobStateMachine.canMove(j.status(), Failing)) {
                return j.status() == Failing ? j.withFailure(failure) : null;
            }
            return j.withFailure(failure).movedTo(Failing, store.now(), null);
        });
        store.move(jobId, EnumSet.of(Failing), Failed, UnaryOperator.identity());
        prepared.remove(jobId);
    }
}

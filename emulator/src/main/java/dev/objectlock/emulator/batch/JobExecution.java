package dev.objectlock.emulator.batch;

import static dev.objectlock.emulator.batch.JobStatus.Active;
import static dev.objectlock.emulator.batch.JobStatus.Failed;
import static dev.objectlock.emulator.batch.JobStatus.Failing;
import static dev.objectlock.emulator.batch.JobStatus.New;
import static dev.objectlock.emulator.batch.JobStatus.Preparing;
import static dev.objectlock.emulator.batch.JobStatus.Ready;

import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.authorization.RoleSessions;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one job on the runner's thread: Preparing (manifest, bucket checks), then its tasks
 * in chunks, each chunk in one transaction: a task joins it through the same domain service an
 * API call uses, in a savepoint of its own, so a task that fails (refused, or crashed by an
 * unexpected exception) leaves nothing behind, as a refused request does, and the chunk carries
 * on past it. Then the report and the terminal status, as {@link JobStateMachine} decides them.
 *
 * <p>It knows nothing of the {@link JobRunner} that calls it: each job comes with the check that
 * says whether a reset has abandoned it, and {@link #work} answers whether the job is to be
 * queued again.
 */
final class JobExecution {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecution.class);
    /** Tasks per transaction: large enough that commits cost little, small enough that progress shows. */
    static final int CHUNK = 500;

    static final String INTERNAL_ERROR = TaskAttempts.INTERNAL_ERROR;

    private final JobStore store;
    private final TaskExecutors executors;
    private final TargetChecks targets;
    private final CompletionReportWriter reports;
    private final Transactions tx;
    private final PreparedJobs prepared;
    private final JobRole roles;
    private final TaskAttempts attempts;
    private volatile ManifestResolver manifests;
    private volatile UnaryOperator<TaskExecutor> taskWrapper = UnaryOperator.identity();

    JobExecution(
            JobStore store,
            PreparedJobs prepared,
            ManifestResolver manifests,
            TaskExecutors executors,
            ObjectService objects,
            Transactions tx,
            RoleSessions roles) {
        this.store = store;
        this.roles = new JobRole(roles);
        this.attempts = new TaskAttempts(tx);
        this.manifests = manifests;
        this.executors = executors;
        this.targets = new TargetChecks(objects);
        this.reports = new CompletionReportWriter(objects);
        this.tx = tx;
        this.prepared = prepared;
    }

    void useManifestResolver(ManifestResolver resolver) {
        this.manifests = resolver;
    }

    void wrapTaskExecutors(UnaryOperator<TaskExecutor> wrapper) {
        this.taskWrapper = wrapper;
    }

    /**
     * Prepares a New job or runs a Ready one; {@code abandoned} turns true when a reset or close
     * has forgotten the job meanwhile, and nothing more is written then. True when the job was
     * prepared and is Ready now, to be queued for its run.
     */
    boolean work(String jobId, BooleanSupplier abandoned) {
        Optional<JobRecord> job = store.find(jobId);
        if (job.isEmpty()) {
            return false;
        }
        if (job.get().status() == Ready) {
            execute(job.get(), abandoned);
            return false;
        }
        return prepare(jobId, abandoned);
    }

    private boolean prepare(String jobId, BooleanSupplier abandoned) {
        Optional<JobRecord> preparing = store.move(jobId, EnumSet.of(New), Preparing);
        if (preparing.isEmpty()) {
            preparing = store.find(jobId).filter(j -> j.status() == Preparing);
        }
        if (preparing.isEmpty()) {
            return false;
        }
        JobRecord job = preparing.get();
        Optional<ManifestResolver.Resolved> resolved = resolve(job);
        if (resolved.isEmpty() || abandoned.getAsBoolean()) {
            return false;
        }
        JobStatus next = job.request().confirmationRequired() ? JobStatus.Suspended : Ready;
        ManifestResolver.Resolved tasks = resolved.get();
        prepared.keep(jobId, tasks);
        Optional<JobRecord> moved = store.move(
                jobId,
                EnumSet.of(Preparing),
                next,
                j -> j.with(j.progress().withTasks(tasks.tasks().size(), tasks.generatedManifest())));
        if (moved.isEmpty()) {
            prepared.drop(jobId);
            return false;
        }
        return next == Ready;
    }

    /**
     * The job's tasks, checked as its role ([P78]–[P81]); empty (and the job failed) when the role cannot
     * be assumed, or the manifest or the bucket rules refuse it.
     */
    private Optional<ManifestResolver.Resolved> resolve(JobRecord job) {
        try {
            RequestAccess role = roles.require(job);
            ManifestResolver.Resolved resolved = manifests.resolve(
                    job.accountId(),
                    job.jobId(),
                    job.request().manifest(),
                    job.request().manifestGenerator(),
                    role);
            targets.check(job.request().operation(), resolved.tasks(), role);
            return Optional.of(resolved);
        } catch (JobFailureException e) {
            fail(job.jobId(), e.failure());
        } catch (RuntimeException e) {
            LOG.warn("Batch job {}: reading its manifest failed unexpectedly", job.jobId(), e);
            fail(job.jobId(), new BatchJob.Failure("InternalError", "Reading the manifest failed: " + e));
        }
        return Optional.empty();
    }

    private void execute(JobRecord ready, BooleanSupplier abandoned) {
        String jobId = ready.jobId();
        ManifestResolver.Resolved resolved = prepared.take(jobId);
        if (resolved == null) {
            // prepared by an earlier run of the emulator: read the manifest again
            Optional<ManifestResolver.Resolved> again = resolve(ready);
            if (again.isEmpty() || abandoned.getAsBoolean()) {
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
        List<TaskTarget> tasks = resolved.tasks();
        TaskAttempts.Tally tally = new TaskAttempts.Tally();
        for (int start = 0; start < tasks.size() && !tally.stopped; start += CHUNK) {
            List<TaskTarget> chunk = tasks.subList(start, Math.min(tasks.size(), start + CHUNK));
            // A fresh session per chunk: policy changes reach the tasks not yet run ([P84]).
            Optional<RequestAccess> role = roles.session(job);
            if (role.isEmpty()) {
                // the role was removed, or stopped trusting the service, while the job ran ([P94])
                prepared.forget(jobId);
                if (!abandoned.getAsBoolean()) {
                    fail(jobId, JobRole.failure());
                }
                return;
            }
            TaskExecutor executor =
                    taskWrapper.apply(executors.forOperation(job.request().operation(), role.get()));
            tx.inTransaction(() -> {
                for (TaskTarget target : chunk) {
                    if (abandoned.getAsBoolean() || prepared.cancelRequested(jobId)) {
                        tally.stopped = true;
                        return;
                    }
                    TaskOutcome outcome = attempts.runOne(jobId, executor, target, tally);
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
            if (abandoned.getAsBoolean()) {
                return;
            }
            store.update(jobId, j -> j.with(j.progress().withCounts(tally.succeeded, tally.failed)));
        }
        prepared.forget(jobId);
        finish(jobId, tally, rows);
    }

    /**
     * The moves {@link JobStateMachine} decides once the tasks stop: into an ending status (a job
     * a client cancelled meanwhile is Cancelling already), then, after the report, the terminal
     * one. The report is written before the terminal status, so whoever sees the job ended finds
     * its report; a failure of the report goes with the first move after it.
     */
    private void finish(String jobId, TaskAttempts.Tally tally, List<CompletionReport.Row> rows) {
        Optional<JobRecord> ending = store.update(jobId, j -> {
            JobStatus next = JobStateMachine.onTasksStopped(j.status(), tally.thresholdExceeded);
            if (next == j.status()) {
                return j;
            }
            JobRecord moved = next != Failing
                    ? j
                    : j.with(j.lifecycle().withFailure(TaskFailureThreshold.failure(tally.run(), tally.failed)));
            return moved.movedTo(next, store.now(), null);
        });
        if (ending.isEmpty()) {
            return;
        }
        Optional<BatchJob.Failure> reportFailure = tally.run() > 0 ? writeReport(ending.get(), rows) : Optional.empty();
        JobStatus from = ending.get().status();
        UnaryOperator<JobRecord> alsoChange = j ->
                reportFailure.map(f -> j.with(j.lifecycle().withFailure(f))).orElse(j);
        for (JobStatus to : JobStateMachine.onReportWritten(from, reportFailure.isPresent())) {
            store.move(jobId, EnumSet.of(from), to, alsoChange);
            from = to;
            alsoChange = UnaryOperator.identity();
        }
    }

    private Optional<BatchJob.Failure> writeReport(JobRecord job, List<CompletionReport.Row> rows) {
        Optional<RequestAccess> role = roles.session(job);
        return role.isEmpty()
                ? Optional.of(CompletionReportWriter.refused())
                : reports.write(job, rows, store.now(), role.get());
    }

    /** Fails a job from wherever it is, through Failing, with {@code failure} among its reasons. */
    void fail(String jobId, BatchJob.Failure failure) {
        store.update(jobId, j -> {
            if (j.status().isTerminal() || !JobStateMachine.canMove(j.status(), Failing)) {
                return j.status() == Failing ? j.with(j.lifecycle().withFailure(failure)) : null;
            }
            return j.with(j.lifecycle().withFailure(failure)).movedTo(Failing, store.now(), null);
        });
        store.move(jobId, EnumSet.of(Failing), Failed, UnaryOperator.identity());
        prepared.drop(jobId);
    }
}

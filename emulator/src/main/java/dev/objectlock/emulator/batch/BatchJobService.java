package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.authorization.RoleSessions;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The S3 Control jobs API ([C.2]): one method per operation, each taking the values the request
 * sent (the account id from {@code x-amz-account-id} as sent, query values as the protocol layer
 * parsed them) and throwing {@code S3Exception} with an S3 Control code for anything AWS refuses.
 * Jobs run on the {@link JobRunner} this service owns.
 */
public final class BatchJobService implements AutoCloseable {

    private final JobStore store;
    private final JobExecution execution;
    private final JobRunner runner;
    private final String region;

    /**
     * @param manifests turns a job's manifest into its tasks while it is Preparing
     * @param objects   checks the target bucket before tasks run, and writes completion reports
     * @param tx        the transaction each chunk of tasks runs in
     * @param roles     what a job may do as its role: everything in open mode ([P79])
     */
    public BatchJobService(
            JobRepository jobs,
            ManifestResolver manifests,
            TaskExecutors executors,
            ObjectService objects,
            Transactions tx,
            Clock clock,
            String region,
            RoleSessions roles) {
        this.store = new JobStore(jobs, clock);
        PreparedJobs prepared = new PreparedJobs();
        this.execution = new JobExecution(store, prepared, manifests, executors, objects, tx, roles);
        this.runner = new JobRunner(store, execution, prepared);
        store.onEndedByClock(runner::forget);
        this.region = region;
    }

    /**
     * Starts running jobs, first picking up those an earlier run with the same --data-dir left
     * unfinished. Called once storage is ready; jobs created before then wait for it.
     */
    public void start() {
        runner.start();
    }

    /** CreateJob for a caller not authorised per request (open mode). */
    public String createJob(JobRequest request) {
        return createJob(request, RequestAccess.UNRESTRICTED);
    }

    /**
     * CreateJob: validates synchronously, authorises {@code caller} with the body's values ([P76, P77,
     * P90]; after validation, so the keys are those of a valid request) and returns the new (or, for a
     * repeated token, the earlier) job id.
     */
    public String createJob(JobRequest request, RequestAccess caller) {
        JobRequest valid = JobRequestValidator.validate(request);
        JobPermissions.createJob(caller, valid);
        String jobId = UUID.randomUUID().toString();
        Instant now = store.now().truncatedTo(ChronoUnit.MILLIS);
        JobRecord job = new JobRecord(
                new JobRecord.Submitted(
                        jobId, "arn:aws:s3:" + region + ":" + valid.accountId() + ":job/" + jobId, valid, now),
                JobRecord.Lifecycle.created(),
                JobRecord.Progress.none(),
                new JobRecord.Settings(valid.priority(), valid.tags()));
        JobRecord stored = store.create(job);
        if (stored == job) {
            runner.submit(jobId);
        }
        return stored.jobId();
    }

    /**
     * DescribeJob: NotFoundException for an id this account does not have, which includes a job
     * that ended more than 90 days ago by the emulator clock ([C.6]; every {@code /jobs/{id}}
     * operation below answers the same for it).
     */
    public BatchJob describeJob(String accountId, String jobId) {
        return describeJob(accountId, jobId, RequestAccess.UNRESTRICTED);
    }

    public BatchJob describeJob(String accountId, String jobId, RequestAccess caller) {
        return snapshot(require(accountId, jobId, caller, OperationAccess.DESCRIBE_JOB, UnaryOperator.identity()));
    }

    /**
     * ListJobs: the jobs in one of {@code statuses} (any status when empty), newest first, after
     * {@code after} when it is given (the position of the previous page's end), at most
     * {@code maxResults} (0 to 1000) of them. Unfinished jobs and those that ended within the last
     * 90 days by the emulator clock ([C.5]).
     */
    public JobPage listJobs(String accountId, Set<JobStatus> statuses, JobPage.Position after, int maxResults) {
        JobRequestValidator.checkAccountId(accountId);
        if (maxResults == 0) {
            return new JobPage(List.of(), null);
        }
        List<JobRecord> found = store.list(
                accountId,
                statuses,
                after == null ? null : new JobRepository.Position(after.creationTime(), after.jobId()),
                maxResults + 1);
        List<JobRecord> page = found.subList(0, Math.min(maxResults, found.size()));
        JobPage.Position next = null;
        if (found.size() > maxResults) {
            JobRecord.Submitted last = page.get(page.size() - 1).submitted();
            next = new JobPage.Position(last.creationTime(), last.jobId());
        }
        return new JobPage(page.stream().map(this::snapshot).toList(), next);
    }

    /**
     * UpdateJobStatus: {@code requested} is Ready or Cancelled (the only values the request can
     * carry); returns the job as it now is.
     */
    public BatchJob updateJobStatus(String accountId, String jobId, JobStatus requested, String statusUpdateReason) {
        return updateJobStatus(accountId, jobId, requested, statusUpdateReason, RequestAccess.UNRESTRICTED);
    }

    public BatchJob updateJobStatus(
            String accountId, String jobId, JobStatus requested, String statusUpdateReason, RequestAccess caller) {
        if (statusUpdateReason != null && (statusUpdateReason.isEmpty() || statusUpdateReason.length() > 256)) {
            throw JobRequestValidator.badRequest("statusUpdateReason must be 1 to 256 characters long.");
        }
        require(accountId, jobId, caller, OperationAccess.UPDATE_JOB_STATUS, UnaryOperator.identity());
        JobRecord updated = store.update(jobId, job -> {
                    JobStatus next = JobStateMachine.onRequest(job.status(), requested);
                    JobRecord withReason = statusUpdateReason == null
                            ? job
                            : job.with(job.lifecycle().withStatusUpdateReason(statusUpdateReason));
                    return withReason.movedTo(next, store.now(), null);
                })
                .orElseThrow(BatchJobService::notFound);
        switch (updated.status()) {
            case Ready -> runner.submit(jobId);
            case Cancelling -> runner.cancel(jobId);
            default -> runner.forget(jobId);
        }
        return snapshot(updated);
    }

    /**
     * UpdateJobPriority: {@code priority} from 0 up. A job that has ended keeps the new value and
     * echoes it ([K15]: AWS leaves this open; accepting does no harm, as the priority of an ended job
     * decides nothing).
     */
    public BatchJob updateJobPriority(String accountId, String jobId, int priority) {
        return updateJobPriority(accountId, jobId, priority, RequestAccess.UNRESTRICTED);
    }

    public BatchJob updateJobPriority(String accountId, String jobId, int priority, RequestAccess caller) {
        require(accountId, jobId, caller, OperationAccess.UPDATE_JOB_PRIORITY, k -> k.withRequestPriority(priority));
        JobRecord updated = store.update(
                        jobId,
                        job -> job.with(
                                new JobRecord.Settings(priority, job.settings().tags())))
                .orElseThrow(BatchJobService::notFound);
        return snapshot(updated);
    }

    /** PutJobTagging: replaces the whole set; an empty list removes every tag. */
    public void putJobTagging(String accountId, String jobId, List<Tag> tags) {
        putJobTagging(accountId, jobId, tags, RequestAccess.UNRESTRICTED);
    }

    public void putJobTagging(String accountId, String jobId, List<Tag> tags, RequestAccess caller) {
        List<Tag> set = tags == null ? List.of() : List.copyOf(tags);
        require(
                accountId,
                jobId,
                caller,
                OperationAccess.PUT_JOB_TAGGING,
                k -> k.withRequestTags(JobPermissions.tags(set)));
        if (set.size() > JobRequestValidator.MAX_TAGS) {
            throw S3Exception.of(S3ErrorCode.TOO_MANY_TAGS_EXCEPTION);
        }
        JobRequestValidator.checkTags(set);
        store.update(
                        jobId,
                        job -> job.with(new JobRecord.Settings(job.settings().priority(), set)))
                .orElseThrow(BatchJobService::notFound);
    }

    public List<Tag> getJobTagging(String accountId, String jobId) {
        return getJobTagging(accountId, jobId, RequestAccess.UNRESTRICTED);
    }

    public List<Tag> getJobTagging(String accountId, String jobId, RequestAccess caller) {
        return require(accountId, jobId, caller, OperationAccess.GET_JOB_TAGGING, UnaryOperator.identity())
                .settings()
                .tags();
    }

    public void deleteJobTagging(String accountId, String jobId) {
        deleteJobTagging(accountId, jobId, RequestAccess.UNRESTRICTED);
    }

    public void deleteJobTagging(String accountId, String jobId, RequestAccess caller) {
        require(accountId, jobId, caller, OperationAccess.DELETE_JOB_TAGGING, UnaryOperator.identity());
        store.update(
                        jobId,
                        job -> job.with(new JobRecord.Settings(job.settings().priority(), List.of())))
                .orElseThrow(BatchJobService::notFound);
    }

    /**
     * Blocks until the job reaches one of {@code statuses} (any terminal status when empty), or
     * {@code timeout} passes, and answers which (see {@link AwaitedJob}); empty when there is no
     * such job (never created, forgotten by a reset, or deleted 90 days after it ended). For tests:
     * no sleeping, no polling. A job that ends returns too, whatever it was awaited for, including
     * a Suspended job failed by a move of the clock past its 30 days (seen within
     * {@link JobStore#CLOCK_RECHECK}).
     */
    public Optional<AwaitedJob> awaitJob(String jobId, Duration timeout, Set<JobStatus> statuses) {
        return store.await(jobId, timeout, statuses).map(w -> new AwaitedJob(snapshot(w.job()), w.timedOut()));
    }

    /** Forgets every job (the emulator's reset); a running job is stopped first. */
    public void reset() {
        runner.reset();
        store.deleteAll();
    }

    /** Stops running jobs; called when the emulator stops. */
    @Override
    public void close() {
        runner.close();
    }

    /** Test seam: the tasks of jobs prepared from now on come from {@code resolver}. */
    void useManifestResolver(ManifestResolver resolver) {
        execution.useManifestResolver(resolver);
    }

    /** Test seam: the tasks of jobs run from now on go through {@code wrapper}'s executor (to make one fail mid-write). */
    void wrapTaskExecutors(UnaryOperator<TaskExecutor> wrapper) {
        execution.wrapTaskExecutors(wrapper);
    }

    /** Test seam: no job starts until the handle is closed (to queue several and see which runs first). */
    AutoCloseable holdRunner() {
        return runner.hold();
    }

    /** The account's job, after {@code caller} is allowed {@code row} on it with its keys ([P90]). */
    private JobRecord require(
            String accountId,
            String jobId,
            RequestAccess caller,
            OperationAccess row,
            UnaryOperator<AccessRequest.JobFacts> request) {
        JobRequestValidator.checkAccountId(accountId);
        Optional<JobRecord> job = store.find(jobId).filter(j -> j.accountId().equals(accountId));
        JobPermissions.onJob(caller, row, jobId, job.orElse(null), request);
        return job.orElseThrow(BatchJobService::notFound);
    }

    private static S3Exception notFound() {
        return S3Exception.of(S3ErrorCode.NOT_FOUND_EXCEPTION);
    }

    private BatchJob snapshot(JobRecord job) {
        return JobViews.of(job, store.now());
    }
}

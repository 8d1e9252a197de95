package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.ObjectService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The S3 Control jobs API (spec C.2): one method per operation, each taking the values the request
 * sent (the account id from {@code x-amz-account-id}, query values as strings) and throwing
 * {@code S3Exception} with an S3 Control code for anything AWS refuses. Jobs run on the
 * {@link JobRunner} this service owns.
 */
public final class BatchJobService implements AutoCloseable {

    private static final int MAX_RESULTS = 1000;
    private static final Pattern NEXT_TOKEN = Pattern.compile("(\\d{1,19}):([0-9a-f-]{36})");

    private final JobStore store;
    private final JobRunner runner;
    private final String region;

    /**
     * @param manifests turns a job's manifest into its tasks while it is Preparing
     * @param objects   checks the target bucket before tasks run, and writes completion reports
     * @param tx        the transaction each chunk of tasks runs in
     */
    public BatchJobService(JobRepository jobs, ManifestResolver manifests, TaskExecutors executors,
                           ObjectService objects, Transactions tx, Clock clock, String region) {
        this.store = new JobStore(jobs, clock);
        this.runner = new JobRunner(store, manifests, executors, objects, tx);
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

    /** CreateJob: validates synchronously and returns the new (or, for a repeated token, the earlier) job id. */
    public String createJob(JobRequest request) {
        JobRequest valid = JobRequestValidator.validate(request);
        String jobId = UUID.randomUUID().toString();
        Instant now = store.now().truncatedTo(ChronoUnit.MILLIS);
        JobRecord job = new JobRecord(jobId, "arn:aws:s3:" + region + ":" + valid.accountId() + ":job/" + jobId,
                valid, JobStatus.New, valid.priority(), 0, 0, 0, 0, null, null, List.of(), now, null, null, null,
                null, valid.tags());
        JobRecord stored = store.create(job);
        if (stored == job) {
            runner.submit(jobId);
        }
        return stored.jobId();
    }

    /**
     * DescribeJob: NotFoundException for an id this account does not have, which includes a job
     * that ended more than 90 days ago by the emulator clock (spec C.6; every {@code /jobs/{id}}
     * operation below answers the same for it).
     */
    public BatchJob describeJob(String accountId, String jobId) {
        return snapshot(require(accountId, jobId));
    }

    /**
     * ListJobs: {@code jobStatuses} as sent (repeated query values), {@code maxResults} null when
     * absent. Unfinished jobs and those that ended within the last 90 days by the emulator clock
     * (spec C.5).
     */
    public JobPage listJobs(String accountId, List<String> jobStatuses, String nextToken, String maxResults) {
        JobRequestValidator.checkAccountId(accountId);
        Set<JobStatus> statuses = EnumSet.noneOf(JobStatus.class);
        for (String s : jobStatuses == null ? List.<String>of() : jobStatuses) {
            statuses.add(JobStatus.fromWire(s).orElseThrow(() -> S3Exception.of(S3ErrorCode.INVALID_REQUEST_EXCEPTION,
                    "Invalid jobStatuses value '" + s + "'.")));
        }
        int max = parseMaxResults(maxResults);
        JobRepository.Position after = nextToken == null ? null : decodeToken(nextToken);
        if (max == 0) {
            return new JobPage(List.of(), null);
        }
        List<JobRecord> found = store.list(accountId, statuses, after, max + 1);
        List<JobRecord> page = found.subList(0, Math.min(max, found.size()));
        String token = found.size() > max ? encodeToken(page.get(page.size() - 1)) : null;
        return new JobPage(page.stream().map(this::snapshot).toList(), token);
    }

    /** UpdateJobStatus: {@code requestedJobStatus} Ready or Cancelled; returns the job as it now is. */
    public BatchJob updateJobStatus(String accountId, String jobId, String requestedJobStatus,
                                    String statusUpdateReason) {
        if (requestedJobStatus == null) {
            throw JobRequestValidator.badRequest("requestedJobStatus is required.");
        }
        JobStatus requested = JobStatus.fromWire(requestedJobStatus)
                .filter(s -> s == JobStatus.Ready || s == JobStatus.Cancelled)
                .orElseThrow(() -> JobRequestValidator.badRequest("requestedJobStatus must be Ready or Cancelled, was '"
                        + requestedJobStatus + "'."));
        if (statusUpdateReason != null && (statusUpdateReason.isEmpty() || statusUpdateReason.length() > 256)) {
            throw JobRequestValidator.badRequest("statusUpdateReason must be 1 to 256 characters long.");
        }
        require(accountId, jobId);
        JobRecord updated = store.update(jobId, job -> {
            JobStatus next = JobStateMachine.onRequest(job.status(), requested);
            JobRecord withReason = statusUpdateReason == null ? job : job.withStatusUpdateReason(statusUpdateReason);
            return withReason.movedTo(next, store.now(), null);
        }).orElseThrow(BatchJobService::notFound);
        switch (updated.status()) {
            case Ready -> runner.submit(jobId);
            case Cancelling -> runner.cancel(jobId);
            default -> runner.forget(jobId);
        }
        return snapshot(updated);
    }

    /**
     * UpdateJobPriority: {@code priority} as sent in the query string. A job that has ended keeps
     * the new value and echoes it (the spec leaves this open; accepting does no harm, as the priority
     * of an ended job decides nothing).
     */
    public BatchJob updateJobPriority(String accountId, String jobId, String priority) {
        int value = parsePriority(priority);
        require(accountId, jobId);
        JobRecord updated = store.update(jobId, job -> job.withPriority(value)).orElseThrow(BatchJobService::notFound);
        return snapshot(updated);
    }

    /** PutJobTagging: replaces the whole set; an empty list removes every tag. */
    public void putJobTagging(String accountId, String jobId, List<Tag> tags) {
        List<Tag> set = tags == null ? List.of() : List.copyOf(tags);
        require(accountId, jobId);
        if (set.size() > JobRequestValidator.MAX_TAGS) {
            throw S3Exception.of(S3ErrorCode.TOO_MANY_TAGS_EXCEPTION);
        }
        JobRequestValidator.checkTags(set);
        store.update(jobId, job -> job.withTags(set)).orElseThrow(BatchJobService::notFound);
    }

    public List<Tag> getJobTagging(String accountId, String jobId) {
        return require(accountId, jobId).tags();
    }

    public void deleteJobTagging(String accountId, String jobId) {
        require(accountId, jobId);
        store.update(jobId, job -> job.withTags(List.of())).orElseThrow(BatchJobService::notFound);
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
        runner.useManifestResolver(resolver);
    }

    /** Test seam: the tasks of jobs run from now on go through {@code wrapper}'s executor (to make one fail mid-write). */
    void wrapTaskExecutors(UnaryOperator<TaskExecutor> wrapper) {
        runner.wrapTaskExecutors(wrapper);
    }

    /** Test seam: no job starts until the handle is closed (to queue several and see which runs first). */
    AutoCloseable holdRunner() {
        return runner.hold();
    }

    private JobRecord require(String accountId, String jobId) {
        JobRequestValidator.checkAccountId(accountId);
        return store.find(jobId).filter(j -> j.accountId().equals(accountId)).orElseThrow(BatchJobService::notFound);
    }

    private static S3Exception notFound() {
        return S3Exception.of(S3ErrorCode.NOT_FOUND_EXCEPTION);
    }

    private BatchJob snapshot(JobRecord j) {
        JobRequest r = j.request();
        return new BatchJob(j.jobId(), j.accountId(), r.confirmationRequired(), r.description(), j.jobArn(),
                j.status(), r.manifest(), r.operation(), j.priority(),
                new BatchJob.Progress(j.totalTasks(), j.tasksSucceeded(), j.tasksFailed(),
                        j.elapsedActiveSeconds(store.now())),
                j.statusUpdateReason(), j.failureReasons(), r.report(), j.creationTime(), j.terminationDate(),
                r.roleArn(), j.suspendedDate(), j.suspendedCause(), r.manifestGenerator(), j.generatedManifest());
    }

    private static int parseMaxResults(String maxResults) {
        if (maxResults == null) {
            return MAX_RESULTS;
        }
        try {
            int value = Integer.parseInt(maxResults);
            if (value >= 0 && value <= MAX_RESULTS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // one message below for every bad value
        }
        throw S3Exception.of(S3ErrorCode.INVALID_REQUEST_EXCEPTION,
                "maxResults must be a number from 0 to " + MAX_RESULTS + ", was '" + maxResults + "'.");
    }

    private static int parsePriority(String priority) {
        if (priority == null) {
            throw JobRequestValidator.badRequest("priority is required.");
        }
        try {
            int value = Integer.parseInt(priority);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // one message below for every bad value
        }
        throw JobRequestValidator.badRequest("priority must be a number from 0 to 2147483647, was '" + priority + "'.");
    }

    /** Opaque to clients: where the page ended in the newest-first order. */
    private static String encodeToken(JobRecord last) {
        String position = last.creationTime().toEpochMilli() + ":" + last.jobId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static JobRepository.Position decodeToken(String token) {
        try {
            String position = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Matcher m = NEXT_TOKEN.matcher(position);
            if (m.matches()) {
                return new JobRepository.Position(Instant.ofEpochMilli(Long.parseLong(m.group(1))), m.group(2));
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: the one answer below
        }
        throw S3Exception.of(S3ErrorCode.INVALID_NEXT_TOKEN_EXCEPTION);
    }
}

package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.batch.port.JobRepository;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.JsonColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Batch jobs as one JSON document per row, with the columns ListJobs filters and sorts on beside it.
 * The document is flat ({@link Document}), whatever parts {@link JobRecord} groups its fields into,
 * so a --data-dir written by an earlier emulator still opens.
 */
public final class JdbcJobRepository implements JobRepository {

    private static final String INSERT = """
            INSERT INTO batch_jobs (job_id, account_id, client_request_token, status, created_at, job)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = "UPDATE batch_jobs SET status = ?, job = ? WHERE job_id = ?";
    private static final String FIND = "SELECT job FROM batch_jobs WHERE job_id = ?";
    private static final String FIND_BY_TOKEN =
            "SELECT job FROM batch_jobs WHERE account_id = ? AND client_request_token = ?";
    private static final String TOKEN_TAKEN =
            "SELECT COUNT(*) FROM batch_jobs WHERE account_id = ? AND client_request_token = ?";
    private static final String LIST = "SELECT job FROM batch_jobs WHERE account_id = ?";
    private static final String AFTER = " AND (created_at < ? OR (created_at = ? AND job_id < ?))";
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, job_id DESC LIMIT ?";
    private static final String UNFINISHED = """
            SELECT job FROM batch_jobs WHERE status NOT IN ('Complete', 'Failed', 'Cancelled')
            ORDER BY created_at, job_id""";

    private final Jdbc jdbc;

    public JdbcJobRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(JobRecord job) {
        return jdbc.inTransaction(() -> {
            // Checked first so a repeated token is an answer, not a constraint violation to decode.
            long taken = jdbc.queryOne(TOKEN_TAKEN, rs -> rs.getLong(1), job.accountId(), job.clientRequestToken())
                    .orElse(0L);
            if (taken > 0) {
                return false;
            }
            jdbc.update(
                    INSERT,
                    job.jobId(),
                    job.accountId(),
                    job.clientRequestToken(),
                    job.status().name(),
                    job.submitted().creationTime().toEpochMilli(),
                    write(job));
            return true;
        });
    }

    @Override
    public void update(JobRecord job) {
        int rows = jdbc.update(UPDATE, job.status().name(), write(job), job.jobId());
        if (rows != 1) {
            throw new IllegalStateException("job " + job.jobId() + " is not stored (" + rows + " rows updated)");
        }
    }

    @Override
    public Optional<JobRecord> find(String jobId) {
        return jdbc.queryOne(FIND, rs -> read(rs.getString(1)), jobId);
    }

    @Override
    public Optional<JobRecord> findByToken(String accountId, String clientRequestToken) {
        return jdbc.queryOne(FIND_BY_TOKEN, rs -> read(rs.getString(1)), accountId, clientRequestToken);
    }

    @Override
    public List<JobRecord> list(String accountId, Set<JobStatus> statuses, Position after, int limit) {
        StringBuilder sql = new StringBuilder(LIST);
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (")
                    .append(String.join(", ", Collections.nCopies(statuses.size(), "?")))
                    .append(')');
            statuses.forEach(s -> params.add(s.name()));
        }
        if (after != null) {
            sql.append(AFTER);
            long created = after.creationTime().toEpochMilli();
            params.add(created);
            params.add(created);
            params.add(after.jobId());
        }
        sql.append(NEWEST_FIRST);
        params.add(limit);
        return jdbc.query(sql.toString(), rs -> read(rs.getString(1)), params.toArray());
    }

    @Override
    public List<JobRecord> unfinished() {
        return jdbc.query(UNFINISHED, rs -> read(rs.getString(1)));
    }

    @Override
    public void delete(String jobId) {
        jdbc.update("DELETE FROM batch_jobs WHERE job_id = ?", jobId);
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM batch_jobs");
    }

    private static String write(JobRecord job) {
        return JsonColumns.writeDocument(Document.of(job));
    }

    private static JobRecord read(String json) {
        return JsonColumns.readDocument(json, Document.class).toRecord();
    }

    /** The stored JSON document: every field of a job side by side, under the names it has always had. */
    private record Document(
            String jobId,
            String jobArn,
            JobRequest request,
            JobStatus status,
            int priority,
            long totalTasks,
            long tasksSucceeded,
            long tasksFailed,
            long activeMillis,
            Instant activeSince,
            String statusUpdateReason,
            List<BatchJob.Failure> failureReasons,
            Instant creationTime,
            Instant terminationDate,
            Instant suspendedDate,
            String suspendedCause,
            BatchJob.GeneratedManifest generatedManifest,
            List<Tag> tags) {

        static Document of(JobRecord job) {
            JobRecord.Submitted s = job.submitted();
            JobRecord.Lifecycle l = job.lifecycle();
            JobRecord.Progress p = job.progress();
            return new Document(
                    s.jobId(),
                    s.jobArn(),
                    s.request(),
                    l.status(),
                    job.settings().priority(),
                    p.totalTasks(),
                    p.tasksSucceeded(),
                    p.tasksFailed(),
                    p.activeMillis(),
                    p.activeSince(),
                    l.statusUpdateReason(),
                    l.failureReasons(),
                    s.creationTime(),
                    l.terminationDate(),
                    l.suspendedDate(),
                    l.suspendedCause(),
                    p.generatedManifest(),
                    job.settings().tags());
        }

        JobRecord toRecord() {
            return new JobRecord(
                    new JobRecord.Submitted(jobId, jobArn, request, creationTime),
                    new JobRecord.Lifecycle(
                            status, statusUpdateReason, failureReasons, terminationDate, suspendedDate, suspendedCause),
                    new JobRecord.Progress(
                            totalTasks, tasksSucceeded, tasksFailed, activeMillis, activeSince, generatedManifest),
                    new JobRecord.Settings(priority, tags));
        }
    }
}

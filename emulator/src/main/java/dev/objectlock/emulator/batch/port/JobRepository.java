package dev.objectlock.emulator.batch.port;

import dev.objectlock.emulator.batch.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where jobs are kept, so a file-backed emulator still knows them after a restart. */
public interface JobRepository {

    /** Stores a new job; false when the account already has a job with that ClientRequestToken. */
    boolean insert(JobRecord job);

    /** Replaces the stored state of an existing job. */
    void update(JobRecord job);

    Optional<JobRecord> find(String jobId);

    Optional<JobRecord> findByToken(String accountId, String clientRequestToken);

    /**
     * The account's jobs newest first (creation time descending, then job id descending), only
     * those after {@code after} when it is given and, when {@code statuses} is not empty, only those
     * in one of them.
     */
    List<JobRecord> list(String accountId, Set<JobStatus> statuses, Position after, int limit);

    /** Jobs not yet Complete, Failed or Cancelled, oldest first (to pick up again after a restart). */
    List<JobRecord> unfinished();

    /** Forgets one job (90 days after it ended); nothing happens when it is not stored. */
    void delete(String jobId);

    void deleteAll();

    /** A place in the newest-first order: the last job a ListJobs page returned. */
    record Position(Instant creationTime, String jobId) {}
}

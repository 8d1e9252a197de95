package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.domain.authorization.JobRoles;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.authorization.RoleSessions;
import java.util.Optional;

/**
 * A job's role as the engine meets it ([P78, P79]): a session named after the job, asked for again for
 * each stretch of work so that later policy changes apply ([P84]), and the job failure when the role
 * cannot be assumed.
 */
final class JobRole {

    private final RoleSessions sessions;

    JobRole(RoleSessions sessions) {
        this.sessions = sessions;
    }

    /** What the job may do now as its role; empty when the role cannot be assumed (secured mode only). */
    Optional<RequestAccess> session(JobRecord job) {
        return sessions.session(job.request().roleArn(), job.jobId());
    }

    /** {@link #session}, or the job's failure ([P78]). */
    RequestAccess require(JobRecord job) {
        return session(job).orElseThrow(() -> new JobFailureException(JobRoles.FAILURE_CODE, JobRoles.FAILURE_REASON));
    }

    static BatchJob.Failure failure() {
        return new BatchJob.Failure(JobRoles.FAILURE_CODE, JobRoles.FAILURE_REASON);
    }
}

package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.AccessRequest.JobFacts;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.model.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Asks a caller's {@link RequestAccess} for the S3 Control job calls, in the terms of the operation
 * table, with what only the jobs service knows: the CreateJob body (RoleArn for iam:PassRole, Tags for
 * s3:PutJobTagging, [P76, P77]) and the job a call addresses (the job keys of [P90]).
 */
final class JobPermissions {

    private JobPermissions() {}

    /** s3:CreateJob, s3:PutJobTagging when it sends Tags, and iam:PassRole on its role ([P76, P77]). */
    static void createJob(RequestAccess caller, JobRequest valid) {
        caller.authorize(AccessRequest.account(OperationAccess.CREATE_JOB)
                .withJob(JobFacts.creating(
                        valid.roleArn(),
                        valid.priority(),
                        valid.operation().wireName(),
                        valid.tags() == null || valid.tags().isEmpty() ? null : tags(valid.tags()))));
    }

    /**
     * The action of {@code row} on one job, with its keys; {@code job} is null when the account has no
     * such job, which is then authorised without them, so only a caller who may ask learns that it
     * does not exist (as [P37] has it for objects).
     */
    static void onJob(
            RequestAccess caller, OperationAccess row, String jobId, JobRecord job, UnaryOperator<JobFacts> request) {
        JobFacts existing = job == null
                ? JobFacts.NONE
                : JobFacts.existing(
                        job.settings().priority(),
                        job.request().operation().wireName(),
                        job.lifecycle().suspendedCause(),
                        tags(job.settings().tags()));
        caller.authorize(AccessRequest.job(row, jobId).withJob(request.apply(existing)));
    }

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> map.put(t.key(), t.value()));
        }
        return map;
    }
}

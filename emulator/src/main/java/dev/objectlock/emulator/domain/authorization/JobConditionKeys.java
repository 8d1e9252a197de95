package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.authorization.AccessRequest.JobFacts;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Batch Operations condition keys each job action has ([P90]; SAR, the S3 actions table): which of
 * {@code s3:RequestJobPriority}, {@code s3:RequestJobOperation}, {@code s3:ExistingJobPriority},
 * {@code s3:ExistingJobOperation}, {@code s3:JobSuspendedCause}, {@code aws:RequestTag/*},
 * {@code aws:TagKeys} and {@code aws:ResourceTag/*} a policy may test on it. A key the request or the
 * job does not have stays absent, so {@code Null} and {@code ...IfExists} see it as missing. A pure
 * function of its arguments.
 */
final class JobConditionKeys {

    static final String REQUEST_PRIORITY = "s3:RequestJobPriority";
    static final String REQUEST_OPERATION = "s3:RequestJobOperation";
    static final String EXISTING_PRIORITY = "s3:ExistingJobPriority";
    static final String EXISTING_OPERATION = "s3:ExistingJobOperation";
    static final String SUSPENDED_CAUSE = "s3:JobSuspendedCause";
    static final String REQUEST_TAGS = "aws:RequestTag";
    static final String RESOURCE_TAGS = "aws:ResourceTag";

    /** Per action (lower case), the key families it has; {@link #REQUEST_TAGS} stands for aws:TagKeys too. */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "s3:createjob", Set.of(REQUEST_PRIORITY, REQUEST_OPERATION, REQUEST_TAGS),
            "s3:putjobtagging", Set.of(REQUEST_TAGS, EXISTING_PRIORITY, EXISTING_OPERATION, RESOURCE_TAGS),
            "s3:updatejobpriority", Set.of(REQUEST_PRIORITY, EXISTING_PRIORITY, EXISTING_OPERATION, RESOURCE_TAGS),
            "s3:updatejobstatus", Set.of(EXISTING_PRIORITY, EXISTING_OPERATION, SUSPENDED_CAUSE, RESOURCE_TAGS),
            "s3:deletejobtagging", Set.of(EXISTING_PRIORITY, EXISTING_OPERATION, RESOURCE_TAGS),
            "s3:describejob", Set.of(RESOURCE_TAGS),
            "s3:getjobtagging", Set.of(RESOURCE_TAGS));

    private JobConditionKeys() {}

    /** {@code base} plus the job keys {@code action} has in this request; {@code base} itself when none. */
    static ConditionContext of(String action, JobFacts job, ConditionContext base) {
        Set<String> families = KEYS.get(action.toLowerCase(Locale.ROOT));
        if (families == null || job.equals(JobFacts.NONE)) {
            return base;
        }
        ConditionContext.Builder keys = base.toBuilder();
        if (families.contains(REQUEST_PRIORITY)) {
            keys.put(REQUEST_PRIORITY, job.requestPriority());
        }
        if (families.contains(REQUEST_OPERATION)) {
            keys.put(REQUEST_OPERATION, job.requestOperation());
        }
        if (families.contains(EXISTING_PRIORITY)) {
            keys.put(EXISTING_PRIORITY, job.existingPriority());
        }
        if (families.contains(EXISTING_OPERATION)) {
            keys.put(EXISTING_OPERATION, job.existingOperation());
        }
        if (families.contains(SUSPENDED_CAUSE)) {
            keys.put(SUSPENDED_CAUSE, job.suspendedCause());
        }
        if (families.contains(REQUEST_TAGS) && job.requestTags() != null) {
            job.requestTags().forEach((k, v) -> keys.put(REQUEST_TAGS + "/" + k, v));
            keys.putAll("aws:TagKeys", job.requestTags().keySet());
        }
        if (families.contains(RESOURCE_TAGS)) {
            job.resourceTags().forEach((k, v) -> keys.put(RESOURCE_TAGS + "/" + k, v));
        }
        return keys.build();
    }
}

package dev.objectlock.emulator.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.authorization.AccessRequest.JobFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The job keys each S3 Control action is evaluated with ([P90]), and the extra actions of CreateJob
 * (s3:PutJobTagging with Tags, iam:PassRole on the RoleArn, [P76, P77]).
 */
class JobConditionKeysTest {

    private static final JobFacts EXISTING =
            JobFacts.existing(7, "S3PutObjectLegalHold", "AWAITING_CONFIRMATION", Map.of("team", "audit"));

    static Stream<Arguments> keysPerAction() {
        return Stream.of(
                // action, key, value it has (null: the action does not have the key)
                Arguments.of("s3:UpdateJobStatus", "s3:ExistingJobPriority", "7"),
                Arguments.of("s3:UpdateJobStatus", "s3:ExistingJobOperation", "S3PutObjectLegalHold"),
                Arguments.of("s3:UpdateJobStatus", "s3:JobSuspendedCause", "AWAITING_CONFIRMATION"),
                Arguments.of("s3:UpdateJobStatus", "aws:ResourceTag/team", "audit"),
                Arguments.of("s3:UpdateJobPriority", "s3:RequestJobPriority", "12"),
                Arguments.of("s3:UpdateJobPriority", "s3:ExistingJobPriority", "7"),
                Arguments.of("s3:UpdateJobPriority", "s3:JobSuspendedCause", null),
                Arguments.of("s3:DeleteJobTagging", "s3:ExistingJobOperation", "S3PutObjectLegalHold"),
                Arguments.of("s3:DeleteJobTagging", "s3:RequestJobPriority", null),
                Arguments.of("s3:DescribeJob", "aws:ResourceTag/team", "audit"),
                Arguments.of("s3:DescribeJob", "s3:ExistingJobPriority", null),
                Arguments.of("s3:GetJobTagging", "aws:ResourceTag/team", "audit"),
                Arguments.of("s3:PutJobTagging", "aws:RequestTag/owner", "ops"),
                Arguments.of("s3:PutJobTagging", "aws:ResourceTag/team", "audit"),
                Arguments.of("s3:ListJobs", "s3:ExistingJobPriority", null));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("keysPerAction")
    void eachJobActionHasItsOwnKeys(String action, String key, String value) {
        JobFacts facts = EXISTING.withRequestPriority(12).withRequestTags(Map.of("owner", "ops"));

        List<String> values =
                JobConditionKeys.of(action, facts, ConditionContext.EMPTY).values(key);

        assertThat(values).isEqualTo(value == null ? null : List.of(value));
    }

    @Test
    void createJobHasTheRequestKeysAndAsksForTaggingAndPassRole() {
        AccessRequest create = AccessRequest.account(OperationAccess.CREATE_JOB)
                .withJob(JobFacts.creating(
                        "arn:aws:iam::123456789012:role/batch", 5, "S3PutObjectRetention", Map.of("team", "audit")));

        List<Requirement> needed =
                AccessRequirements.of(create, ConditionContext.EMPTY, Instant.EPOCH, "us-east-1", "123456789012");

        assertThat(needed)
                .extracting(Requirement::action, Requirement::resourceArn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("s3:CreateJob", "arn:aws:s3:us-east-1:123456789012:job/*"),
                        org.assertj.core.groups.Tuple.tuple(
                                "s3:PutJobTagging", "arn:aws:s3:us-east-1:123456789012:job/*"),
                        org.assertj.core.groups.Tuple.tuple("iam:PassRole", "arn:aws:iam::123456789012:role/batch"));
        ConditionContext keys = needed.get(0).context();
        assertThat(keys.values("s3:RequestJobPriority")).containsExactly("5");
        assertThat(keys.values("s3:RequestJobOperation")).containsExactly("S3PutObjectRetention");
        assertThat(keys.values("aws:TagKeys")).containsExactly("team");
        assertThat(keys.values("aws:RequestTag/team")).containsExactly("audit");
    }

    @Test
    void createJobWithoutTagsNeedsNoTaggingAndHasNoTagKeys() {
        AccessRequest create = AccessRequest.account(OperationAccess.CREATE_JOB)
                .withJob(JobFacts.creating("arn:aws:iam::123456789012:role/batch", 5, "S3PutObjectLegalHold", null));

        List<Requirement> needed =
                AccessRequirements.of(create, ConditionContext.EMPTY, Instant.EPOCH, "us-east-1", "123456789012");

        assertThat(needed).extracting(Requirement::action).containsExactly("s3:CreateJob", "iam:PassRole");
        assertThat(needed.get(0).context().values("aws:TagKeys")).isNull();
    }
}

package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.ControlErrorAssert.assertControlError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.Principals;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.CreateJobRequest;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * Who may create a job for which role ([P76], [P77]): the creator needs s3:CreateJob and
 * iam:PassRole on the role. The bucket owner may pass every role; {@code app} may do anything in
 * S3 but has no iam:PassRole.
 */
class BatchJobCallerPermissionConformanceTest extends JobRoleScenario {

    @Test
    @AwsSource(
            rules = {"P76"},
            value = "UG batch-ops-iam-role-policies (trust policy for batchoperations.s3.amazonaws.com, "
                    + "iam:PassRole for the creator); UG batch-ops-legal-hold")
    void creatorAllowedToPassATrustedRoleRunsTheJobAsThatRole() {
        String bucket = buckets.createWithObjectLock();
        List<String> keys = List.of("a", "b");
        List<String> versions = heldObjects(bucket, "a", "b");

        JobDescriptor job = runAs(
                jobs.roleArn(),
                r -> r.manifest(manifestOf(bucket, bucket, "a", "b"))
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.OFF)));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.roleArn()).isEqualTo(jobs.roleArn());
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(2L);
        assertHolds(bucket, keys, versions, ObjectLockLegalHoldStatus.OFF);
    }

    @Test
    @AwsSource(
            rules = {"P77", "E55"},
            value = "UG batch-ops-iam-role-policies: the creator needs iam:PassRole; IAM's refusal wording "
                    + "[UNCERTAIN for S3 Control]")
    void createJobWithoutPassRoleIsAccessDeniedNamingTheRole() {
        String bucket = buckets.createWithObjectLock();
        heldObjects(bucket, "a");
        CreateJobRequest request = jobs.request(
                r -> r.manifest(manifestOf(bucket, bucket, "a")).operation(legalHold(S3ObjectLockLegalHoldStatus.OFF)));

        assertControlError(() -> principals.control(Principals.APP).createJob(request))
                .hasStatus(403)
                .hasCode("AccessDenied")
                .hasMessageContaining("User: " + principals.arn(Principals.APP)
                        + " is not authorized to perform: iam:PassRole on resource: " + jobs.roleArn()
                        + " because no identity-based policy allows the iam:PassRole action");
        assertThat(legalHoldOf(bucket, "a", null)).isEqualTo(ObjectLockLegalHoldStatus.ON);
    }
}

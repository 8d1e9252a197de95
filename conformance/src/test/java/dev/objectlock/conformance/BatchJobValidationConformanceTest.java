package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.ControlErrorAssert.assertControlError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import dev.objectlock.conformance.target.EmulatorOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobOperation;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * What CreateJob refuses at once, before any job exists ([C.3] "Synchronous validation"):
 * BadRequestException is the modelled code. The SDK itself checks only that required members are
 * set, so the values below reach the service.
 */
class BatchJobValidationConformanceTest extends BatchScenario {

    private JobManifest manifest;

    @BeforeEach
    void manifest() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        manifest = manifestOf(bucket, bucket, "a");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c CreateJobRequest.Priority: 0..2147483647; BadRequestException")
    void negativePriorityIsBadRequest() {
        assertControlError(() -> jobs.create(r -> r.manifest(manifest)
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                        .priority(-1)))
                .hasStatus(400)
                .hasCode("BadRequestException");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c CreateJobRequest.RoleArn pattern arn:[^:]+:iam::\\d{12}:role/.*")
    void malformedRoleArnIsBadRequest() {
        assertControlError(() -> jobs.create(r -> r.manifest(manifest)
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                        .roleArn("batch-role")))
                .hasStatus(400)
                .hasCode("BadRequestException");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c JobReport: an enabled report needs Bucket and Format [UNCERTAIN message]")
    void enabledReportWithoutBucketIsBadRequest() {
        assertControlError(() -> jobs.create(r -> r.manifest(manifest)
                        .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                        .report(rep -> rep.enabled(true).format("Report_CSV_20180820"))))
                .hasStatus(400)
                .hasCode("BadRequestException");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c JobOperation: exactly one operation member")
    void operationWithoutAnyMemberIsBadRequest() {
        assertControlError(() -> jobs.create(r ->
                        r.manifest(manifest).operation(JobOperation.builder().build())))
                .hasStatus(400)
                .hasCode("BadRequestException");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c CreateJobRequest doc: Manifest or ManifestGenerator, not both and not neither")
    void jobWithoutManifestOrGeneratorIsBadRequest() {
        assertControlError(() -> jobs.create(r -> r.operation(legalHold(S3ObjectLockLegalHoldStatus.ON))))
                .hasStatus(400)
                .hasCode("BadRequestException");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "[C.3] operation table: operations the emulator does not run are refused at CreateJob")
    @EmulatorOnly(
            reason =
                    "AWS runs LambdaInvoke jobs; the emulator refuses operations outside Object Lock, tagging and copy")
    void unsupportedOperationIsRefusedAtCreateJob() {
        JobOperation lambda = JobOperation.builder()
                .lambdaInvoke(l -> l.functionArn("arn:aws:lambda:us-east-1:" + jobs.accountId() + ":function:f"))
                .build();

        assertControlError(() -> jobs.create(r -> r.manifest(manifest).operation(lambda)))
                .hasStatus(400)
                .hasCode("BadRequestException")
                .hasMessageContaining("LambdaInvoke");
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "botocore-s3c JobManifestLocation.ObjectArn: an S3 object ARN")
    void manifestArnThatIsNotAnObjectArnIsBadRequest() {
        JobManifest bad = manifest.toBuilder()
                .location(
                        manifest.location().toBuilder().objectArn("not-an-arn").build())
                .build();

        assertControlError(() -> jobs.create(r -> r.manifest(bad).operation(legalHold(S3ObjectLockLegalHoldStatus.ON))))
                .hasStatus(400)
                .hasCode("BadRequestException");
        assertThat(bad.location().objectArn()).isEqualTo("not-an-arn");
    }
}

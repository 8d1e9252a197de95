package dev.objectlock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3control.model.JobDescriptor;
import software.amazon.awssdk.services.s3control.model.JobOperation;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockMode;

/** The other operations a job may run here ([C.3] operation table): tagging, tag removal, copy. */
class BatchOtherOperationsConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "UG batch-ops-put-object-tagging: the job replaces each object's tag set")
    void putObjectTaggingJobReplacesTags() {
        String bucket = buckets.createVersioned();
        s3.putObject(b -> b.bucket(bucket).key("a").tagging("old=1"), RequestBody.fromString("a"));
        JobOperation tagging = JobOperation.builder()
                .s3PutObjectTagging(t -> t.tagSet(software.amazon.awssdk.services.s3control.model.S3Tag.builder()
                        .key("class")
                        .value("record")
                        .build()))
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a")).operation(tagging)));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("a")).tagSet())
                .containsExactly(Tag.builder().key("class").value("record").build());
    }

    @Test
    @AwsSource(
            rules = {"C.3"},
            value = "UG batch-ops-delete-object-tagging: the job removes each object's tags")
    void deleteObjectTaggingJobRemovesTags() {
        String bucket = buckets.createVersioned();
        s3.putObject(b -> b.bucket(bucket).key("a").tagging("old=1"), RequestBody.fromString("a"));
        JobOperation delete =
                JobOperation.builder().s3DeleteObjectTagging(d -> {}).build();

        jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a")).operation(delete)));

        assertThat(s3.getObjectTagging(b -> b.bucket(bucket).key("a")).tagSet()).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"C.3", "R35"},
            value =
                    "botocore-s3c S3CopyObjectOperation ObjectLockLegalHoldStatus/ObjectLockMode/ObjectLockRetainUntilDate apply to the copies")
    void copyJobCopiesUnderThePrefixWithTheLockFields() {
        String source = buckets.createVersioned();
        String targetBucket = buckets.createWithObjectLock();
        s3.putObject(b -> b.bucket(source).key("a"), RequestBody.fromString("payload"));
        Instant until = governanceUntil();
        JobOperation copy = JobOperation.builder()
                .s3PutObjectCopy(c -> c.targetResource("arn:aws:s3:::" + targetBucket)
                        .targetKeyPrefix("copied/")
                        .objectLockLegalHoldStatus(S3ObjectLockLegalHoldStatus.ON)
                        .objectLockMode(S3ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(until))
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifestOf(source, source, "a")).operation(copy)));

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(job.progressSummary().numberOfTasksSucceeded()).isEqualTo(1L);
        HeadObjectResponse head = s3.headObject(b -> b.bucket(targetBucket).key("copied/a"));
        assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
        assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
        assertThat(head.objectLockRetainUntilDate()).isEqualTo(until);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(targetBucket).key("copied/a"))
                        .asUtf8String())
                .isEqualTo("payload");
    }

    @Test
    @AwsSource(
            rules = {"C.3", "R23"},
            value = "[C.3]: copy lock fields into a bucket without Object Lock fail each task as CopyObject would")
    void copyJobWithLockFieldsIntoBucketWithoutObjectLockFailsItsTasks() {
        String source = buckets.createVersioned();
        String targetBucket = buckets.createVersioned();
        s3.putObject(b -> b.bucket(source).key("a"), RequestBody.fromString("payload"));
        JobOperation copy = JobOperation.builder()
                .s3PutObjectCopy(c -> c.targetResource("arn:aws:s3:::" + targetBucket)
                        .objectLockLegalHoldStatus(S3ObjectLockLegalHoldStatus.ON))
                .build();

        JobDescriptor job = jobs.awaitFinished(
                jobs.create(r -> r.manifest(manifestOf(source, source, "a")).operation(copy)));

        assertThat(job.progressSummary().numberOfTasksFailed()).isEqualTo(1L);
        assertThat(s3.listObjectVersions(b -> b.bucket(targetBucket)).versions())
                .isEmpty();
    }
}

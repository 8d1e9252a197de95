package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.ControlErrorAssert.assertControlError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3control.model.S3Tag;

/** Job tags ([C.8]): the CreateJob set, replace with PutJobTagging, remove with DeleteJobTagging. */
class BatchJobTaggingConformanceTest extends BatchScenario {

    private String jobId;

    @BeforeEach
    void suspendedJobWithTags() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        jobId = jobs.create(r -> r.manifest(manifestOf(bucket, bucket, "a"))
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true)
                .tags(tag("team", "records"), tag("env", "")));
        jobs.await(jobId, JobStatus.SUSPENDED);
    }

    @Test
    @AwsSource(
            rules = {"C.8", "R38"},
            value = "botocore-s3c GetJobTagging: Tags as a member list; tags given at CreateJob are the initial set")
    void tagsGivenAtCreateJobAreReturned() {
        assertThat(tags()).containsExactlyInAnyOrder(tag("team", "records"), tag("env", ""));
    }

    @Test
    @AwsSource(
            rules = {"C.8"},
            value = "botocore-s3c PutJobTagging doc: replaces the job's whole tag set")
    void putJobTaggingReplacesTheWholeSet() {
        control.putJobTagging(r -> r.accountId(jobs.accountId()).jobId(jobId).tags(tag("retention", "7y")));

        assertThat(tags()).containsExactly(tag("retention", "7y"));
    }

    @Test
    @AwsSource(
            rules = {"C.8"},
            value = "botocore-s3c PutJobTagging with an empty tag set removes every tag")
    void emptyTagSetRemovesEveryTag() {
        control.putJobTagging(r -> r.accountId(jobs.accountId()).jobId(jobId).tags(List.of()));

        assertThat(tags()).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"C.8"},
            value = "botocore-s3c DeleteJobTagging: removes the job's tags")
    void deleteJobTaggingRemovesEveryTag() {
        control.deleteJobTagging(r -> r.accountId(jobs.accountId()).jobId(jobId));

        assertThat(tags()).isEmpty();
    }

    @Test
    @AwsSource(
            rules = {"C.8"},
            value = "botocore-s3c PutJobTagging doc: at most 50 tags; TooManyTagsException")
    void moreThanFiftyTagsIsTooManyTagsException() {
        List<S3Tag> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(tag("k" + i, "v"));
        }

        assertControlError(() -> control.putJobTagging(
                        r -> r.accountId(jobs.accountId()).jobId(jobId).tags(many)))
                .hasCode("TooManyTagsException");
        assertThat(tags()).hasSize(2);
    }

    @Test
    @AwsSource(
            rules = {"C.8", "C.2"},
            value = "botocore-s3c GetJobTagging/PutJobTagging errors: NotFoundException")
    void taggingAnUnknownJobIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertControlError(() ->
                        control.getJobTagging(r -> r.accountId(jobs.accountId()).jobId(unknown)))
                .hasStatus(404)
                .hasCode("NotFoundException");
        assertControlError(() -> control.putJobTagging(
                        r -> r.accountId(jobs.accountId()).jobId(unknown).tags(tag("a", "b"))))
                .hasStatus(404)
                .hasCode("NotFoundException");
    }

    private List<S3Tag> tags() {
        return control.getJobTagging(r -> r.accountId(jobs.accountId()).jobId(jobId))
                .tags();
    }

    private static S3Tag tag(String key, String value) {
        return S3Tag.builder().key(key).value(value).build();
    }
}

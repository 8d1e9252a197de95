package dev.objectlock.conformance;

import static dev.objectlock.conformance.support.ControlErrorAssert.assertControlError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.objectlock.conformance.target.AwsSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3control.model.JobListDescriptor;
import software.amazon.awssdk.services.s3control.model.JobManifest;
import software.amazon.awssdk.services.s3control.model.JobStatus;
import software.amazon.awssdk.services.s3control.model.ListJobsResponse;
import software.amazon.awssdk.services.s3control.model.OperationName;
import software.amazon.awssdk.services.s3control.model.S3ObjectLockLegalHoldStatus;

/**
 * ListJobs ([C.5]): the status filter, paging with NextToken, and the short job descriptor
 * whose Operation is a name. The account may hold other jobs on aws, so scenarios look for their
 * own jobs in the listing instead of expecting it to hold nothing else.
 */
class BatchJobListingConformanceTest extends BatchScenario {

    @Test
    @AwsSource(
            rules = {"C.5", "R46"},
            value = "botocore-s3c JobListDescriptor: Operation is OperationName, not the JobOperation structure")
    void listedJobCarriesOperationNameStatusAndProgress() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        String jobId = runJob(manifestOf(bucket, bucket, "a"), legalHold(S3ObjectLockLegalHoldStatus.ON));

        JobListDescriptor listed = find(jobId, allJobs(List.of(JobStatus.COMPLETE)));

        assertThat(listed.operation()).isEqualTo(OperationName.S3_PUT_OBJECT_LEGAL_HOLD);
        assertThat(listed.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(listed.priority()).isEqualTo(10);
        assertThat(listed.creationTime()).isNotNull();
        assertThat(listed.terminationDate()).isNotNull();
        assertThat(listed.progressSummary().totalNumberOfTasks()).isEqualTo(1L);
        assertThat(listed.progressSummary().numberOfTasksSucceeded()).isEqualTo(1L);
    }

    @Test
    @AwsSource(
            rules = {"C.5"},
            value = "botocore-s3c ListJobs jobStatuses query filter")
    void statusFilterListsOnlyJobsInThoseStatuses() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        JobManifest manifest = manifestOf(bucket, bucket, "a");
        String suspended = jobs.create(r -> r.manifest(manifest)
                .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                .confirmationRequired(true));
        jobs.await(suspended, JobStatus.SUSPENDED);
        String complete = runJob(manifest, legalHold(S3ObjectLockLegalHoldStatus.ON));

        List<String> suspendedIds = ids(allJobs(List.of(JobStatus.SUSPENDED)));
        List<String> completeIds = ids(allJobs(List.of(JobStatus.COMPLETE)));

        assertThat(suspendedIds).contains(suspended).doesNotContain(complete);
        assertThat(completeIds).contains(complete).doesNotContain(suspended);
        assertThat(ids(allJobs(List.of(JobStatus.SUSPENDED, JobStatus.COMPLETE))))
                .contains(suspended, complete);
    }

    @Test
    @AwsSource(
            rules = {"C.5"},
            value = "botocore-s3c ListJobs maxResults and NextToken (present only while more results exist)")
    void maxResultsPagesThroughEveryJobWithNextToken() {
        String bucket = buckets.createWithObjectLock();
        steps.putVersion(bucket, "a", "a");
        JobManifest manifest = manifestOf(bucket, bucket, "a");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String jobId = jobs.create(r -> r.manifest(manifest)
                    .operation(legalHold(S3ObjectLockLegalHoldStatus.ON))
                    .confirmationRequired(true));
            jobs.await(jobId, JobStatus.SUSPENDED);
            mine.add(jobId);
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String from = token;
            ListJobsResponse page = control.listJobs(r -> r.accountId(jobs.accountId())
                    .jobStatuses(JobStatus.SUSPENDED)
                    .maxResults(1)
                    .nextToken(from));
            assertThat(page.jobs()).hasSizeLessThanOrEqualTo(1);
            seen.addAll(ids(page.jobs()));
            token = page.nextToken();
            pages++;
        } while (token != null && pages < 1000);

        assertThat(seen).containsAll(mine).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    @AwsSource(
            rules = {"C.5"},
            value = "botocore-s3c ListJobs errors: InvalidNextTokenException")
    void unknownNextTokenIsInvalidNextTokenException() {
        assertControlError(() ->
                        control.listJobs(r -> r.accountId(jobs.accountId()).nextToken("bm90LWEtdG9rZW4=")))
                .hasStatus(400)
                .hasCode("InvalidNextTokenException");
    }

    private List<JobListDescriptor> allJobs(List<JobStatus> statuses) {
        List<JobListDescriptor> all = new ArrayList<>();
        control.listJobsPaginator(r -> r.accountId(jobs.accountId()).jobStatuses(statuses))
                .forEach(page -> all.addAll(page.jobs()));
        return all;
    }

    private static JobListDescriptor find(String jobId, List<JobListDescriptor> listed) {
        return listed.stream()
                .filter(j -> j.jobId().equals(jobId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("job " + jobId + " is not listed"));
    }

    private static List<String> ids(List<JobListDescriptor> listed) {
        return listed.stream().map(JobListDescriptor::jobId).toList();
    }
}

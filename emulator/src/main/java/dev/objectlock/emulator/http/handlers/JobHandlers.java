package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.JobPage;
import dev.objectlock.emulator.batch.JobStatus;
import dev.objectlock.emulator.http.control.ControlExchange;
import dev.objectlock.emulator.http.control.JobQueries;
import dev.objectlock.emulator.http.control.JobRequests;
import dev.objectlock.emulator.http.control.JobResults;
import dev.objectlock.emulator.http.xml.CreateJobRequestXml;
import dev.objectlock.emulator.http.xml.CreateJobResultXml;
import dev.objectlock.emulator.http.xml.GetJobTaggingResultXml;
import dev.objectlock.emulator.http.xml.PutJobTaggingRequestXml;
import dev.objectlock.emulator.http.xml.UpdateJobPriorityResultXml;
import dev.objectlock.emulator.http.xml.UpdateJobStatusResultXml;
import java.util.Set;

/**
 * The S3 Batch Operations jobs API (S3 Control, [C.2]): each handler parses the request, makes
 * one {@link BatchJobService} call and renders its answer. Query values are parsed here
 * ({@link JobQueries}); the account id, the path's job id and the body's values go to the service
 * as sent, and the service validates them.
 */
public final class JobHandlers {

    private final BatchJobService jobs;

    public JobHandlers(BatchJobService jobs) {
        this.jobs = jobs;
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateJob.html */
    public void createJob(ControlExchange ex) {
        CreateJobRequestXml body = ex.xmlBody(CreateJobRequestXml.class);
        String jobId = jobs.createJob(JobRequests.jobRequest(ex.accountId(), body), ex.access());
        ex.xml(new CreateJobResultXml(jobId));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DescribeJob.html */
    public void describeJob(ControlExchange ex) {
        ex.xml(JobResults.describeJobResult(jobs.describeJob(ex.accountId(), ex.jobId(), ex.access())));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_ListJobs.html */
    public void listJobs(ControlExchange ex) {
        Set<JobStatus> statuses = JobQueries.jobStatuses(ex.queryValues("jobStatuses"));
        int maxResults = JobQueries.maxResults(ex.query("maxResults"));
        JobPage.Position after = JobQueries.nextToken(ex.query("nextToken"));
        ex.xml(JobResults.listJobsResult(jobs.listJobs(ex.accountId(), statuses, after, maxResults)));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UpdateJobStatus.html (arguments in the query, [R39]) */
    public void updateJobStatus(ControlExchange ex) {
        BatchJob job = jobs.updateJobStatus(
                ex.accountId(),
                ex.jobId(),
                JobQueries.requestedJobStatus(ex.query("requestedJobStatus")),
                ex.query("statusUpdateReason"),
                ex.access());
        ex.xml(new UpdateJobStatusResultXml(job.jobId(), job.status().name(), job.statusUpdateReason()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UpdateJobPriority.html ([R39]) */
    public void updateJobPriority(ControlExchange ex) {
        BatchJob job = jobs.updateJobPriority(
                ex.accountId(), ex.jobId(), JobQueries.priority(ex.query("priority")), ex.access());
        ex.xml(new UpdateJobPriorityResultXml(job.jobId(), job.priority()));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_PutJobTagging.html */
    public void putJobTagging(ControlExchange ex) {
        PutJobTaggingRequestXml body = ex.xmlBody(PutJobTaggingRequestXml.class);
        jobs.putJobTagging(ex.accountId(), ex.jobId(), JobRequests.jobTags(body), ex.access());
        ex.empty(200);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetJobTagging.html */
    public void getJobTagging(ControlExchange ex) {
        ex.xml(new GetJobTaggingResultXml(
                JobResults.tagsXml(jobs.getJobTagging(ex.accountId(), ex.jobId(), ex.access()))));
    }

    /**
     * https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_DeleteJobTagging.html: the model
     * gives no responseCode, which means 200 (SDKs accept any 2xx).
     */
    public void deleteJobTagging(ControlExchange ex) {
        jobs.deleteJobTagging(ex.accountId(), ex.jobId(), ex.access());
        ex.empty(200);
    }
}

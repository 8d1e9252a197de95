package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.batch.manifest.Arns;
import dev.objectlock.emulator.batch.port.JobRecord;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Conditions;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.service.LockHeaders;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.Payload;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores a job's completion report in its report bucket; a refusal is the job's failure, never a crash. */
final class CompletionReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionReportWriter.class);

    private final ObjectService objects;

    CompletionReportWriter(ObjectService objects) {
        this.objects = objects;
    }

    /** Empty when written (or not asked for); the FailureReasons entry when the bucket refused it. */
    Optional<BatchJob.Failure> write(JobRecord job, List<CompletionReport.Row> rows, Instant now, RequestAccess role) {
        JobReport report = job.request().report();
        if (!Boolean.TRUE.equals(report.enabled())) {
            return Optional.empty();
        }
        String bucket = Arns.bucket(report.bucket())
                .orElseThrow(
                        () -> new IllegalArgumentException("CreateJob accepts only bucket ARNs: " + report.bucket()));
        try {
            for (CompletionReport.ReportObject object :
                    CompletionReport.build(job.jobId(), report, bucket, rows, now)) {
                // as the job's role, which needs s3:PutObject on the report prefix ([P83])
                role.authorize(AccessRequest.object(OperationAccess.PUT_OBJECT, bucket, object.key(), null));
                put(bucket, object);
            }
            return Optional.empty();
        } catch (S3Exception e) {
            LOG.info(
                    "Batch job {}: report not written to {} ({}: {})",
                    job.jobId(),
                    bucket,
                    e.code().code(),
                    e.getMessage());
            return Optional.of(refused());
        }
    }

    /** The FailureReasons entry of a report that could not be written ([P83]). */
    static BatchJob.Failure refused() {
        return new BatchJob.Failure(
                "ReportWriteFailed",
                "The job report could not be written to your report bucket. Please check your permissions.");
    }

    /**
     * Through PutObject, like any client's write, without a Content-MD5: so a report bucket with
     * default retention refuses it, as AWS's does ([B.11]), and a missing bucket is NoSuchBucket.
     */
    private void put(String bucket, CompletionReport.ReportObject object) {
        ContentHeaders content = new ContentHeaders(object.contentType(), null, null, null, null, null);
        objects.put(new ObjectService.PutObject(
                bucket,
                object.key(),
                new ObjectService.NewObject(content, Map.of(), Map.of()),
                LockHeaders.NONE,
                Payload.internal(new ByteArrayInputStream(object.body()), null),
                Conditions.none()));
    }
}

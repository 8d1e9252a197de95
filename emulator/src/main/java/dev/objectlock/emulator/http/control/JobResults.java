package dev.objectlock.emulator.http.control;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobPage;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.http.xml.DescribeJobResultXml;
import dev.objectlock.emulator.http.xml.DescribeJobResultXml.GeneratedManifestDescriptorXml;
import dev.objectlock.emulator.http.xml.DescribeJobResultXml.JobDescriptorXml;
import dev.objectlock.emulator.http.xml.EmptyElementXml;
import dev.objectlock.emulator.http.xml.JobFailureXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.FilterXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.KeyNameConstraintXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.ManifestEncryptionXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.ObjectEncryptionListXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.ObjectEncryptionXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.OutputLocationXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.S3JobManifestGeneratorXml;
import dev.objectlock.emulator.http.xml.JobManifestXml;
import dev.objectlock.emulator.http.xml.JobOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.CopyObjectOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.LegalHoldOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.ObjectMetadataXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.RetentionOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.TaggingOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.UserMetadataXml;
import dev.objectlock.emulator.http.xml.JobProgressSummaryXml;
import dev.objectlock.emulator.http.xml.JobReportXml;
import dev.objectlock.emulator.http.xml.ListJobsResultXml;
import dev.objectlock.emulator.http.xml.ListJobsResultXml.JobListDescriptorXml;
import dev.objectlock.emulator.http.xml.MemberListXml;
import dev.objectlock.emulator.http.xml.S3TagXml;
import dev.objectlock.emulator.http.xml.XmlCodec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Renders the batch API's jobs as S3 Control response documents ([C.4, C.5]): absent values
 * are left out, dates are ISO-8601 with milliseconds, and the job's request parts are echoed.
 */
public final class JobResults {

    private JobResults() {}

    public static DescribeJobResultXml describeJobResult(BatchJob job) {
        BatchJob.GeneratedManifest generated = job.generatedManifestDescriptor();
        return new DescribeJobResultXml(new JobDescriptorXml(
                job.jobId(),
                job.confirmationRequired(),
                job.description(),
                job.jobArn(),
                job.status().name(),
                manifestXml(job.manifest()),
                operationXml(job.operation()),
                job.priority(),
                progressXml(job.progress()),
                job.statusUpdateReason(),
                failuresXml(job.failureReasons()),
                reportXml(job.report()),
                time(job.creationTime()),
                time(job.terminationDate()),
                job.roleArn(),
                time(job.suspendedDate()),
                job.suspendedCause(),
                generatorXml(job.manifestGenerator()),
                generated == null
                        ? null
                        : new GeneratedManifestDescriptorXml(generated.format(), locationXml(generated.location()))));
    }

    public static ListJobsResultXml listJobsResult(JobPage page) {
        return new ListJobsResultXml(
                JobQueries.nextToken(page.next()),
                MemberListXml.of(page.jobs().stream()
                        .map(job -> new JobListDescriptorXml(
                                job.jobId(),
                                job.description(),
                                job.operation() == null ? null : job.operation().wireName(),
                                job.priority(),
                                job.status().name(),
                                time(job.creationTime()),
                                time(job.terminationDate()),
                                progressXml(job.progress())))
                        .toList()));
    }

    public static MemberListXml<S3TagXml> tagsXml(List<Tag> tags) {
        return MemberListXml.of(orEmpty(tags).stream()
                .map(t -> new S3TagXml(t.key(), t.value()))
                .toList());
    }

    private static JobManifestXml manifestXml(JobManifest m) {
        if (m == null) {
            return null;
        }
        JobManifest.Spec s = m.spec();
        return new JobManifestXml(
                s == null
                        ? null
                        : new JobManifestXml.SpecXml(
                                s.format(), s.fields() == null ? null : MemberListXml.of(s.fields())),
                locationXml(m.location()));
    }

    private static JobManifestXml.LocationXml locationXml(JobManifest.Location l) {
        return l == null ? null : new JobManifestXml.LocationXml(l.objectArn(), l.objectVersionId(), l.etag());
    }

    /** The operation as CreateJob sent it; an Unsupported one was refused at CreateJob and is never stored. */
    static JobOperationXml operationXml(JobOperation operation) {
        if (operation instanceof JobOperation.PutObjectLegalHold h) {
            return JobOperationXml.legalHold(
                    new LegalHoldOperationXml(new LegalHoldOperationXml.LegalHoldXml(h.legalHoldStatus())));
        }
        if (operation instanceof JobOperation.PutObjectRetention r) {
            return JobOperationXml.retention(new RetentionOperationXml(
                    r.bypassGovernanceRetention(),
                    new RetentionOperationXml.RetentionXml(timestamp(r.retainUntilDate()), r.mode())));
        }
        if (operation instanceof JobOperation.PutObjectTagging t) {
            return JobOperationXml.tagging(new TaggingOperationXml(tagsXml(t.tagSet())));
        }
        if (operation instanceof JobOperation.DeleteObjectTagging) {
            return JobOperationXml.deleteTagging();
        }
        if (operation instanceof JobOperation.ReplicateObject) {
            return JobOperationXml.replicate();
        }
        if (operation instanceof JobOperation.PutObjectCopy c) {
            return JobOperationXml.copy(new CopyObjectOperationXml(
                    c.targetResource(),
                    c.cannedAccessControlList(),
                    c.metadataDirective(),
                    timestamp(c.modifiedSinceConstraint()),
                    metadataXml(c.newObjectMetadata()),
                    c.newObjectTagging() == null ? null : tagsXml(c.newObjectTagging()),
                    c.storageClass(),
                    timestamp(c.unModifiedSinceConstraint()),
                    c.targetKeyPrefix(),
                    c.objectLockLegalHoldStatus(),
                    c.objectLockMode(),
                    timestamp(c.objectLockRetainUntilDate()),
                    c.checksumAlgorithm()));
        }
        return null;
    }

    private static ObjectMetadataXml metadataXml(JobOperation.NewObjectMetadata m) {
        if (m == null) {
            return null;
        }
        UserMetadataXml user = m.userMetadata() == null
                ? null
                : new UserMetadataXml(m.userMetadata().entrySet().stream()
                        .map(e -> new UserMetadataXml.EntryXml(e.getKey(), e.getValue()))
                        .toList());
        return new ObjectMetadataXml(
                m.cacheControl(),
                m.contentDisposition(),
                m.contentEncoding(),
                m.contentLanguage(),
                user,
                m.contentType(),
                timestamp(m.httpExpiresDate()));
    }

    private static JobReportXml reportXml(JobReport r) {
        return r == null
                ? null
                : new JobReportXml(
                        r.bucket(), r.format(), r.enabled(), r.prefix(), r.reportScope(), r.expectedBucketOwner());
    }

    private static JobProgressSummaryXml progressXml(BatchJob.Progress p) {
        return p == null
                ? null
                : new JobProgressSummaryXml(
                        p.totalNumberOfTasks(),
                        p.numberOfTasksSucceeded(),
                        p.numberOfTasksFailed(),
                        new JobProgressSummaryXml.TimersXml(p.elapsedTimeInActiveSeconds()));
    }

    /** Left out when there are none ("omit elements that have no value", [C.4]). */
    private static MemberListXml<JobFailureXml> failuresXml(List<BatchJob.Failure> failures) {
        return failures == null || failures.isEmpty()
                ? null
                : MemberListXml.of(failures.stream()
                        .map(f -> new JobFailureXml(f.failureCode(), f.failureReason()))
                        .toList());
    }

    private static JobManifestGeneratorXml generatorXml(JobManifestGenerator g) {
        if (g == null) {
            return null;
        }
        JobManifestGenerator.OutputLocation o = g.manifestOutputLocation();
        OutputLocationXml output = o == null
                ? null
                : new OutputLocationXml(
                        o.expectedManifestBucketOwner(),
                        o.bucket(),
                        o.manifestPrefix(),
                        encryptionXml(o.encryption(), o.kmsKeyId()),
                        o.manifestFormat());
        return new JobManifestGeneratorXml(new S3JobManifestGeneratorXml(
                g.expectedBucketOwner(), g.sourceBucket(), output, filterXml(g.filter()), g.enableManifestOutput()));
    }

    private static ManifestEncryptionXml encryptionXml(String kind, String kmsKeyId) {
        if ("SSE-S3".equals(kind)) {
            return new ManifestEncryptionXml(EmptyElementXml.PRESENT, null);
        }
        if ("SSE-KMS".equals(kind)) {
            return new ManifestEncryptionXml(null, new ManifestEncryptionXml.SseKmsXml(kmsKeyId));
        }
        return null;
    }

    private static FilterXml filterXml(JobManifestGenerator.Filter f) {
        if (f == null) {
            return null;
        }
        boolean anyKeyConstraint =
                f.matchAnyPrefix() != null || f.matchAnySuffix() != null || f.matchAnySubstring() != null;
        return new FilterXml(
                f.eligibleForReplication(),
                timestamp(f.createdAfter()),
                timestamp(f.createdBefore()),
                listXml(f.objectReplicationStatuses()),
                anyKeyConstraint
                        ? new KeyNameConstraintXml(
                                listXml(f.matchAnyPrefix()),
                                listXml(f.matchAnySuffix()),
                                listXml(f.matchAnySubstring()))
                        : null,
                f.objectSizeGreaterThanBytes(),
                f.objectSizeLessThanBytes(),
                listXml(f.matchAnyStorageClass()),
                f.matchAnyObjectEncryption() == null
                        ? null
                        : new ObjectEncryptionListXml(f.matchAnyObjectEncryption().stream()
                                .map(ObjectEncryptionXml::of)
                                .toList()));
    }

    private static MemberListXml<String> listXml(List<String> values) {
        return values == null ? null : MemberListXml.of(values);
    }

    private static String time(Instant instant) {
        return instant == null ? null : XmlCodec.timestamp(instant);
    }

    /**
     * A timestamp the request sent, in the form AWS writes dates (ISO-8601 with milliseconds,
     * [0.4]); a value that is no timestamp is echoed as sent (the service would have refused it).
     */
    static String timestamp(String sent) {
        if (sent == null) {
            return null;
        }
        try {
            return XmlCodec.timestamp(OffsetDateTime.parse(sent).toInstant());
        } catch (DateTimeParseException e) {
            return sent;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

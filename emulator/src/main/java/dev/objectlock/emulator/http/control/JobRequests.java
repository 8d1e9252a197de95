package dev.objectlock.emulator.http.control;

import dev.objectlock.emulator.batch.JobManifest;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.JobOperation;
import dev.objectlock.emulator.batch.JobReport;
import dev.objectlock.emulator.batch.JobRequest;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Tag;
import dev.objectlock.emulator.http.xml.CreateJobRequestXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.FilterXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.KeyNameConstraintXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.ManifestEncryptionXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.ObjectEncryptionXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.OutputLocationXml;
import dev.objectlock.emulator.http.xml.JobManifestGeneratorXml.S3JobManifestGeneratorXml;
import dev.objectlock.emulator.http.xml.JobManifestXml;
import dev.objectlock.emulator.http.xml.JobOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.CopyObjectOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.LegalHoldOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.ObjectMetadataXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.RetentionOperationXml;
import dev.objectlock.emulator.http.xml.JobOperationXml.UserMetadataXml;
import dev.objectlock.emulator.http.xml.JobReportXml;
import dev.objectlock.emulator.http.xml.MemberListXml;
import dev.objectlock.emulator.http.xml.PutJobTaggingRequestXml;
import dev.objectlock.emulator.http.xml.S3TagXml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps S3 Control request documents to the batch API's types. Values pass through as sent: the
 * batch service validates them ([C.3]), so nothing here judges a value. The one thing decided
 * here is the document's shape: an {@code Operation} with more than one child.
 */
public final class JobRequests {

    private JobRequests() {}

    public static JobRequest jobRequest(String accountId, CreateJobRequestXml x) {
        return new JobRequest(
                accountId,
                x.confirmationRequired(),
                operation(x.operation()),
                report(x.report()),
                x.clientRequestToken(),
                manifest(x.manifest()),
                x.description(),
                x.priority(),
                x.roleArn(),
                tags(x.tags()),
                generator(x.manifestGenerator()));
    }

    /**
     * PutJobTagging's tags; Tags is a required member, so a document without it does not match
     * the schema: MalformedXML. An empty {@code <Tags/>} is the empty set.
     */
    public static List<Tag> jobTags(PutJobTaggingRequestXml x) {
        if (x.tags() == null) {
            throw S3Exception.malformedXml();
        }
        return tags(x.tags());
    }

    /** The tags of a tag list as sent; null when the element is absent. */
    public static List<Tag> tags(MemberListXml<S3TagXml> tags) {
        return tags == null
                ? null
                : tags.members().stream().map(t -> new Tag(t.key(), t.value())).toList();
    }

    /**
     * The one operation; null for an absent or empty {@code Operation} (the service reports the
     * missing member). Two or more children are a JobOperation union with more than one member
     * set, which the model forbids: BadRequestException ([C.3]; message [UNCERTAIN]).
     */
    static JobOperation operation(JobOperationXml x) {
        if (x == null) {
            return null;
        }
        List<JobOperation> chosen = new ArrayList<>();
        if (x.putObjectLegalHold() != null) {
            LegalHoldOperationXml.LegalHoldXml hold = x.putObjectLegalHold().legalHold();
            chosen.add(new JobOperation.PutObjectLegalHold(hold == null ? null : hold.status()));
        }
        if (x.putObjectRetention() != null) {
            RetentionOperationXml.RetentionXml r = x.putObjectRetention().retention();
            chosen.add(new JobOperation.PutObjectRetention(
                    x.putObjectRetention().bypassGovernanceRetention(),
                    r == null ? null : r.mode(),
                    r == null ? null : r.retainUntilDate()));
        }
        if (x.putObjectTagging() != null) {
            List<Tag> tagSet = tags(x.putObjectTagging().tagSet());
            chosen.add(new JobOperation.PutObjectTagging(tagSet == null ? List.of() : tagSet));
        }
        if (x.deleteObjectTagging() != null) {
            chosen.add(new JobOperation.DeleteObjectTagging());
        }
        if (x.putObjectCopy() != null) {
            chosen.add(copy(x.putObjectCopy()));
        }
        if (x.replicateObject() != null) {
            chosen.add(new JobOperation.ReplicateObject());
        }
        x.otherOperations().forEach(name -> chosen.add(new JobOperation.Unsupported(name)));
        if (chosen.size() > 1) {
            throw S3Exception.of(S3ErrorCode.BAD_REQUEST_EXCEPTION, "Exactly one operation may be specified.");
        }
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    private static JobOperation.PutObjectCopy copy(CopyObjectOperationXml c) {
        return new JobOperation.PutObjectCopy(
                c.targetResource(),
                c.targetKeyPrefix(),
                c.cannedAccessControlList(),
                c.metadataDirective(),
                c.modifiedSinceConstraint(),
                metadata(c.newObjectMetadata()),
                tags(c.newObjectTagging()),
                c.storageClass(),
                c.unModifiedSinceConstraint(),
                c.objectLockLegalHoldStatus(),
                c.objectLockMode(),
                c.objectLockRetainUntilDate(),
                c.checksumAlgorithm());
    }

    private static JobOperation.NewObjectMetadata metadata(ObjectMetadataXml m) {
        if (m == null) {
            return null;
        }
        Map<String, String> user = null;
        if (m.userMetadata() != null) {
            user = new LinkedHashMap<>();
            for (UserMetadataXml.EntryXml e : orEmpty(m.userMetadata().entries())) {
                user.put(e.key(), e.value());
            }
        }
        return new JobOperation.NewObjectMetadata(
                m.cacheControl(),
                m.contentDisposition(),
                m.contentEncoding(),
                m.contentLanguage(),
                user,
                m.contentType(),
                m.httpExpiresDate());
    }

    private static JobReport report(JobReportXml r) {
        return r == null
                ? null
                : new JobReport(
                        r.bucket(), r.format(), r.enabled(), r.prefix(), r.reportScope(), r.expectedBucketOwner());
    }

    private static JobManifest manifest(JobManifestXml m) {
        if (m == null) {
            return null;
        }
        JobManifest.Spec spec = m.spec() == null
                ? null
                : new JobManifest.Spec(
                        m.spec().format(), MemberListXml.membersOf(m.spec().fields()));
        return new JobManifest(spec, location(m.location()));
    }

    private static JobManifest.Location location(JobManifestXml.LocationXml l) {
        return l == null ? null : new JobManifest.Location(l.objectArn(), l.objectVersionId(), l.etag());
    }

    private static JobManifestGenerator generator(JobManifestGeneratorXml g) {
        if (g == null) {
            return null;
        }
        S3JobManifestGeneratorXml s = g.s3JobManifestGenerator();
        if (s == null) {
            return new JobManifestGenerator(null, null, null, null, null);
        }
        return new JobManifestGenerator(
                s.expectedBucketOwner(),
                s.sourceBucket(),
                outputLocation(s.manifestOutputLocation()),
                filter(s.filter()),
                s.enableManifestOutput());
    }

    private static JobManifestGenerator.OutputLocation outputLocation(OutputLocationXml o) {
        if (o == null) {
            return null;
        }
        ManifestEncryptionXml e = o.manifestEncryption();
        String encryption = e == null ? null : e.sseS3() != null ? "SSE-S3" : e.sseKms() != null ? "SSE-KMS" : null;
        String kmsKeyId = e == null || e.sseKms() == null ? null : e.sseKms().keyId();
        return new JobManifestGenerator.OutputLocation(
                o.expectedManifestBucketOwner(),
                o.bucket(),
                o.manifestPrefix(),
                encryption,
                kmsKeyId,
                o.manifestFormat());
    }

    private static JobManifestGenerator.Filter filter(FilterXml f) {
        if (f == null) {
            return null;
        }
        KeyNameConstraintXml k = f.keyNameConstraint();
        List<String> encryption = f.matchAnyObjectEncryption() == null
                ? null
                : orEmpty(f.matchAnyObjectEncryption().items()).stream()
                        .map(ObjectEncryptionXml::kind)
                        .toList();
        return new JobManifestGenerator.Filter(
                f.eligibleForReplication(),
                f.createdAfter(),
                f.createdBefore(),
                MemberListXml.membersOf(f.objectReplicationStatuses()),
                k == null ? null : MemberListXml.membersOf(k.matchAnyPrefix()),
                k == null ? null : MemberListXml.membersOf(k.matchAnySuffix()),
                k == null ? null : MemberListXml.membersOf(k.matchAnySubstring()),
                f.objectSizeGreaterThanBytes(),
                f.objectSizeLessThanBytes(),
                MemberListXml.membersOf(f.matchAnyStorageClass()),
                encryption);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package dev.objectlock.emulator.domain.authorization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a request asks, in the terms the operation table needs ([P.6], E.8): its row, what it
 * addresses and the values that add actions or condition keys. The protocol fills it from the request
 * line and headers; a service from the body it has read (a retention, a legal hold, one DeleteObjects
 * entry). Values are as sent: judging them is the services' business, after authorisation ([P47]).
 *
 * @param target what the operation addresses
 * @param copySource the {@code x-amz-copy-source} of CopyObject and UploadPartCopy; null otherwise
 * @param bypass {@code x-amz-bypass-governance-retention}; null when not sent
 * @param lock the requested Object Lock values, from headers or body; {@link LockValues#NONE} when none
 * @param tagging whether {@code x-amz-tagging} was sent
 * @param bucketObjectLock whether CreateBucket sent {@code x-amz-bucket-object-lock-enabled: true}
 * @param listing the listing parameters that are condition keys; {@link Listing#NONE} when none
 * @param job what an S3 Control job request and the job it addresses give the job condition keys and
 *     iam:PassRole; {@link JobFacts#NONE} for every other request
 */
public record AccessRequest(
        OperationAccess operation,
        Target target,
        Target copySource,
        Boolean bypass,
        LockValues lock,
        boolean tagging,
        boolean bucketObjectLock,
        Listing listing,
        JobFacts job) {

    /**
     * A bucket, an object (with a versionId, or null for the current version) or a job; unused parts
     * are null.
     */
    public record Target(String bucket, String key, String versionId, String jobId) {}

    /** {@code x-amz-object-lock-*} headers or the Retention / LegalHold body, each null when absent. */
    public record LockValues(String mode, String retainUntilDate, String legalHold) {
        public static final LockValues NONE = new LockValues(null, null, null);
    }

    /** The {@code prefix}, {@code delimiter} and {@code max-keys} of a listing, each null when absent. */
    public record Listing(String prefix, String delimiter, String maxKeys) {
        public static final Listing NONE = new Listing(null, null, null);
    }

    /**
     * The job keys of [P.8] and [P90]: from the request (CreateJob, UpdateJobPriority, PutJobTagging) and
     * from the job it addresses (every {@code /jobs/{id}} operation). Each value is null, and each tag map
     * empty, when the request or the job does not have it; {@code requestTags} is null when no tags were
     * sent, so {@code aws:TagKeys} is absent then.
     *
     * @param roleArn the RoleArn of a CreateJob: iam:PassRole is evaluated on it ([P76])
     */
    public record JobFacts(
            String roleArn,
            String requestPriority,
            String requestOperation,
            Map<String, String> requestTags,
            String existingPriority,
            String existingOperation,
            String suspendedCause,
            Map<String, String> resourceTags) {

        public static final JobFacts NONE = new JobFacts(null, null, null, null, null, null, null, Map.of());

        public JobFacts {
            requestTags = requestTags == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(requestTags));
            resourceTags =
                    resourceTags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(resourceTags));
        }

        /** What a CreateJob sends: its role, priority, operation and tags (null when it sends none). */
        public static JobFacts creating(String roleArn, Integer priority, String operation, Map<String, String> tags) {
            return new JobFacts(
                    roleArn,
                    priority == null ? null : priority.toString(),
                    operation,
                    tags,
                    null,
                    null,
                    null,
                    Map.of());
        }

        /** What the addressed job holds: its priority, operation, suspension cause and tags. */
        public static JobFacts existing(
                int priority, String operation, String suspendedCause, Map<String, String> tags) {
            return new JobFacts(null, null, null, null, Integer.toString(priority), operation, suspendedCause, tags);
        }

        /** These values plus the priority an UpdateJobPriority asks for. */
        public JobFacts withRequestPriority(int priority) {
            return new JobFacts(
                    roleArn,
                    Integer.toString(priority),
                    requestOperation,
                    requestTags,
                    existingPriority,
                    existingOperation,
                    suspendedCause,
                    resourceTags);
        }

        /** These values plus the tag set a PutJobTagging sends. */
        public JobFacts withRequestTags(Map<String, String> tags) {
            return new JobFacts(
                    roleArn,
                    requestPriority,
                    requestOperation,
                    tags,
                    existingPriority,
                    existingOperation,
                    suspendedCause,
                    resourceTags);
        }
    }

    /** A request with no extras: ListBuckets, ListJobs, CreateJob. */
    public static AccessRequest account(OperationAccess operation) {
        return of(operation, new Target(null, null, null, null));
    }

    public static AccessRequest bucket(OperationAccess operation, String bucket) {
        return of(operation, new Target(bucket, null, null, null));
    }

    public static AccessRequest object(OperationAccess operation, String bucket, String key, String versionId) {
        return of(operation, new Target(bucket, key, versionId, null));
    }

    public static AccessRequest job(OperationAccess operation, String jobId) {
        return of(operation, new Target(null, null, null, jobId));
    }

    /** What an S3 request addresses; the parts its row does not use are ignored. */
    public static AccessRequest of(OperationAccess operation, String bucket, String key, String versionId) {
        return of(operation, new Target(bucket, key, versionId, null));
    }

    private static AccessRequest of(OperationAccess operation, Target target) {
        return new AccessRequest(
                operation, target, null, null, LockValues.NONE, false, false, Listing.NONE, JobFacts.NONE);
    }

    public AccessRequest withCopySource(String bucket, String key, String versionId) {
        return new AccessRequest(
                operation,
                target,
                new Target(bucket, key, versionId, null),
                bypass,
                lock,
                tagging,
                bucketObjectLock,
                listing,
                job);
    }

    public AccessRequest withBypass(Boolean header) {
        return new AccessRequest(operation, target, copySource, header, lock, tagging, bucketObjectLock, listing, job);
    }

    public AccessRequest withLock(LockValues values) {
        return new AccessRequest(
                operation, target, copySource, bypass, values, tagging, bucketObjectLock, listing, job);
    }

    public AccessRequest withTagging(boolean header) {
        return new AccessRequest(operation, target, copySource, bypass, lock, header, bucketObjectLock, listing, job);
    }

    public AccessRequest withBucketObjectLock(boolean header) {
        return new AccessRequest(operation, target, copySource, bypass, lock, tagging, header, listing, job);
    }

    public AccessRequest withListing(Listing values) {
        return new AccessRequest(operation, target, copySource, bypass, lock, tagging, bucketObjectLock, values, job);
    }

    public AccessRequest withJob(JobFacts values) {
        return new AccessRequest(
                operation, target, copySource, bypass, lock, tagging, bucketObjectLock, listing, values);
    }

    /** The same target under another row, e.g. GetObjectRetention for the lock headers of a GetObject (P39). */
    public AccessRequest as(OperationAccess other) {
        return of(other, target);
    }
}

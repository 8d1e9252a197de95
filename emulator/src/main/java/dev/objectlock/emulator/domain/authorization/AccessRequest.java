package dev.objectlock.emulator.domain.authorization;

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
 */
public record AccessRequest(
        OperationAccess operation,
        Target target,
        Target copySource,
        Boolean bypass,
        LockValues lock,
        boolean tagging,
        boolean bucketObjectLock,
        Listing listing) {

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
        return new AccessRequest(operation, target, null, null, LockValues.NONE, false, false, Listing.NONE);
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
                listing);
    }

    public AccessRequest withBypass(Boolean header) {
        return new AccessRequest(operation, target, copySource, header, lock, tagging, bucketObjectLock, listing);
    }

    public AccessRequest withLock(LockValues values) {
        return new AccessRequest(operation, target, copySource, bypass, values, tagging, bucketObjectLock, listing);
    }

    public AccessRequest withTagging(boolean header) {
        return new AccessRequest(operation, target, copySource, bypass, lock, header, bucketObjectLock, listing);
    }

    public AccessRequest withBucketObjectLock(boolean header) {
        return new AccessRequest(operation, target, copySource, bypass, lock, tagging, header, listing);
    }

    public AccessRequest withListing(Listing values) {
        return new AccessRequest(operation, target, copySource, bypass, lock, tagging, bucketObjectLock, values);
    }

    /** The same target under another row, e.g. GetObjectRetention for the lock headers of a GetObject (P39). */
    public AccessRequest as(OperationAccess other) {
        return of(other, target);
    }
}

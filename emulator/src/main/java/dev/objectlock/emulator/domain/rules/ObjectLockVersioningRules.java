package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.VersioningStatus;

/**
 * Object Lock needs versioning: a bucket created with Object Lock is versioned from the start,
 * Object Lock can be enabled later only while versioning is Enabled, and once it is on,
 * versioning can no longer be suspended ([A.8, B.3, R14, R15]).
 */
public final class ObjectLockVersioningRules {

    static final String ENABLE_NEEDS_VERSIONING =
            "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration";
    static final String VERSIONING_LOCKED =
            "An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.";

    private ObjectLockVersioningRules() {}

    /** CreateBucket: a bucket created with Object Lock has versioning Enabled, any other none yet. */
    public static VersioningStatus versioningForNewBucket(boolean objectLockEnabled) {
        return objectLockEnabled ? VersioningStatus.ENABLED : VersioningStatus.UNVERSIONED;
    }

    /**
     * PutObjectLockConfiguration enables Object Lock only on a bucket whose versioning is Enabled;
     * a bucket that has Object Lock already may change its default retention whatever it says
     * ([B.3, R14]).
     */
    public static void checkEnableObjectLock(Bucket bucket) {
        if (!bucket.objectLockEnabled() && bucket.versioning() != VersioningStatus.ENABLED) {
            throw S3Exception.of(S3ErrorCode.INVALID_BUCKET_STATE, ENABLE_NEEDS_VERSIONING);
        }
    }

    /** PutBucketVersioning: a bucket with Object Lock cannot be suspended ([A.8, R15]). */
    public static void checkVersioningChange(Bucket bucket, VersioningStatus requested) {
        if (bucket.objectLockEnabled() && requested == VersioningStatus.SUSPENDED) {
            throw S3Exception.of(S3ErrorCode.INVALID_BUCKET_STATE, VERSIONING_LOCKED);
        }
    }
}

package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import java.time.Instant;

/**
 * The Object Lock of a new version, for every write that makes one (PutObject, CopyObject,
 * CreateMultipartUpload and its completion): what the request may ask for, what integrity check
 * it then needs, and the lock the version gets.
 */
public final class NewVersionLockRules {

    static final String INTEGRITY_REQUIRED = "Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object "
            + "requests with Object Lock parameters";

    static final String PART_INTEGRITY_REQUIRED = "Content-MD5 OR x-amz-checksum- HTTP header is required for Put "
            + "Part requests with Object Lock parameters";

    private NewVersionLockRules() {}

    /**
     * The lock a write to {@code target} asks for with its {@code x-amz-object-lock-*} values
     * (each null when absent): the values judged first, then whether the bucket has Object Lock
     * at all ([B.5, R23]).
     */
    public static LockRequestRules.RequestedLock requested(
            String mode, String retainUntilDate, String legalHold, Bucket target, Instant now) {
        LockRequestRules.RequestedLock lock = LockRequestRules.fromHeaders(mode, retainUntilDate, legalHold, now);
        if (!lock.isEmpty() && !target.objectLockEnabled()) {
            throw LockRequestRules.missingLockConfigurationOnWrite();
        }
        return lock;
    }

    /**
     * AWS demands an integrity check (Content-MD5 or an x-amz-checksum header or trailer) of a
     * PutObject whenever the new version will be locked: the request names a retention or legal
     * hold, or the bucket has a default retention ([B.5, R22]).
     */
    public static void checkIntegrity(
            LockRequestRules.RequestedLock requested, Bucket target, boolean integrityDeclared) {
        if ((!requested.isEmpty() || target.defaultRetention() != null) && !integrityDeclared) {
            throw S3Exception.invalidRequest(INTEGRITY_REQUIRED);
        }
    }

    /**
     * The same demand on each UploadPart of an upload whose version will be locked: the upload was
     * created with lock headers, or the bucket has a default retention when the part arrives ([R64]).
     */
    public static void checkPartIntegrity(ObjectLock uploadLock, Bucket target, boolean integrityDeclared) {
        boolean locked =
                uploadLock.retention() != null || uploadLock.legalHold() != null || target.defaultRetention() != null;
        if (locked && !integrityDeclared) {
            throw S3Exception.invalidRequest(PART_INTEGRITY_REQUIRED);
        }
    }

    /**
     * The lock a new version gets. None on a bucket without Object Lock; otherwise the retention
     * the request named or, when it named none, the bucket's default rule as it stands now,
     * counted from {@code now}; and the legal hold the request named ([R18, R19]).
     */
    public static ObjectLock forNewVersion(Bucket bucket, LockRequestRules.RequestedLock requested, Instant now) {
        if (!bucket.objectLockEnabled()) {
            return ObjectLock.NONE;
        }
        Retention retention = requested.retention() != null
                ? requested.retention()
                : bucket.defaultRetention() == null
                        ? null
                        : DefaultRetentionCalculator.retentionFor(bucket.defaultRetention(), now);
        return new ObjectLock(retention, requested.legalHold());
    }
}

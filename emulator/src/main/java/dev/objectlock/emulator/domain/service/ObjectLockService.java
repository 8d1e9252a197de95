package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ObjectLockConfigurationRequest;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.LockRequestRules;
import dev.objectlock.emulator.domain.rules.ObjectLockConfigurationRules;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import dev.objectlock.emulator.domain.rules.ObjectLockVersioningRules;
import java.time.Clock;
import java.time.Instant;

/**
 * Object Lock use cases: a bucket's lock configuration and each version's retention and legal
 * hold. Every change runs in one transaction holding the bucket's row lock, the same lock every
 * removal takes, so a check and the change it allows can never be separated by a racing request.
 */
public final class ObjectLockService {

    /** The version a retention or legal-hold request addresses; a null versionId means the current one. */
    public record VersionRef(String bucket, String key, String versionId) {}

    private final BucketRepository buckets;
    private final Buckets lookup;
    private final ObjectVersionRepository versions;
    private final ObjectService objects;
    private final Transactions tx;
    private final Clock clock;
    private final ReplicationRecorder replication;

    public ObjectLockService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            ObjectService objects,
            Transactions tx,
            Clock clock,
            ReplicationRecorder replication) {
        this.replication = replication;
        this.buckets = buckets;
        this.lookup = new Buckets(buckets);
        this.versions = versions;
        this.objects = objects;
        this.tx = tx;
        this.clock = clock;
    }

    /** GetObjectLockConfiguration: 404 ObjectLockConfigurationNotFoundError without Object Lock ([B.3]). */
    public Bucket getConfiguration(String bucketName) {
        Bucket bucket = lookup.require(bucketName);
        if (!bucket.objectLockEnabled()) {
            throw S3Exception.of(S3ErrorCode.OBJECT_LOCK_CONFIGURATION_NOT_FOUND)
                    .with("BucketName", bucketName);
        }
        return bucket;
    }

    /**
     * PutObjectLockConfiguration: enables Object Lock on a bucket whose versioning is Enabled (or
     * that has it already) and sets or clears its default retention ([B.3, B.4, R14, R17]).
     */
    public void putConfiguration(String bucketName, ObjectLockConfigurationRequest requested) {
        lookup.require(bucketName);
        DefaultRetention rule = ObjectLockConfigurationRules.validate(requested);
        tx.inTransaction(() -> {
            ObjectLockVersioningRules.checkEnableObjectLock(lookup.requireForUpdate(bucketName));
            buckets.updateObjectLock(bucketName, rule);
        });
    }

    /** PutObjectRetention for a caller not authorised per request (open mode). */
    public void putRetention(VersionRef ref, String mode, String retainUntilDate, Boolean bypass) {
        putRetention(ref, mode, retainUntilDate, bypass, RequestAccess.UNRESTRICTED);
    }

    /**
     * PutObjectRetention ([B.8], in its order of checks). The caller's permissions are checked with
     * the lock keys of the body, after the bucket checks and before the version is looked up ([P.8],
     * P47): s3:PutObjectRetention, and s3:BypassGovernanceRetention when the header is true.
     */
    public void putRetention(
            VersionRef ref, String mode, String retainUntilDate, Boolean bypass, RequestAccess access) {
        Instant now = clock.instant();
        tx.inTransaction(() -> {
            Bucket bucket = lockedBucketWithObjectLock(ref.bucket());
            access.authorize(
                    AccessRequest.object(OperationAccess.PUT_OBJECT_RETENTION, ref.bucket(), ref.key(), ref.versionId())
                            .withBypass(bypass)
                            .withLock(new AccessRequest.LockValues(mode, retainUntilDate, null)));
            ObjectVersion version = objects.readableVersion(bucket, ref.key(), ref.versionId(), VersionAccess.CHANGE);
            Retention requested = LockRequestRules.fromRetentionBody(mode, retainUntilDate, now);
            ObjectLockPolicy.checkRetentionChange(
                    version.lock().retention(), requested, ObjectLockPolicy.bypassFor(bucket, bypass), now);
            versions.updateLock(
                    ref.bucket(), ref.key(), version.versionId(), version.lock().withRetention(requested));
            replication.metadataChanged(version, now);
        });
    }

    /** GetObjectRetention: 404 NoSuchObjectLockConfiguration when never set ([R32]). */
    public Retention getRetention(VersionRef ref) {
        Bucket bucket = bucketWithObjectLock(ref.bucket());
        ObjectVersion version = objects.readableVersion(bucket, ref.key(), ref.versionId(), VersionAccess.READ);
        if (version.lock().retention() == null) {
            throw noLockConfiguration();
        }
        return version.lock().retention();
    }

    /** PutObjectLegalHold for a caller not authorised per request (open mode). */
    public void putLegalHold(VersionRef ref, String status) {
        putLegalHold(ref, status, RequestAccess.UNRESTRICTED);
    }

    /**
     * PutObjectLegalHold: allowed whatever the retention, no bypass needed ([B.9]), to whoever may
     * s3:PutObjectLegalHold, checked with the body's status as s3:object-lock-legal-hold ([P44], E.8).
     */
    public void putLegalHold(VersionRef ref, String status, RequestAccess access) {
        Instant now = clock.instant();
        tx.inTransaction(() -> {
            Bucket bucket = lockedBucketWithObjectLock(ref.bucket());
            access.authorize(AccessRequest.object(
                            OperationAccess.PUT_OBJECT_LEGAL_HOLD, ref.bucket(), ref.key(), ref.versionId())
                    .withLock(new AccessRequest.LockValues(null, null, status)));
            ObjectVersion version = objects.readableVersion(bucket, ref.key(), ref.versionId(), VersionAccess.CHANGE);
            LegalHoldStatus hold = LockRequestRules.fromLegalHoldBody(status);
            versions.updateLock(
                    ref.bucket(), ref.key(), version.versionId(), version.lock().withLegalHold(hold));
            replication.metadataChanged(version, now);
        });
    }

    /** GetObjectLegalHold: OFF once lifted, 404 NoSuchObjectLockConfiguration when never set ([R32, R33]). */
    public LegalHoldStatus getLegalHold(VersionRef ref) {
        Bucket bucket = bucketWithObjectLock(ref.bucket());
        ObjectVersion version = objects.readableVersion(bucket, ref.key(), ref.versionId(), VersionAccess.READ);
        if (version.lock().legalHold() == null) {
            throw noLockConfiguration();
        }
        return version.lock().legalHold();
    }

    private Bucket lockedBucketWithObjectLock(String name) {
        Bucket bucket = lookup.requireForUpdate(name);
        if (!bucket.objectLockEnabled()) {
            throw LockRequestRules.missingLockConfiguration();
        }
        return bucket;
    }

    private Bucket bucketWithObjectLock(String name) {
        Bucket bucket = lookup.require(name);
        if (!bucket.objectLockEnabled()) {
            throw LockRequestRules.missingLockConfiguration();
        }
        return bucket;
    }

    private static S3Exception noLockConfiguration() {
        return S3Exception.of(S3ErrorCode.NO_SUCH_OBJECT_LOCK_CONFIGURATION);
    }
}

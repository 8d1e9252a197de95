package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.BucketAcl;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectOwnership;
import dev.objectlock.emulator.domain.model.VersionAccess;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.AclRules;
import dev.objectlock.emulator.domain.rules.VersioningRules;

/**
 * Get/PutBucketAcl, Get/PutObjectAcl and Put/Get/DeleteBucketOwnershipControls ([R80]-[R86]). A body
 * or headers are checked in full before the bucket's Object Ownership is asked whether ACLs may be
 * set, as recorded: a bad canned name is InvalidArgument even where ACLs are disabled.
 */
public final class AclService {

    /** The ACL as GetBucketAcl and GetObjectAcl return it, with its owner's canonical id. */
    public record OwnedAcl(String ownerId, AccessControlList acl) {}

    private final Buckets buckets;
    private final ObjectVersionRepository versions;
    private final Acls acls;
    private final Transactions tx;

    public AclService(BucketRepository buckets, ObjectVersionRepository versions, Acls acls, Transactions tx) {
        this.buckets = new Buckets(buckets);
        this.versions = versions;
        this.acls = acls;
        this.tx = tx;
    }

    public OwnedAcl getBucketAcl(String bucket) {
        buckets.require(bucket);
        BucketAcl state = acls.bucket(bucket);
        return owned(AclRules.readable(state.ownership(), state.acl(), acls.ownerId()));
    }

    public void putBucketAcl(String bucket, AclRequest request) {
        buckets.require(bucket);
        AccessControlList acl = AclRules.forPutAcl(request, acls.ownerId());
        tx.inTransaction(() -> {
            buckets.requireForUpdate(bucket);
            BucketAcl state = acls.bucket(bucket);
            AclRules.checkSettable(state.ownership(), acl, acls.ownerId());
            acls.repository().putBucket(bucket, new BucketAcl(state.ownership(), acl));
        });
    }

    /** GetObjectAcl: 404 on a current delete marker, 405 on one named by id ([R86]). */
    public OwnedAcl getObjectAcl(String bucketName, String key, String rawVersionId) {
        Bucket bucket = buckets.require(bucketName);
        VersionEntry version = addressed(bucket, key, rawVersionId, VersionAccess.READ);
        AccessControlList stored = acls.repository()
                .findVersion(bucketName, key, version.versionId())
                .orElse(null);
        return owned(AclRules.readable(acls.bucket(bucketName).ownership(), stored, acls.ownerId()));
    }

    /** PutObjectAcl: 405 on a delete marker, current or named by id ([R86]). */
    public void putObjectAcl(String bucketName, String key, String rawVersionId, AclRequest request) {
        buckets.require(bucketName);
        AccessControlList acl = AclRules.forPutAcl(request, acls.ownerId());
        tx.inTransaction(() -> {
            Bucket bucket = buckets.requireForUpdate(bucketName);
            VersionEntry version = addressed(bucket, key, rawVersionId, VersionAccess.CHANGE);
            AclRules.checkSettable(acls.bucket(bucketName).ownership(), acl, acls.ownerId());
            acls.repository().putVersion(bucketName, key, version.versionId(), acl);
        });
    }

    /** GetBucketOwnershipControls: 404 OwnershipControlsNotFoundError once they were deleted [R80]. */
    public ObjectOwnership getOwnershipControls(String bucket) {
        buckets.require(bucket);
        ObjectOwnership ownership = acls.bucket(bucket).ownership();
        if (ownership == null) {
            throw S3Exception.of(S3ErrorCode.OWNERSHIP_CONTROLS_NOT_FOUND).with("BucketName", bucket);
        }
        return ownership;
    }

    /**
     * PutBucketOwnershipControls with the value of each {@code <Rule>} as sent ([R80]). Enforcing
     * bucket ownership needs a bucket ACL that grants nobody else ([R85], [E81]).
     */
    public void putOwnershipControls(String bucket, java.util.List<String> ruleValues) {
        buckets.require(bucket);
        ObjectOwnership ownership = AclRules.ownershipRule(ruleValues);
        tx.inTransaction(() -> {
            buckets.requireForUpdate(bucket);
            BucketAcl state = acls.bucket(bucket);
            if (ownership == ObjectOwnership.BUCKET_OWNER_ENFORCED
                    && state.acl() != null
                    && !state.acl().isOwnerOnly(acls.ownerId())) {
                throw S3Exception.of(S3ErrorCode.INVALID_BUCKET_ACL_WITH_OBJECT_OWNERSHIP);
            }
            acls.repository().putBucket(bucket, new BucketAcl(ownership, state.acl()));
        });
    }

    /** DeleteBucketOwnershipControls: succeeds also when there are none [R80]. */
    public void deleteOwnershipControls(String bucket) {
        buckets.require(bucket);
        tx.inTransaction(() -> {
            buckets.requireForUpdate(bucket);
            acls.repository()
                    .putBucket(bucket, new BucketAcl(null, acls.bucket(bucket).acl()));
        });
    }

    private OwnedAcl owned(AccessControlList acl) {
        return new OwnedAcl(acls.ownerId(), acl);
    }

    /**
     * The version an ACL request addresses. Unlike other sub-resources, a PUT on a key whose current
     * version is a delete marker is 405 like one naming the marker's id, while a GET is 404 ([R86]).
     */
    private VersionEntry addressed(Bucket bucket, String key, String rawVersionId, VersionAccess access) {
        VersionId versionId = VersioningRules.parseVersionId(rawVersionId, bucket.versioning());
        VersionEntry entry = versionId == null
                ? versions.findCurrent(bucket.name(), key).orElseThrow(() -> S3Exception.noSuchKey(key))
                : versions.find(bucket.name(), key, versionId)
                        .orElseThrow(() -> S3Exception.noSuchVersion(key, versionId.value()));
        if (entry instanceof DeleteMarker m) {
            throw VersioningRules.deleteMarkerMet(m, versionId != null || access == VersionAccess.CHANGE, access);
        }
        return entry;
    }
}

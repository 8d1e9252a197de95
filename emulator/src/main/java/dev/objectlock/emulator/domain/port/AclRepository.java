package dev.objectlock.emulator.domain.port;

import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.BucketAcl;
import dev.objectlock.emulator.domain.model.VersionId;
import java.util.Optional;

/**
 * Object Ownership controls and ACLs of buckets, object versions and unfinished multipart uploads.
 * Each goes with what it belongs to: DeleteBucket, the removal of a version, the end of an upload.
 */
public interface AclRepository {

    /** The bucket's controls and ACL; empty when never set, which means {@link BucketAcl#DEFAULT}. */
    Optional<BucketAcl> findBucket(String bucket);

    void putBucket(String bucket, BucketAcl acl);

    /** A version's ACL; empty for the owner-only default. */
    Optional<AccessControlList> findVersion(String bucket, String key, VersionId versionId);

    void putVersion(String bucket, String key, VersionId versionId, AccessControlList acl);

    /** The ACL an unfinished upload will give its object; empty for none. */
    Optional<AccessControlList> findUpload(String uploadId);

    void putUpload(String uploadId, AccessControlList acl);
}

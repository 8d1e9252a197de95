package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.BucketAcl;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.AclRepository;
import dev.objectlock.emulator.domain.rules.AclRules;
import java.util.Optional;

/**
 * The ACL side of every write that creates a version or an upload: what ACL the request asks for,
 * whether the bucket's Object Ownership allows it ([R82]), and keeping it with the new version.
 */
public final class Acls {

    private final AclRepository repository;
    private final String ownerId;

    /** @param ownerId the canonical user id of the account that owns every bucket and object */
    public Acls(AclRepository repository, String ownerId) {
        this.repository = repository;
        this.ownerId = ownerId;
    }

    String ownerId() {
        return ownerId;
    }

    AclRepository repository() {
        return repository;
    }

    BucketAcl bucket(String bucket) {
        return repository.findBucket(bucket).orElse(BucketAcl.DEFAULT);
    }

    /** The ACL {@code request} sets on a new object in {@code bucket}, empty for the default; refused where ACLs are disabled. */
    Optional<AccessControlList> requested(String bucket, AclRequest request) {
        Optional<AccessControlList> acl = AclRules.forWrite(request, ownerId);
        acl.ifPresent(a -> AclRules.checkSettable(bucket(bucket).ownership(), a, ownerId));
        return acl;
    }

    /** Stores the ACL a write asked for on the version it created (the caller holds the bucket's lock). */
    void attach(String bucket, String key, VersionId versionId, AclRequest request) {
        requested(bucket, request).ifPresent(acl -> repository.putVersion(bucket, key, versionId, acl));
    }
}

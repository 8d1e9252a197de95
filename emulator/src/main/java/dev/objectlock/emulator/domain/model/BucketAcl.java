package dev.objectlock.emulator.domain.model;

/**
 * A bucket's Object Ownership controls and its ACL. {@code ownership} null means the controls were
 * deleted (ACLs then work as under ObjectWriter); {@code acl} null means the owner-only default.
 */
public record BucketAcl(ObjectOwnership ownership, AccessControlList acl) {

    /** Every new bucket's state: ACLs disabled, no ACL of its own [R80]. */
    public static final BucketAcl DEFAULT = new BucketAcl(ObjectOwnership.BUCKET_OWNER_ENFORCED, null);
}

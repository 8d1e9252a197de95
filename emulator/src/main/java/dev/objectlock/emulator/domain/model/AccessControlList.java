package dev.objectlock.emulator.domain.model;

import java.util.List;

/**
 * The grants of a bucket's or an object version's ACL. The owner is not part of it: in the emulator's
 * one account the bucket owner owns every bucket and object.
 */
public record AccessControlList(List<Grant> grants) {

    public AccessControlList {
        grants = List.copyOf(grants);
    }

    /** The ACL every bucket and object has until another is set: the owner with FULL_CONTROL. */
    public static AccessControlList ownerOnly(String ownerId) {
        return new AccessControlList(List.of(Grant.canonicalUser(ownerId, Grant.Permission.FULL_CONTROL)));
    }

    /**
     * Whether this ACL gives nothing beyond the owner's full control, which is what a bucket that
     * disables ACLs still accepts ([R82]).
     */
    public boolean isOwnerOnly(String ownerId) {
        return !grants.isEmpty()
                && grants.stream()
                        .allMatch(g -> g.permission() == Grant.Permission.FULL_CONTROL
                                && g.grantee().type() == Grant.GranteeType.CANONICAL_USER
                                && g.grantee().value().equals(ownerId));
    }
}

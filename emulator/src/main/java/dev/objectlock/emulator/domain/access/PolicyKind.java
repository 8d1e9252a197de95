package dev.objectlock.emulator.domain.access;

/** Where a policy document is attached, which decides the elements it must and must not have ([P53]). */
public enum PolicyKind {
    /** Attached to a user, group or role: no Principal, Resource required. */
    IDENTITY,
    /** A bucket policy: Principal required, Resource required, the [P.10] checks apply. */
    BUCKET,
    /** A role's trust policy: Principal required, Resource optional (it is the role itself). */
    TRUST
}

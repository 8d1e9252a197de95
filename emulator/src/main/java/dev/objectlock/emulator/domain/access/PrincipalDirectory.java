package dev.objectlock.emulator.domain.access;

/**
 * The principals a bucket policy may name: the account and its configured users and roles ([P69],
 * "Invalid principal in policy" for a user, role or account that is not configured).
 * {@link Identities} is one.
 */
public interface PrincipalDirectory {

    /** The 12-digit account that owns the buckets. */
    String accountId();

    /**
     * Whether {@code arn} names a configured user ({@code arn:aws:iam::ACCOUNT:user/PATH/NAME}), role
     * ({@code arn:aws:iam::ACCOUNT:role/PATH/NAME}) or a session of a configured role
     * ({@code arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION}, any session name).
     */
    boolean knows(String arn);
}

package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.IamRole;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Policy;
import dev.objectlock.emulator.domain.access.Principal;
import java.util.Optional;

/**
 * Whether Batch Operations can act as a job's role ([P76, P78, P79]): the RoleArn must name a configured
 * role of the emulator's account, path included, whose trust policy lets
 * {@code batchoperations.s3.amazonaws.com} assume it. A pure function of the identities in force.
 */
public final class JobRoles {

    /** The FailureCode and FailureReason of a job whose role cannot be assumed ([P78], the emulator's words). */
    public static final String FAILURE_CODE = "AccessDenied";

    public static final String FAILURE_REASON = "Unable to assume the job role";

    private JobRoles() {}

    /**
     * The session the job acts as, named {@code sessionName} ([P79]: AWS's session name is not
     * documented); empty when the role does not exist in the account or does not trust the service.
     */
    public static Optional<Principal.AssumedRole> assume(Identities identities, String roleArn, String sessionName) {
        return assume(identities, roleArn, sessionName, Policy.BATCH_OPERATIONS);
    }

    /** As above, for a role {@code service} acts as: replication's Role trusts {@code s3.amazonaws.com} ([P100]). */
    public static Optional<Principal.AssumedRole> assume(
            Identities identities, String roleArn, String sessionName, String service) {
        if (roleArn == null) {
            return Optional.empty();
        }
        String account = identities.accountId();
        for (IamRole role : identities.roles()) {
            if (role.arn(account).equals(roleArn)) {
                return role.trusts(service, account)
                        ? Optional.of(Principal.assumedRole(account, role.name(), role.path(), sessionName))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }
}

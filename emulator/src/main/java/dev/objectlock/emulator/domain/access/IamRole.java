package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * A role ([P4, P76]): who may assume it (the trust policy), what its sessions may do (its identity
 * policies), and static sessions to act as it.
 *
 * @param trustPolicy defaults to trusting Batch Operations (issue 12), the one service that assumes
 *     roles in the emulator
 */
public record IamRole(String name, String path, Policy trustPolicy, List<Policy> policies, List<RoleSession> sessions) {

    public IamRole {
        path = path == null ? "/" : path;
        trustPolicy = trustPolicy == null ? Policy.trusting(Policy.BATCH_OPERATIONS) : trustPolicy;
        policies = List.copyOf(policies);
        sessions = List.copyOf(sessions);
    }

    public String arn(String accountId) {
        return Principal.roleArn(accountId, name, path);
    }

    /** Whether {@code service} may assume this role ([P76, P78]). */
    public boolean trusts(String service, String accountId) {
        return PolicyEvaluator.trusts(trustPolicy, service, arn(accountId));
    }
}

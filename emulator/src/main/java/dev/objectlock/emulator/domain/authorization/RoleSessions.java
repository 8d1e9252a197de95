package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.Policy;
import java.util.Optional;

/**
 * What a Batch Operations job may do as its role ([P79]): a {@link RequestAccess} for a session of the
 * role, judged by the same {@link Authorizer} as an API caller, with the role's identity policies and
 * the policy of each bucket a step touches. In open mode every job is {@link RequestAccess#UNRESTRICTED},
 * as before roles were enforced.
 *
 * <p>Ask again for each stretch of work: a session reads the identities in force and the emulator's clock
 * when it is made, so a policy changed while a job runs applies to the tasks not yet run ([P84]).
 */
public final class RoleSessions {

    private final ConfiguredIdentities identities;
    private final Authorizer authorizer;

    public RoleSessions(ConfiguredIdentities identities, Authorizer authorizer) {
        this.identities = identities;
        this.authorizer = authorizer;
    }

    /**
     * The access of a session of {@code roleArn} named {@code sessionName}; empty in secured mode when
     * the role cannot be assumed ([P78]).
     */
    public Optional<RequestAccess> session(String roleArn, String sessionName) {
        return session(roleArn, sessionName, Policy.BATCH_OPERATIONS);
    }

    /**
     * The access of replication acting as a configuration's Role ([P100]): the role must trust
     * {@code s3.amazonaws.com}; empty in secured mode when it cannot be assumed.
     */
    public Optional<RequestAccess> replicationSession(String roleArn) {
        return session(roleArn, "s3-replication", Policy.S3);
    }

    /** The access of a session of a role {@code service} assumes. */
    public Optional<RequestAccess> session(String roleArn, String sessionName, String service) {
        Optional<Identities> current = identities.current();
        if (current.isEmpty()) {
            return Optional.of(RequestAccess.UNRESTRICTED);
        }
        Identities in = current.get();
        // A service acting on its own: no source address, no signature of a client request.
        return JobRoles.assume(in, roleArn, sessionName, service)
                .map(session -> authorizer.forCaller(in, new Caller(session, null, null, null)));
    }
}

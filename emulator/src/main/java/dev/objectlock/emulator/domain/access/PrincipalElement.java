package dev.objectlock.emulator.domain.access;

import java.util.List;
import java.util.Set;

/**
 * A Principal or NotPrincipal element ([P.1, P55, P61]; IAM User Guide "AWS JSON policy elements:
 * Principal" and "NotPrincipal"). {@code aws} holds ARNs, an account ID already turned into its
 * {@code :root} ARN (the two "behave the same way"); {@code everyone} is {@code "*"} or
 * {@code {"AWS":"*"}}, which include anonymous callers.
 */
public record PrincipalElement(
        boolean negated, boolean everyone, Set<String> aws, Set<String> services, Set<String> canonicalUsers) {

    public PrincipalElement {
        aws = Set.copyOf(aws);
        services = Set.copyOf(services);
        canonicalUsers = Set.copyOf(canonicalUsers);
    }

    /** Whether a statement with this element and {@code effect} speaks about the caller. */
    boolean appliesTo(KeyLookup caller, Effect effect) {
        return negated ? !exempts(caller) : names(caller, effect);
    }

    /**
     * Principal: the caller's own ARN, its role's ARN ([P59]: the role ARN grants to its sessions),
     * or its account. An account named in an Allow delegates to the account and so grants only its
     * root; an account named in a Deny hits every principal of the account ([P61]).
     */
    private boolean names(KeyLookup caller, Effect effect) {
        if (everyone) {
            return true;
        }
        Principal principal = caller.principal();
        if (principal instanceof Principal.Service service) {
            return services.contains(service.name());
        }
        List<String> chain = caller.chain();
        for (int i = 0; i < chain.size() - 1; i++) {
            if (aws.contains(chain.get(i))) {
                return true;
            }
        }
        return !chain.isEmpty()
                && namesAccount(principal, chain)
                && (effect == Effect.DENY || principal instanceof Principal.Root);
    }

    /**
     * NotPrincipal: exempt only when every ARN of the caller's chain is listed, its account included
     * (IAM User Guide "NotPrincipal": without the account ARN "the policy might deny access to the
     * entire account containing the principal"; [P55]).
     */
    private boolean exempts(KeyLookup caller) {
        if (everyone) {
            return true;
        }
        Principal principal = caller.principal();
        if (principal instanceof Principal.Service service) {
            return services.contains(service.name());
        }
        List<String> chain = caller.chain();
        if (chain.isEmpty()) {
            return false;
        }
        for (int i = 0; i < chain.size() - 1; i++) {
            if (!aws.contains(chain.get(i))) {
                return false;
            }
        }
        return namesAccount(principal, chain);
    }

    /** The account's root ARN ends every chain; canonical IDs are hashed only when a policy names one. */
    private boolean namesAccount(Principal principal, List<String> chain) {
        return aws.contains(chain.get(chain.size() - 1))
                || !canonicalUsers.isEmpty() && canonicalUsers.contains(IamIds.canonicalUserId(principal.accountId()));
    }
}

package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * The caller as one evaluation sees it: the principal, its ARN chain (built once, not once per
 * statement), and its keys: the principal's own ([P6]: {@code aws:username},
 * {@code aws:userid}, {@code aws:PrincipalArn}, {@code aws:PrincipalAccount},
 * {@code aws:PrincipalType}) before the request's {@link ConditionContext}, so that a context cannot
 * override who the caller is. Keys arrive in lower case (the parser lower-cases policy keys once).
 */
final class KeyLookup {

    private final Principal principal;
    private final ConditionContext context;
    private List<String> chain;

    KeyLookup(Principal principal, ConditionContext context) {
        this.principal = principal;
        this.context = context;
    }

    Principal principal() {
        return principal;
    }

    /** {@link Principal#chain()}, built on first use. */
    List<String> chain() {
        if (chain == null) {
            chain = principal.chain();
        }
        return chain;
    }

    /** All values of the key, or null when absent. */
    List<String> values(String lowerKey) {
        String own = principal.contextValue(lowerKey);
        if (own != null) {
            return List.of(own);
        }
        return context.lowerCaseValues(lowerKey);
    }

    /**
     * The value a policy variable takes; null when absent or multivalued, since "you can't use
     * multivalued context keys as policy variables" (IAM User Guide, "Single-valued vs. multivalued
     * context keys").
     */
    String single(String lowerKey) {
        String own = principal.contextValue(lowerKey);
        if (own != null) {
            return own;
        }
        List<String> v = context.lowerCaseValues(lowerKey);
        return v == null || v.size() != 1 ? null : v.get(0);
    }
}

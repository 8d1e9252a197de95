package dev.objectlock.emulator.domain.access;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides one action for one caller, within the account that owns the resource ([P.9], [P57]–[P65]; IAM
 * User Guide "Policy evaluation logic", same-account requests):
 * <ol>
 * <li>a matching Deny in any identity policy or in the bucket policy is an explicit deny ([P58]);</li>
 * <li>otherwise an Allow in either the identity policies or the bucket policy suffices ([P59]);</li>
 * <li>otherwise the request is implicitly denied ([P62]).</li>
 * </ol>
 * The account root has no identity policies and is allowed whatever only a bucket-policy Deny does not
 * forbid ([P60]). Anonymous callers have no identity policies: only the bucket policy's {@code "*"}
 * statements speak about them ([P63]).
 *
 * <p>Pure functions, no clock: time arrives as {@code aws:CurrentTime} in the context. Object Lock is
 * not decided here: an allowed request may still be refused because a version is locked, and
 * COMPLIANCE binds the root too ([P43, P47]); ObjectLockPolicy decides that, after this evaluator.
 */
public final class PolicyEvaluator {

    /**
     * What the root can always do on its own buckets, whatever the bucket policy says, so that it can
     * never lock itself out ([P60]; SDK model PutBucketPolicy).
     */
    private static final Set<String> ROOT_KEEPS =
            Set.of("s3:getbucketpolicy", "s3:putbucketpolicy", "s3:deletebucketpolicy");

    private enum Match {
        NONE,
        ALLOW,
        DENY
    }

    private PolicyEvaluator() {}

    /**
     * @param action the action, e.g. {@code s3:PutObjectRetention} (any case)
     * @param resourceArn e.g. {@code arn:aws:s3:::bucket/key}, or {@code *} for actions without a
     *     resource type ([P.6])
     * @param identityPolicies the caller's identity policies (user, its groups, or the session's role);
     *     ignored for the root and anonymous callers, who have none
     * @param resourcePolicy the bucket policy (or a role's trust policy), or null when there is none
     */
    public static Decision evaluate(
            Principal principal,
            String action,
            String resourceArn,
            ConditionContext context,
            List<Policy> identityPolicies,
            Policy resourcePolicy) {
        String lowerAction = action.toLowerCase(Locale.ROOT);
        KeyLookup keys = new KeyLookup(principal, context);
        boolean root = principal instanceof Principal.Root;
        Match identity = Match.NONE;
        if (!root && principal != Principal.ANONYMOUS) {
            for (Policy p : identityPolicies) {
                identity = worse(identity, scan(p, lowerAction, resourceArn, keys, false));
                if (identity == Match.DENY) {
                    // UNCERTAIN: with a Deny in both kinds the message names the identity-based one;
                    // AWS documents no precedence between the two.
                    return Decision.EXPLICIT_DENY_IDENTITY;
                }
            }
        }
        Match resource =
                resourcePolicy == null ? Match.NONE : scan(resourcePolicy, lowerAction, resourceArn, keys, true);
        if (resource == Match.DENY) {
            return root && ROOT_KEEPS.contains(lowerAction) ? Decision.ALLOW : Decision.EXPLICIT_DENY_RESOURCE;
        }
        if (root || identity == Match.ALLOW || resource == Match.ALLOW) {
            return Decision.ALLOW;
        }
        return Decision.IMPLICIT_DENY;
    }

    /**
     * Whether a role's trust policy lets {@code service} assume it ([P76]): sts:AssumeRole evaluated
     * for the service principal against the trust policy, as a resource-based policy.
     */
    public static boolean trusts(Policy trustPolicy, String service, String roleArn) {
        return evaluate(
                        Principal.service(service),
                        "sts:AssumeRole",
                        roleArn,
                        ConditionContext.EMPTY,
                        List.of(),
                        trustPolicy)
                .allowed();
    }

    /** The strongest matching effect in one policy; stops at the first Deny. */
    private static Match scan(
            Policy policy, String lowerAction, String resourceArn, KeyLookup keys, boolean resourceBased) {
        Match found = Match.NONE;
        for (Statement s : policy.statements()) {
            if (resourceBased && s.principal() == null) {
                continue; // a resource-based statement without Principal names nobody
            }
            if (s.matches(lowerAction, resourceArn, keys)) {
                if (s.effect() == Effect.DENY) {
                    return Match.DENY;
                }
                found = Match.ALLOW;
            }
        }
        return found;
    }

    private static Match worse(Match a, Match b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

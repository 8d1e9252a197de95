package dev.objectlock.emulator.domain.access;

import java.util.List;
import java.util.Set;

/**
 * Whether a bucket policy is public, as GetBucketPolicyStatus reports it in {@code IsPublic}. The S3 User
 * Guide, "The meaning of 'public'" (quoted in the API reference of PublicAccessBlockConfiguration):
 * "Amazon S3 considers a bucket policy public unless at least one of the following conditions is true:
 * the policy limits access to a set of CIDRs using aws:SourceIp; the policy grants permissions to a
 * fixed AWS principal, user, role, or service principal, a fixed aws:SourceArn, aws:SourceVpc,
 * aws:SourceVpce, aws:SourceOwner, aws:SourceAccount, s3:x-amz-server-side-encryption-aws-kms-key-id,
 * or a fixed value of aws:userid outside the pattern 'AROLEID:*'".
 *
 * <p>So a policy is public when one of its Allow statements grants to everyone ({@code "*"} or
 * {@code {"AWS":"*"}}) and no condition of that statement narrows the grant: a condition that demands
 * a fixed value (no wildcard) of one of those keys, or an address in a CIDR (other than {@code /0}) of
 * aws:SourceIp. Conditions that an absent key passes ({@code ...IfExists}, {@code ForAllValues}, the
 * negated operators) narrow nothing. Deny statements never make a policy public. What the User Guide
 * calls "bad actions" is not weighed: any Allow to everyone counts [UNCERTAIN].
 */
public final class PublicPolicies {

    /** Keys whose fixed value narrows a grant to known callers; lower case, as conditions keep them. */
    private static final Set<String> FIXING_KEYS = Set.of(
            "aws:sourcearn",
            "aws:sourcevpc",
            "aws:sourcevpce",
            "aws:sourceowner",
            "aws:sourceaccount",
            "s3:x-amz-server-side-encryption-aws-kms-key-id",
            "aws:userid",
            // UNCERTAIN: the current User Guide page adds the principal's own account, ARN and organization.
            "aws:principalaccount",
            "aws:principalarn",
            "aws:principalorgid");

    private static final Set<ConditionOperator> EQUALITY = Set.of(
            ConditionOperator.STRING_EQUALS,
            ConditionOperator.STRING_EQUALS_IGNORE_CASE,
            ConditionOperator.STRING_LIKE,
            ConditionOperator.ARN_EQUALS,
            ConditionOperator.ARN_LIKE);
    private static final String SOURCE_IP = "aws:sourceip";
    private static final String USER_ID = "aws:userid";

    private PublicPolicies() {}

    /** Whether {@code policy}, a bucket policy, grants access to everyone without narrowing it. */
    public static boolean isPublic(Policy policy) {
        for (Statement s : policy.statements()) {
            if (s.effect() == Effect.ALLOW && grantsEveryone(s.principal()) && !narrowed(s.conditions())) {
                return true;
            }
        }
        return false;
    }

    private static boolean grantsEveryone(PrincipalElement principal) {
        return principal != null && !principal.negated() && principal.everyone();
    }

    private static boolean narrowed(List<Condition> conditions) {
        for (Condition c : conditions) {
            if (narrows(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean narrows(Condition c) {
        if (c.ifExists()
                || c.qualifier() == Condition.Qualifier.FOR_ALL_VALUES
                || c.operator().negated()) {
            return false;
        }
        if (c.key().equals(SOURCE_IP)) {
            return c.operator() == ConditionOperator.IP_ADDRESS
                    && c.values().stream().noneMatch(v -> v.strip().endsWith("/0"));
        }
        if (!FIXING_KEYS.contains(c.key()) || !EQUALITY.contains(c.operator())) {
            return false;
        }
        return c.values().stream().allMatch(v -> fixed(c.key(), v));
    }

    /**
     * A value without wildcards; for aws:userid also every session of one role, {@code AROLEID:*}, the
     * one wildcard the guide's wording admits [UNCERTAIN reading of "outside the pattern"].
     */
    private static boolean fixed(String key, String value) {
        if (key.equals(USER_ID) && value.endsWith(":*")) {
            String roleId = value.substring(0, value.length() - 2);
            return !roleId.isEmpty() && !hasWildcard(roleId);
        }
        return !value.isEmpty() && !hasWildcard(value);
    }

    private static boolean hasWildcard(String value) {
        return value.indexOf('*') >= 0 || value.indexOf('?') >= 0;
    }
}

package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * One statement ([P53]; IAM User Guide "IAM JSON policy element reference").
 *
 * @param sid the Sid, or null
 * @param principal the Principal or NotPrincipal element; null in identity policies, which have none
 * @param action the Action or NotAction element, patterns in lower case
 * @param resource the Resource or NotResource element; null when absent (trust policies), which
 *     matches any resource
 * @param conditions the tests of the Condition block, all of which must hold
 */
public record Statement(
        String sid,
        Effect effect,
        PrincipalElement principal,
        PatternList action,
        PatternList resource,
        List<Condition> conditions) {

    public Statement {
        conditions = List.copyOf(conditions);
    }

    /**
     * Whether this statement speaks about the request. {@code lowerAction} is the action in lower case
     * (action names are case-insensitive, [P54]). The principal is tested only for resource-based
     * statements, and conditions last, since they cost the most.
     */
    boolean matches(String lowerAction, String resourceArn, KeyLookup keys) {
        if (!action.matches(lowerAction, keys)) {
            return false;
        }
        if (resource != null && !resource.matches(resourceArn, keys)) {
            return false;
        }
        if (principal != null && !principal.appliesTo(keys, effect)) {
            return false;
        }
        for (Condition c : conditions) {
            if (!c.holds(keys)) {
                return false;
            }
        }
        return true;
    }
}

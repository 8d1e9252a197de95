package dev.objectlock.emulator.domain.access;

/**
 * The outcome of evaluating one action ([P57]–[P63]), precise enough to write the AccessDenied
 * message of [P.11].
 */
public enum Decision {
    /** A matching Allow and no matching Deny ([P59]), or the root of the account ([P60]). */
    ALLOW(null),
    /** No matching Allow anywhere ([P62]). */
    IMPLICIT_DENY("because no identity-based policy allows the %s action"),
    /** A matching Deny in one of the caller's identity policies ([P58]). */
    EXPLICIT_DENY_IDENTITY("with an explicit deny in an identity-based policy"),
    /** A matching Deny in the bucket policy ([P58]). */
    EXPLICIT_DENY_RESOURCE("with an explicit deny in a resource-based policy");

    private final String reason;

    Decision(String reason) {
        this.reason = reason;
    }

    public boolean allowed() {
        return this == ALLOW;
    }

    /**
     * The Message of the 403 AccessDenied ([P71, P72]; UG troubleshoot-403-errors):
     * {@code User: ARN is not authorized to perform: ACTION on resource: "RESOURCE" REASON}, no trailing
     * period, the session ARN for a role. Anonymous callers get the plain {@code Access Denied}, as do
     * cross-account callers on AWS (the evaluator knows one account only, so it never meets them). The
     * denying policy's ARN is not appended ([P72]). An IAM action such as iam:PassRole names its resource
     * unquoted, as IAM's own refusals do ([P77]).
     */
    public String accessDeniedMessage(Principal principal, String action, String resourceArn) {
        if (this == ALLOW) {
            throw new IllegalStateException("an allowed request has no AccessDenied message");
        }
        if (principal.arn() == null) {
            return "Access Denied";
        }
        String resource = action.regionMatches(true, 0, "iam:", 0, 4) ? resourceArn : "\"" + resourceArn + "\"";
        return "User: " + principal.arn() + " is not authorized to perform: " + action + " on resource: " + resource
                + " " + String.format(reason, action);
    }
}

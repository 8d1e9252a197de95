package dev.objectlock.emulator.domain.access;

/**
 * The principal condition keys ([P6]; IAM User Guide "Variables and tags", principal key values, and
 * "AWS global condition context keys"). Computed only for the key asked, since an evaluation asks for
 * request keys ({@code s3:...}) far more often than for these.
 */
final class PrincipalKeys {

    private PrincipalKeys() {}

    static String of(String lowerKey, Principal p) {
        switch (lowerKey) {
            case "aws:username":
                // the friendly name of an IAM user; "not present" for roles and the root
                return p instanceof Principal.User u ? u.name() : null;
            case "aws:userid":
                if (p instanceof Principal.User u) {
                    return u.userId();
                }
                if (p instanceof Principal.AssumedRole s) {
                    return s.roleId() + ":" + s.sessionName();
                }
                return p instanceof Principal.Root ? p.accountId() : null;
            case "aws:principalarn":
                // for a role session, the role's ARN, not the session's
                if (p instanceof Principal.AssumedRole s) {
                    return s.roleArn();
                }
                return p.accountId() == null ? null : p.arn();
            case "aws:principalaccount":
                return p.accountId();
            case "aws:principaltype":
                return type(p);
            case "aws:principalisawsservice":
                return p instanceof Principal.Service ? "true" : p.accountId() == null ? null : "false";
            case "aws:principalservicename":
                return p instanceof Principal.Service s ? s.name() : null;
            default:
                return null;
        }
    }

    private static String type(Principal p) {
        if (p instanceof Principal.Root) {
            return "Account";
        }
        if (p instanceof Principal.User) {
            return "User";
        }
        if (p instanceof Principal.AssumedRole) {
            return "AssumedRole";
        }
        return p instanceof Principal.Anonymous ? "Anonymous" : null;
    }
}

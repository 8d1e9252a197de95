package dev.objectlock.emulator.domain.access;

/**
 * The principal condition keys every signed caller has (spec P6; IAM User Guide "AWS global condition
 * context keys"); those a kind of principal lacks ({@code aws:username} for roles and root) are null.
 */
final class PrincipalKeys {

    private PrincipalKeys() {
    }

    static String of(String lowerKey, String username, String userId, String principalArn, String account,
            String type) {
        switch (lowerKey) {
            case "aws:username":
                return username;
            case "aws:userid":
                return userId;
            case "aws:principalarn":
                return principalArn;
            case "aws:principalaccount":
                return account;
            case "aws:principaltype":
                return type;
            case "aws:principalisawsservice":
                return "false";
            default:
                return null;
        }
    }
}

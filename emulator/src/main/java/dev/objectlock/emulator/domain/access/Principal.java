package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * Who makes a request ([P.1]): the account root, an IAM user, a role session, an anonymous caller,
 * or an AWS service (which appears only in trust policies). Each knows its ARN as error messages and
 * {@code aws:PrincipalArn} show it, and the values of the principal condition keys of [P6] (IAM
 * User Guide, "Variables and tags", principal key values; "AWS global condition context keys").
 */
public sealed interface Principal {

    /** The anonymous caller ([P33]): matched only by {@code "*"}, never by an identity policy. */
    Principal ANONYMOUS = new Anonymous();

    /** The ARN used in AccessDenied messages; null for an anonymous caller. */
    String arn();

    /** The 12-digit account; null for anonymous callers and services. */
    String accountId();

    /**
     * The ARNs a bucket policy must all list in {@code NotPrincipal} to exempt this principal: its own,
     * its role's, its account's (IAM User Guide, "NotPrincipal": "include both the ARN for a role and
     * the ARN for the account containing that role"; [P55]). Also what an account-wide Deny hits.
     */
    List<String> chain();

    /**
     * The value of a principal condition key given in lower case ({@code aws:username}, ...); null when
     * this principal has none, or for any other key.
     */
    default String contextValue(String lowerKey) {
        return PrincipalKeys.of(lowerKey, this);
    }

    static Principal root(String accountId) {
        return new Root(accountId);
    }

    static User user(String accountId, String name, String path) {
        String arn = "arn:aws:iam::" + accountId + ":user" + path + name;
        return new User(accountId, name, path, IamIds.uniqueId("AIDA", arn));
    }

    static AssumedRole assumedRole(String accountId, String roleName, String rolePath, String sessionName) {
        String roleArn = roleArn(accountId, roleName, rolePath);
        return new AssumedRole(accountId, roleName, rolePath, sessionName, IamIds.uniqueId("AROA", roleArn));
    }

    static Principal service(String name) {
        return new Service(name);
    }

    static String rootArn(String accountId) {
        return "arn:aws:iam::" + accountId + ":root";
    }

    static String roleArn(String accountId, String roleName, String rolePath) {
        return "arn:aws:iam::" + accountId + ":role" + rolePath + roleName;
    }

    /** The account root: {@code aws:userid} is the account ID, the type {@code Account}. */
    record Root(String accountId) implements Principal {
        @Override
        public String arn() {
            return rootArn(accountId);
        }

        @Override
        public List<String> chain() {
            return List.of(arn());
        }
    }

    /** An IAM user; {@code path} starts and ends with {@code /}; {@code userId} is its AIDA… ID. */
    record User(String accountId, String name, String path, String userId) implements Principal {
        @Override
        public String arn() {
            return "arn:aws:iam::" + accountId + ":user" + path + name;
        }

        @Override
        public List<String> chain() {
            return List.of(arn(), rootArn(accountId));
        }
    }

    /**
     * A role session, {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. Its
     * {@code aws:PrincipalArn} is the role's ARN, not the session's ("for IAM roles, the request
     * context returns the ARN of the role"), and its {@code aws:userid} is {@code AROA…:SESSION}.
     */
    record AssumedRole(String accountId, String roleName, String rolePath, String sessionName, String roleId)
            implements Principal {
        @Override
        public String arn() {
            return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
        }

        public String roleArn() {
            return Principal.roleArn(accountId, roleName, rolePath);
        }

        @Override
        public List<String> chain() {
            return List.of(arn(), roleArn(), rootArn(accountId));
        }
    }

    /** No credentials at all; only {@code aws:PrincipalType} is known. */
    record Anonymous() implements Principal {
        @Override
        public String arn() {
            return null;
        }

        @Override
        public String accountId() {
            return null;
        }

        @Override
        public List<String> chain() {
            return List.of();
        }
    }

    /** A service principal such as {@code batchoperations.s3.amazonaws.com}, assuming a role. */
    record Service(String name) implements Principal {
        @Override
        public String arn() {
            return name;
        }

        @Override
        public String accountId() {
            return null;
        }

        @Override
        public List<String> chain() {
            return List.of();
        }
    }
}

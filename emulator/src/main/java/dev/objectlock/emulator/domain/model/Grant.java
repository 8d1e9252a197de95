package dev.objectlock.emulator.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** One entry of an access control list: who is granted, and what. */
public record Grant(Grantee grantee, Permission permission) {

    /** The grantee kinds of the S3 ACL model, with their {@code xsi:type} names. */
    public enum GranteeType {
        CANONICAL_USER("CanonicalUser"),
        GROUP("Group"),
        EMAIL("AmazonCustomerByEmail");

        private final String wireName;

        GranteeType(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<GranteeType> fromWireName(String name) {
            return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
        }
    }

    /** {@code value} is a canonical user id, a group URI or an e-mail address, as {@code type} says. */
    public record Grantee(GranteeType type, String value) {}

    public enum Permission {
        FULL_CONTROL,
        WRITE,
        WRITE_ACP,
        READ,
        READ_ACP;

        public static Optional<Permission> fromWireName(String name) {
            return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
        }
    }

    public static Grant canonicalUser(String id, Permission permission) {
        return new Grant(new Grantee(GranteeType.CANONICAL_USER, id), permission);
    }

    public static Grant group(String uri, Permission permission) {
        return new Grant(new Grantee(GranteeType.GROUP, uri), permission);
    }
}

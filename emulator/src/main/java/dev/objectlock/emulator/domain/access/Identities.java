package dev.objectlock.emulator.domain.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identities of the emulator's one account ([P.1, P3, P4]; issue 12): its root, users, groups
 * and roles, checked as a whole when built ({@link IdentitiesCheck}) and indexed by access key.
 * Immutable: replacing identities means building new ones, so a request sees one set or the other.
 */
public final class Identities implements PrincipalDirectory {

    /** What an access key stands for: the key (secret, token) and the principal it authenticates. */
    public record Credential(AccessKey key, Principal principal) {}

    private final String accountId;
    private final AccessKey root;
    private final List<IamUser> users;
    private final List<IamGroup> groups;
    private final List<IamRole> roles;
    private final Map<String, Credential> byAccessKey = new HashMap<>();
    private final Map<String, IamUser> usersByArn = new HashMap<>();
    private final Map<String, IamGroup> groupsByName = new HashMap<>();
    private final Map<String, IamRole> rolesByName = new HashMap<>();

    /**
     * @param root the root's keys, or null: the root then has no keys and exists only as the bucket
     *     owner (issue 12)
     * @throws InvalidIdentitiesException naming every fault by path
     */
    public Identities(
            String accountId, AccessKey root, List<IamUser> users, List<IamGroup> groups, List<IamRole> roles) {
        List<String> errors = IdentitiesCheck.problems(accountId, root, users, groups, roles);
        if (!errors.isEmpty()) {
            throw new InvalidIdentitiesException(errors);
        }
        this.accountId = accountId;
        this.root = root;
        this.users = List.copyOf(users);
        this.groups = List.copyOf(groups);
        this.roles = List.copyOf(roles);
        if (root != null) {
            byAccessKey.put(root.accessKeyId(), new Credential(root, Principal.root(accountId)));
        }
        for (IamUser u : users) {
            Principal.User principal = Principal.user(accountId, u.name(), u.path());
            byAccessKey.put(u.accessKey().accessKeyId(), new Credential(u.accessKey(), principal));
            usersByArn.put(principal.arn(), u);
        }
        groups.forEach(g -> groupsByName.put(g.name(), g));
        for (IamRole r : roles) {
            rolesByName.put(r.name(), r);
            for (RoleSession s : r.sessions()) {
                Principal session = Principal.assumedRole(accountId, r.name(), r.path(), s.sessionName());
                byAccessKey.put(s.accessKey().accessKeyId(), new Credential(s.accessKey(), session));
            }
        }
    }

    /** No users or roles: the root alone, without keys. */
    public static Identities none(String accountId) {
        return new Identities(accountId, null, List.of(), List.of(), List.of());
    }

    @Override
    public String accountId() {
        return accountId;
    }

    public Optional<AccessKey> root() {
        return Optional.ofNullable(root);
    }

    public List<IamUser> users() {
        return users;
    }

    public List<IamGroup> groups() {
        return groups;
    }

    public List<IamRole> roles() {
        return roles;
    }

    public Optional<IamRole> role(String name) {
        return Optional.ofNullable(rolesByName.get(name));
    }

    /** The key and principal of {@code accessKeyId}; empty for an unknown key ([P3, E29]). */
    public Optional<Credential> credential(String accessKeyId) {
        return Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    /**
     * The identity policies that apply to {@code principal}: a user's own and its groups', a session's
     * role's; none for the root and anonymous callers ([P.1] table).
     */
    public List<Policy> identityPolicies(Principal principal) {
        if (principal instanceof Principal.User u) {
            IamUser user = usersByArn.get(u.arn());
            if (user == null) {
                return List.of();
            }
            List<Policy> policies = new ArrayList<>(user.policies());
            for (String g : user.groups()) {
                policies.addAll(groupsByName.get(g).policies());
            }
            return policies;
        }
        if (principal instanceof Principal.AssumedRole s) {
            IamRole role = rolesByName.get(s.roleName());
            return role == null ? List.of() : role.policies();
        }
        return List.of();
    }

    @Override
    public boolean knows(String arn) {
        if (usersByArn.containsKey(arn)) {
            return true;
        }
        for (IamRole r : roles) {
            String sessions = "arn:aws:sts::" + accountId + ":assumed-role/" + r.name() + "/";
            if (arn.equals(r.arn(accountId)) || arn.startsWith(sessions) && arn.length() > sessions.length()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Identities[account=" + accountId + ", root=" + root + ", users=" + users.size() + ", groups="
                + groups.size() + ", roles=" + roles.size() + "]";
    }
}

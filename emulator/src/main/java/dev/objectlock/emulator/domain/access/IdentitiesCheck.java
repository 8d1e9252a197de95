package dev.objectlock.emulator.domain.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a set of identities must keep, whether it comes from JSON or from Java: names and paths as
 * IAM allows them (IAM User Guide "IAM identifiers" and "IAM and AWS STS quotas"), every access key
 * used once ([P3]: each key maps to exactly one principal), groups that exist. Faults are named by
 * the path the identities document would use.
 */
final class IdentitiesCheck {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    /** User and role names: up to 64 of {@code [\w+=,.@-]}. */
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    private static final Pattern GROUP = Pattern.compile("[\\w+=,.@-]{1,128}");
    /** Role session names: 2 to 64 of the same characters. */
    private static final Pattern SESSION = Pattern.compile("[\\w+=,.@-]{2,64}");
    /** {@code /} or {@code /text/} of printable ASCII, up to 512 characters. */
    private static final Pattern PATH = Pattern.compile("/|/[\\x21-\\x7E]{1,510}/");
    /**
     * Key IDs: word characters, so they fit the {@code Credential=KEY/date/region/s3/aws4_request}
     * scope a signature names; AWS's own are 16 to 128 of them (AKIA/ASIA prefixes are not required).
     */
    private static final Pattern KEY_ID = Pattern.compile("\\w{1,128}");

    private IdentitiesCheck() {}

    static List<String> problems(
            String accountId, AccessKey root, List<IamUser> users, List<IamGroup> groups, List<IamRole> roles) {
        List<String> errors = new ArrayList<>();
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            errors.add("account: must be 12 digits, not " + accountId);
        }
        Map<String, String> keys = new HashMap<>();
        if (root != null) {
            key(root, "root", false, keys, errors);
        }
        Set<String> groupNames = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).name();
            name("groups[" + i + "].name", name, GROUP, errors);
            if (name != null && !groupNames.add(name)) {
                errors.add("groups[" + i + "].name: duplicate group '" + name + "'");
            }
        }
        Set<String> userNames = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            IamUser u = users.get(i);
            String at = "users[" + i + "]";
            name(at + ".name", u.name(), NAME, errors);
            if (u.name() != null && !userNames.add(u.name())) {
                errors.add(at + ".name: duplicate user '" + u.name() + "'");
            }
            name(at + ".path", u.path(), PATH, errors);
            key(u.accessKey(), at, false, keys, errors);
            for (int g = 0; g < u.groups().size(); g++) {
                if (!groupNames.contains(u.groups().get(g))) {
                    errors.add(
                            at + ".groups[" + g + "]: no group '" + u.groups().get(g) + "' in groups");
                }
            }
        }
        Set<String> roleNames = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            IamRole r = roles.get(i);
            String at = "roles[" + i + "]";
            name(at + ".name", r.name(), NAME, errors);
            if (r.name() != null && !roleNames.add(r.name())) {
                errors.add(at + ".name: duplicate role '" + r.name() + "'");
            }
            name(at + ".path", r.path(), PATH, errors);
            Set<String> sessionNames = new HashSet<>();
            for (int s = 0; s < r.sessions().size(); s++) {
                RoleSession session = r.sessions().get(s);
                String sessionAt = at + ".sessions[" + s + "]";
                name(sessionAt + ".sessionName", session.sessionName(), SESSION, errors);
                if (session.sessionName() != null && !sessionNames.add(session.sessionName())) {
                    errors.add(sessionAt + ".sessionName: duplicate session '" + session.sessionName() + "'");
                }
                key(session.accessKey(), sessionAt, true, keys, errors);
            }
        }
        return errors;
    }

    private static void name(String path, String value, Pattern pattern, List<String> errors) {
        if (value == null) {
            errors.add(path + ": missing");
        } else if (!pattern.matcher(value).matches()) {
            errors.add(path + ": invalid value '" + value + "'");
        }
    }

    /** The key's parts, and that no other principal uses its ID. */
    private static void key(AccessKey key, String at, boolean session, Map<String, String> seen, List<String> errors) {
        if (key == null) {
            errors.add(at + ".accessKeyId: missing");
            return;
        }
        name(at + ".accessKeyId", key.accessKeyId(), KEY_ID, errors);
        if (key.secretAccessKey() == null || key.secretAccessKey().isEmpty()) {
            errors.add(at + ".secretAccessKey: missing");
        }
        if (session && (key.sessionToken() == null || key.sessionToken().isEmpty())) {
            errors.add(at + ".sessionToken: missing");
        }
        if (key.accessKeyId() != null) {
            String first = seen.putIfAbsent(key.accessKeyId(), at + ".accessKeyId");
            if (first != null) {
                errors.add(at + ".accessKeyId: '" + key.accessKeyId() + "' is already used by " + first);
            }
        }
    }
}

package dev.objectlock.emulator.domain.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the identities document of issue 12 ({@code --identities FILE}, the builder, {@code PUT
 * /_emulator/identities}) with Jackson databind:
 * <pre>
 * {"root":  {"accessKeyId": ..., "secretAccessKey": ...},                         optional
 *  "users": [{"name", "path"?, "groups"?, "accessKeyId", "secretAccessKey", "policies"?}],
 *  "groups": [{"name", "policies"?}],                                               optional
 *  "roles": [{"name", "path"?, "trustPolicy"?, "policies"?,
 *             "sessions"?: [{"accessKeyId", "secretAccessKey", "sessionToken", "sessionName"?}]}]}
 * </pre>
 * {@code groups} is this emulator's addition, so that a user's {@code groups} name policies ([P4]).
 * A policy is a JSON object or a string holding one. All-or-nothing: every fault is collected and
 * reported by path ({@code users[0].accessKeyId: missing}); unknown fields are faults, since a
 * misspelt {@code "polices"} would otherwise leave a user without the permissions the test expects.
 */
public final class IdentitiesJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String REDACTED = "REDACTED";

    private final List<String> errors = new ArrayList<>();

    private IdentitiesJson() {}

    /**
     * Reads {@code json} for the account {@code accountId} (the emulator's).
     *
     * @throws InvalidIdentitiesException naming every fault
     */
    public static Identities parse(String json, String accountId) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidIdentitiesException(List.of("document: invalid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidIdentitiesException(List.of("document: must be a JSON object"));
        }
        return new IdentitiesJson().read(root, accountId);
    }

    /**
     * The document with every {@code secretAccessKey} and {@code sessionToken} replaced by
     * {@code REDACTED}, for {@code GET /_emulator/identities}.
     */
    public static String redact(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            redact(root);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String secret : List.of("secretAccessKey", "sessionToken")) {
                if (object.has(secret)) {
                    object.put(secret, REDACTED);
                }
            }
        }
        node.forEach(IdentitiesJson::redact);
    }

    private Identities read(JsonNode root, String accountId) {
        known(root, "", Set.of("root", "users", "groups", "roles"));
        AccessKey rootKey = null;
        JsonNode r = root.get("root");
        if (r != null && !r.isNull()) {
            if (object(r, "root")) {
                known(r, "root", Set.of("accessKeyId", "secretAccessKey"));
                rootKey = AccessKey.longTerm(text(r, "accessKeyId", "root"), text(r, "secretAccessKey", "root"));
            }
        }
        List<IamUser> users = new ArrayList<>();
        List<JsonNode> userNodes = array(root, "users", "");
        for (int i = 0; i < userNodes.size(); i++) {
            JsonNode u = userNodes.get(i);
            String at = "users[" + i + "]";
            if (object(u, at)) {
                known(u, at, Set.of("name", "path", "groups", "accessKeyId", "secretAccessKey", "policies"));
                users.add(new IamUser(
                        text(u, "name", at),
                        text(u, "path", at),
                        strings(u, "groups", at),
                        AccessKey.longTerm(text(u, "accessKeyId", at), text(u, "secretAccessKey", at)),
                        policies(u, at)));
            }
        }
        List<IamGroup> groups = new ArrayList<>();
        List<JsonNode> groupNodes = array(root, "groups", "");
        for (int i = 0; i < groupNodes.size(); i++) {
            JsonNode g = groupNodes.get(i);
            String at = "groups[" + i + "]";
            if (object(g, at)) {
                known(g, at, Set.of("name", "policies"));
                groups.add(new IamGroup(text(g, "name", at), policies(g, at)));
            }
        }
        List<IamRole> roles = new ArrayList<>();
        List<JsonNode> roleNodes = array(root, "roles", "");
        for (int i = 0; i < roleNodes.size(); i++) {
            JsonNode role = roleNodes.get(i);
            String at = "roles[" + i + "]";
            if (object(role, at)) {
                known(role, at, Set.of("name", "path", "trustPolicy", "policies", "sessions"));
                JsonNode trust = role.get("trustPolicy");
                Policy trustPolicy =
                        trust == null || trust.isNull() ? null : policy(trust, PolicyKind.TRUST, at + ".trustPolicy");
                roles.add(new IamRole(
                        text(role, "name", at),
                        text(role, "path", at),
                        trustPolicy,
                        policies(role, at),
                        sessions(role, at)));
            }
        }
        // Missing members and the rules across members are IdentitiesCheck's, as for the Java model; a
        // member already reported here (a number for a name) is not reported twice.
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.substring(0, e.indexOf(": "))));
        for (String e : IdentitiesCheck.problems(accountId, rootKey, users, groups, roles)) {
            if (!reported.contains(e.substring(0, e.indexOf(": ")))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidIdentitiesException(errors);
        }
        return new Identities(accountId, rootKey, users, groups, roles);
    }

    private List<RoleSession> sessions(JsonNode role, String at) {
        List<RoleSession> sessions = new ArrayList<>();
        List<JsonNode> nodes = array(role, "sessions", at);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode s = nodes.get(i);
            String sessionAt = at + ".sessions[" + i + "]";
            if (object(s, sessionAt)) {
                known(s, sessionAt, Set.of("accessKeyId", "secretAccessKey", "sessionToken", "sessionName"));
                String keyId = text(s, "accessKeyId", sessionAt);
                String name = text(s, "sessionName", sessionAt);
                // Without a name the key ID names the session: unique, and readable in an AccessDenied message.
                sessions.add(new RoleSession(
                        name != null ? name : keyId,
                        new AccessKey(
                                keyId, text(s, "secretAccessKey", sessionAt), text(s, "sessionToken", sessionAt))));
            }
        }
        return sessions;
    }

    private List<Policy> policies(JsonNode owner, String at) {
        List<Policy> policies = new ArrayList<>();
        List<JsonNode> nodes = array(owner, "policies", at);
        for (int i = 0; i < nodes.size(); i++) {
            Policy p = policy(nodes.get(i), PolicyKind.IDENTITY, at + ".policies[" + i + "]");
            if (p != null) {
                policies.add(p);
            }
        }
        return policies;
    }

    /** An embedded policy object, or a string holding one; null (and a fault) when it cannot be used. */
    private Policy policy(JsonNode node, PolicyKind kind, String at) {
        try {
            if (node.isTextual()) {
                return PolicyJson.parse(node.asText(), kind);
            }
            return PolicyJson.parse(node, kind, "");
        } catch (MalformedPolicyException e) {
            String inner = e.error().path();
            errors.add(
                    at + (inner.isEmpty() ? "" : "." + inner) + ": " + e.error().message());
            return null;
        }
    }

    private boolean object(JsonNode node, String at) {
        if (!node.isObject()) {
            errors.add(at + ": must be an object");
            return false;
        }
        return true;
    }

    private void known(JsonNode node, String at, Set<String> fields) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                errors.add(PolicyJson.at(at, name) + ": unknown field");
            }
        }
    }

    /** A string member; null when absent (IdentitiesCheck reports it if required) or of another type. */
    private String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(PolicyJson.at(at, field) + ": must be a string");
            return null;
        }
        return value.asText();
    }

    /** An optional array member; empty when absent. */
    private List<JsonNode> array(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            errors.add(PolicyJson.at(at, field) + ": must be an array");
            return items;
        }
        value.forEach(items::add);
        return items;
    }

    private List<String> strings(JsonNode node, String field, String at) {
        List<String> values = new ArrayList<>();
        List<JsonNode> items = array(node, field, at);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isTextual()) {
                values.add(items.get(i).asText());
            } else {
                errors.add(PolicyJson.at(at, field) + "[" + i + "]: must be a string");
            }
        }
        return values;
    }
}

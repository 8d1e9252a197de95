package dev.objectlock.emulator.domain.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy document into a {@link Policy} with Jackson databind (already the emulator's JSON
 * library), through a tree so that every element can be checked for its shape and reported by path.
 * The grammar is the IAM User Guide's "Grammar of the IAM JSON policy language": Statement is one
 * object or an array; Action, Resource, principal IDs and condition values a string or an array of
 * them ([P53]). Faults are {@link MalformedPolicyException}s carrying the [P.10] Message; the checks
 * that need the bucket and the configured identities are {@link BucketPolicyValidator}'s.
 */
public final class PolicyJson {

    /** [P68]: bucket policies are limited to 20 KB. */
    static final int MAX_BUCKET_POLICY_BYTES = 20 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> DOCUMENT = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT = Set.of(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");

    private PolicyJson() {}

    /** Reads {@code text}, a document of the given kind. */
    public static Policy parse(String text, PolicyKind kind) {
        if (kind == PolicyKind.BUCKET
                && text != null
                && text.getBytes(StandardCharsets.UTF_8).length > MAX_BUCKET_POLICY_BYTES) {
            throw fault(PolicyProblem.TOO_LARGE, "");
        }
        // UNCERTAIN: leading blanks are tolerated; AWS's text speaks of "the first byte".
        if (text == null || !text.strip().startsWith("{")) {
            throw fault(PolicyProblem.NOT_JSON, "");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw fault(PolicyProblem.INVALID_JSON, "");
        }
        return parse(root, kind, "");
    }

    /** Reads a document already parsed as JSON, such as one embedded in the identities document. */
    static Policy parse(JsonNode root, PolicyKind kind, String path) {
        if (root == null || !root.isObject()) {
            throw fault(PolicyProblem.NOT_JSON, path);
        }
        checkMembers(root, DOCUMENT, path);
        JsonNode statements = root.get("Statement");
        if (statements == null) {
            throw fault(PolicyProblem.MISSING_STATEMENT, path);
        }
        if (statements.isArray() && statements.isEmpty()) {
            throw fault(PolicyProblem.EMPTY_STATEMENT, at(path, "Statement"));
        }
        if (!statements.isArray() && !statements.isObject()) {
            throw fault(PolicyProblem.SYNTAX, at(path, "Statement"));
        }
        String version = Policy.VERSION_2008;
        JsonNode v = root.get("Version");
        if (v != null) {
            if (!v.isTextual()
                    || !(v.asText().equals(Policy.VERSION_2012) || v.asText().equals(Policy.VERSION_2008))) {
                throw fault(PolicyProblem.INVALID_VERSION, at(path, "Version"));
            }
            version = v.asText();
        }
        String id = optionalText(root, "Id", path);
        boolean variables = Policy.VERSION_2012.equals(version);
        List<Statement> parsed = new ArrayList<>();
        if (statements.isObject()) {
            parsed.add(statement(statements, kind, variables, at(path, "Statement")));
        } else {
            for (int i = 0; i < statements.size(); i++) {
                parsed.add(statement(statements.get(i), kind, variables, at(path, "Statement") + "[" + i + "]"));
            }
        }
        return new Policy(version, id, parsed);
    }

    private static Statement statement(JsonNode node, PolicyKind kind, boolean variables, String path) {
        if (!node.isObject()) {
            throw fault(PolicyProblem.SYNTAX, path);
        }
        checkMembers(node, STATEMENT, path);
        for (String element : List.of("Principal", "Action", "Resource")) {
            if (node.has(element) && node.has("Not" + element)) {
                throw fault(PolicyProblem.SYNTAX, at(path, "Not" + element));
            }
        }
        String sid = optionalText(node, "Sid", path);
        JsonNode e = node.get("Effect");
        if (e == null) {
            throw fault(PolicyProblem.MISSING_FIELD, "Effect", path);
        }
        Effect effect = Effect.parse(e.isTextual() ? e.asText() : null);
        if (effect == null) {
            throw fault(PolicyProblem.INVALID_EFFECT, e.isTextual() ? e.asText() : e.toString(), at(path, "Effect"));
        }
        PrincipalElement principal = principal(node, kind, effect, path);
        PatternList action = patterns(node, "Action", path, false, true);
        if (action == null) {
            throw fault(PolicyProblem.MISSING_FIELD, "Action", path);
        }
        PatternList resource = patterns(node, "Resource", path, variables, false);
        if (resource == null && kind != PolicyKind.TRUST) {
            throw fault(PolicyProblem.MISSING_FIELD, "Resource", path);
        }
        List<Condition> conditions = ConditionJson.read(node.get("Condition"), variables, at(path, "Condition"));
        return new Statement(sid, effect, principal, action, resource, conditions);
    }

    /** Principal or NotPrincipal; required in bucket and trust policies, forbidden in identity ones. */
    private static PrincipalElement principal(JsonNode statement, PolicyKind kind, Effect effect, String path) {
        boolean negated = statement.has("NotPrincipal");
        String name = negated ? "NotPrincipal" : "Principal";
        JsonNode node = statement.get(name);
        if (kind == PolicyKind.IDENTITY) {
            if (node != null) {
                throw fault(PolicyProblem.PRINCIPAL_NOT_ALLOWED, at(path, name));
            }
            return null;
        }
        if (node == null) {
            throw fault(PolicyProblem.MISSING_FIELD, "Principal", path);
        }
        String here = at(path, name);
        if (negated && effect == Effect.ALLOW && kind == PolicyKind.BUCKET) {
            throw fault(PolicyProblem.INVALID_PRINCIPAL, here); // [P55]: NotPrincipal only with Deny
        }
        if (node.isTextual()) {
            if (!node.asText().equals("*")) {
                throw fault(PolicyProblem.INVALID_PRINCIPAL, here);
            }
            return new PrincipalElement(negated, true, Set.of(), Set.of(), Set.of());
        }
        if (!node.isObject()) {
            boolean empty = node.isArray() && node.isEmpty();
            throw fault(empty ? PolicyProblem.EMPTY_PRINCIPAL : PolicyProblem.INVALID_PRINCIPAL, here);
        }
        if (node.isEmpty()) {
            throw fault(PolicyProblem.EMPTY_PRINCIPAL, here);
        }
        boolean everyone = false;
        Set<String> aws = new HashSet<>();
        Set<String> services = new HashSet<>();
        Set<String> canonical = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String where = at(here, entry.getKey());
            List<String> ids = strings(entry.getValue(), where, PolicyProblem.INVALID_PRINCIPAL);
            if (ids.isEmpty()) {
                throw fault(PolicyProblem.EMPTY_PRINCIPAL, where);
            }
            for (String id : ids) {
                if (id.isBlank()) {
                    throw fault(PolicyProblem.INVALID_PRINCIPAL, where);
                }
                switch (entry.getKey()) {
                    case "AWS":
                        if (id.equals("*")) {
                            everyone = true; // "*" and {"AWS":"*"} are equivalent (IAM User Guide, "Principal")
                        } else {
                            aws.add(id.matches("\\d{12}") ? Principal.rootArn(id) : id);
                        }
                        break;
                    case "Service":
                        if (id.contains("*")) {
                            throw fault(PolicyProblem.INVALID_PRINCIPAL, where);
                        }
                        services.add(id);
                        break;
                    case "CanonicalUser":
                        canonical.add(id);
                        break;
                    default:
                        throw fault(PolicyProblem.INVALID_PRINCIPAL, where); // Federated is not emulated
                }
            }
        }
        return new PrincipalElement(negated, everyone, aws, services, canonical);
    }

    /** Action/NotAction or Resource/NotResource; null when neither is present. */
    private static PatternList patterns(
            JsonNode statement, String element, String path, boolean variables, boolean lowerCase) {
        boolean negated = statement.has("Not" + element);
        JsonNode node = statement.get(negated ? "Not" + element : element);
        if (node == null) {
            return null;
        }
        String where = at(path, negated ? "Not" + element : element);
        List<String> values = strings(node, where, PolicyProblem.SYNTAX);
        if (values.isEmpty()) {
            boolean action = element.equals("Action");
            throw fault(action ? PolicyProblem.INVALID_ACTION : PolicyProblem.INVALID_RESOURCE, where);
        }
        List<PolicyPattern> patterns = new ArrayList<>();
        for (String v : values) {
            // Action names are case-insensitive ([P54]) and take no variables.
            patterns.add(
                    lowerCase ? PolicyPattern.of(v.toLowerCase(Locale.ROOT), false) : PolicyPattern.of(v, variables));
        }
        return new PatternList(patterns, negated);
    }

    /** A string or an array of strings; anything else is {@code problem}. */
    static List<String> strings(JsonNode node, String path, PolicyProblem problem) {
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw fault(problem, path);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw fault(problem, path);
            }
            values.add(item.asText());
        }
        return values;
    }

    private static void checkMembers(JsonNode node, Set<String> known, String path) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw fault(PolicyProblem.SYNTAX, at(path, name));
            }
        }
    }

    private static String optionalText(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw fault(PolicyProblem.SYNTAX, at(path, name));
        }
        return value.asText();
    }

    static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static MalformedPolicyException fault(PolicyProblem problem, String path) {
        return new MalformedPolicyException(PolicyError.of(problem, path));
    }

    static MalformedPolicyException fault(PolicyProblem problem, String detail, String path) {
        return new MalformedPolicyException(PolicyError.of(problem, detail, path));
    }
}

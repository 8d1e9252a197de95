package dev.objectlock.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testcontainers.utility.MountableFile;

/**
 * The keys of an identities document, by name, as the container's client helpers need them: the
 * root's, each user's, and the first session of each role. Only these members are read, and faults
 * in them are named by JSON path; the emulator checks the whole document when the container
 * starts (policies included) and does not start with a faulty one.
 */
final class IdentitiesDocument {

    private final String json;
    private final EmulatorCredentials root;
    private final Map<String, EmulatorCredentials> byName = new LinkedHashMap<>();
    private final List<String> roleNames = new ArrayList<>();
    private final List<String> userNames = new ArrayList<>();

    private IdentitiesDocument(String json, EmulatorCredentials root) {
        this.json = json;
        this.root = root;
    }

    /**
     * @param source where the document comes from, for messages
     * @throws IllegalArgumentException naming {@code source} and each fault by its JSON path
     */
    static IdentitiesDocument parse(String json, String source) {
        Object document;
        try {
            document = JsonReader.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": document: " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        if (!(document instanceof Map<?, ?> members)) {
            throw new IllegalArgumentException(source + ": document: must be a JSON object");
        }
        Object rootNode = members.get("root");
        EmulatorCredentials root = rootNode == null ? null : keys(rootNode, "root", false, errors);
        IdentitiesDocument parsed = new IdentitiesDocument(json, root);
        List<?> users = array(members.get("users"), "users", errors);
        for (int i = 0; i < users.size(); i++) {
            String at = "users[" + i + "]";
            String name = text(users.get(i), "name", at, errors);
            EmulatorCredentials keys = keys(users.get(i), at, false, errors);
            if (name != null && keys != null) {
                parsed.userNames.add(name);
                parsed.byName.put(name, keys);
            }
        }
        List<?> roles = array(members.get("roles"), "roles", errors);
        for (int i = 0; i < roles.size(); i++) {
            String at = "roles[" + i + "]";
            String name = text(roles.get(i), "name", at, errors);
            List<?> sessions = roles.get(i) instanceof Map<?, ?> role
                    ? array(role.get("sessions"), at + ".sessions", errors)
                    : List.of();
            if (name != null) {
                parsed.roleNames.add(name);
                if (!sessions.isEmpty()) {
                    EmulatorCredentials keys = keys(sessions.get(0), at + ".sessions[0]", true, errors);
                    if (keys != null && parsed.byName.putIfAbsent(name, keys) != null) {
                        errors.add(at + ".name: \"" + name + "\" is also a user's name; the helpers name either");
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            // a member that is not an object is reported once, not once per field read from it
            throw new IllegalArgumentException(source + ": " + String.join("; ", new LinkedHashSet<>(errors)));
        }
        return parsed;
    }

    /** The document in {@code file}, as {@link #parse} reads it. */
    static IdentitiesDocument read(MountableFile file) {
        try {
            String json = Files.readString(Path.of(file.getResolvedPath()));
            return parse(json, "withIdentities(" + file.getResolvedPath() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("withIdentities: cannot read " + file.getResolvedPath(), e);
        }
    }

    /** The root's keys; IllegalStateException saying what to do when the document gives it none. */
    EmulatorCredentials rootCredentials() {
        return root().orElseThrow(() -> new IllegalStateException("the identities document has no \"root\" member, so "
                + "the root has no keys (it exists only as the bucket owner): name an identity, as in "
                + "createS3Client(\"app\"), or add \"root\": {\"accessKeyId\": ..., \"secretAccessKey\": ...}"));
    }

    String json() {
        return json;
    }

    Optional<EmulatorCredentials> root() {
        return Optional.ofNullable(root);
    }

    /** The keys of the user {@code name}, or of the first session of the role {@code name}. */
    EmulatorCredentials credentials(String name) {
        EmulatorCredentials keys = byName.get(name);
        if (keys == null) {
            String why = roleNames.contains(name)
                    ? "the role \"" + name + "\" has no sessions"
                    : "no user or role \"" + name + "\"";
            throw new IllegalArgumentException(
                    why + " in the identities document (users: " + userNames + ", roles: " + roleNames + ")");
        }
        return keys;
    }

    private static EmulatorCredentials keys(Object node, String at, boolean session, List<String> errors) {
        String id = text(node, "accessKeyId", at, errors);
        String secret = text(node, "secretAccessKey", at, errors);
        String token = session ? text(node, "sessionToken", at, errors) : null;
        return id == null || secret == null || (session && token == null)
                ? null
                : new EmulatorCredentials(id, secret, token);
    }

    private static String text(Object node, String field, String at, List<String> errors) {
        if (!(node instanceof Map<?, ?> members)) {
            errors.add(at + ": must be an object");
            return null;
        }
        Object value = members.get(field);
        if (value instanceof String s) {
            return s;
        }
        errors.add(at + "." + field + (value == null ? ": missing" : ": must be a string"));
        return null;
    }

    private static List<?> array(Object node, String at, List<String> errors) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> items)) {
            errors.add(at + ": must be an array");
            return List.of();
        }
        return items;
    }
}

package dev.objectlock.emulator.domain.access;

import java.util.List;
import java.util.function.Consumer;

/**
 * Identities given as a Java model, written in the shape of the identities document with every
 * secret replaced by {@code REDACTED}, for {@code GET /_emulator/identities} (issue 12). The policies
 * are parsed objects that keep no text, so each is shown by its Id and number of statements; a
 * document given as JSON is shown as written instead ({@link IdentitiesJson#redact}).
 */
public final class IdentitiesDescription {

    private static final String REDACTED = "REDACTED";

    private final StringBuilder out = new StringBuilder();

    private IdentitiesDescription() {}

    public static String of(Identities identities) {
        IdentitiesDescription d = new IdentitiesDescription();
        d.out.append("{\n");
        identities.root().ifPresent(root -> {
            d.out.append("  \"root\": {");
            d.member("accessKeyId", root.accessKeyId()).append(", ").member("secretAccessKey", REDACTED);
            d.out.append("},\n");
        });
        d.array("users", identities.users(), u -> {
            d.member("name", u.name()).append(", ").member("path", u.path()).append(", ");
            d.strings("groups", u.groups()).append(", ");
            d.member("accessKeyId", u.accessKey().accessKeyId()).append(", ").member("secretAccessKey", REDACTED);
            d.out.append(", ");
            d.policies(u.policies());
        });
        d.out.append(",\n");
        d.array("groups", identities.groups(), g -> {
            d.member("name", g.name()).append(", ");
            d.policies(g.policies());
        });
        d.out.append(",\n");
        d.array("roles", identities.roles(), r -> {
            d.member("name", r.name()).append(", ").member("path", r.path()).append(", ");
            d.policies(r.policies());
            d.out.append(", \"sessions\": [");
            for (int i = 0; i < r.sessions().size(); i++) {
                RoleSession s = r.sessions().get(i);
                d.out.append(i == 0 ? "{" : ", {");
                d.member("sessionName", s.sessionName())
                        .append(", ")
                        .member("accessKeyId", s.accessKey().accessKeyId())
                        .append(", ")
                        .member("secretAccessKey", REDACTED)
                        .append(", ")
                        .member("sessionToken", REDACTED);
                d.out.append("}");
            }
            d.out.append("]");
        });
        return d.out.append("\n}\n").toString();
    }

    private <T> void array(String name, List<T> items, Consumer<T> item) {
        out.append("  ").append(quote(name)).append(": [");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "\n    {" : ",\n    {");
            item.accept(items.get(i));
            out.append("}");
        }
        out.append(items.isEmpty() ? "]" : "\n  ]");
    }

    private void policies(List<Policy> policies) {
        out.append("\"policies\": [");
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            out.append(i == 0 ? "" : ", ")
                    .append(quote("policy" + (p.id() == null ? "" : " " + p.id()) + " with "
                            + p.statements().size() + " statement(s), given as a Java object"));
        }
        out.append("]");
    }

    private IdentitiesDescription member(String name, String value) {
        out.append(quote(name)).append(": ").append(value == null ? "null" : quote(value));
        return this;
    }

    private IdentitiesDescription strings(String name, List<String> values) {
        out.append(quote(name)).append(": [");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        out.append("]");
        return this;
    }

    private IdentitiesDescription append(String text) {
        out.append(text);
        return this;
    }

    /** A JSON string literal (RFC 8259 section 7). */
    static String quote(String text) {
        StringBuilder q = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}

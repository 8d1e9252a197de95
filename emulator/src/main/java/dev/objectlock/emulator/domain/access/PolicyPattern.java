package dev.objectlock.emulator.domain.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One value of an Action, Resource or string/ARN condition, with its wildcards ({@code *} any run,
 * {@code ?} one character) and, under Version 2012-10-17, its policy variables ([P52, P54]; IAM
 * User Guide "IAM policy elements: Variables and tags"). Variables are resolved per request, and a
 * resolved value is literal text: {@code ${*}} is a star that matches only a star, and a user name
 * can never act as a wildcard.
 *
 * <p>Patterns without variables are compiled once, when the policy is parsed, so that evaluating a
 * policy allocates nothing for them.
 */
public final class PolicyPattern {

    /** A run of literal text, a wildcard, or a variable; variables exist only before resolution. */
    private record Part(String text, char wildcard, String variable, String fallback) {
        static Part literal(String text) {
            return new Part(text, '\0', null, null);
        }
    }

    private final String source;
    private final List<Part> parts;
    /** Set when the pattern has no variables: its fixed text and which characters are wildcards. */
    private final Resolved fixed;

    private PolicyPattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
        this.fixed = parts.stream().anyMatch(p -> p.variable() != null) ? null : resolve(parts, null);
    }

    /**
     * Reads {@code source}; {@code variables} is false under Version 2008-10-17, where {@code ${...}}
     * is plain text (IAM User Guide, "Variables and tags": earlier versions treat them as literal).
     */
    public static PolicyPattern of(String source, boolean variables) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int close = variables && c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{'
                    ? source.indexOf('}', i + 2)
                    : -1;
            if (close > 0) {
                String inner = source.substring(i + 2, close).strip();
                if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
                    literal.append(inner); // ${*}, ${?}, ${$}: the character itself, never a wildcard
                } else {
                    flush(literal, parts);
                    parts.add(variable(inner));
                }
                i = close + 1;
            } else if (c == '*' || c == '?') {
                flush(literal, parts);
                parts.add(new Part(null, c, null, null));
                i++;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return new PolicyPattern(source, List.copyOf(parts));
    }

    /** {@code ${aws:username, 'none'}}: a key, and a default used when the request lacks the key. */
    private static Part variable(String inner) {
        int comma = inner.indexOf(',');
        if (comma > 0) {
            String fallback = inner.substring(comma + 1).strip();
            if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
                String value = fallback.substring(1, fallback.length() - 1);
                return new Part(null, '\0', key(inner.substring(0, comma)), value);
            }
        }
        return new Part(null, '\0', key(inner), null);
    }

    /** Key names are case-insensitive (IAM User Guide, "Variables and tags"), so kept lower-case. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (literal.length() > 0) {
            parts.add(Part.literal(literal.toString()));
            literal.setLength(0);
        }
    }

    public String source() {
        return source;
    }

    /** Whether {@code input} matches, wildcards active; false when a variable cannot be resolved. */
    boolean matches(String input, KeyLookup keys) {
        Resolved r = fixed != null ? fixed : resolve(parts, keys);
        return r != null && r.glob(input);
    }

    /**
     * The value with variables resolved and wildcards as plain characters, for the operators that
     * compare exactly (StringEquals, StringEqualsIgnoreCase); null when a variable cannot be resolved.
     */
    String literal(KeyLookup keys) {
        Resolved r = fixed != null ? fixed : resolve(parts, keys);
        return r == null ? null : r.text();
    }

    private static Resolved resolve(List<Part> parts, KeyLookup keys) {
        StringBuilder text = new StringBuilder();
        StringBuilder mask = new StringBuilder();
        for (Part p : parts) {
            String value = p.text();
            if (p.wildcard() != '\0') {
                text.append(p.wildcard());
                mask.append('w');
                continue;
            }
            if (p.variable() != null) {
                value = keys.single(p.variable());
                if (value == null) {
                    value = p.fallback();
                }
                if (value == null) {
                    return null; // [P52]: an absent key makes this value match nothing
                }
            }
            text.append(value);
            mask.append("l".repeat(value.length()));
        }
        return new Resolved(text.toString(), mask.toString());
    }

    /** Resolved text; {@code mask} has 'w' where the character is a wildcard, 'l' where literal. */
    private record Resolved(String text, String mask) {

        /** Classic glob with one backtracking point: linear for the patterns policies use. */
        boolean glob(String input) {
            int t = 0;
            int p = 0;
            int star = -1;
            int mark = 0;
            int n = text.length();
            while (t < input.length()) {
                if (p < n && mask.charAt(p) == 'w' && text.charAt(p) == '*') {
                    star = p++;
                    mark = t;
                } else if (p < n
                        && (text.charAt(p) == input.charAt(t) || mask.charAt(p) == 'w' && text.charAt(p) == '?')) {
                    p++;
                    t++;
                } else if (star >= 0) {
                    p = star + 1;
                    t = ++mark;
                } else {
                    return false;
                }
            }
            while (p < n && mask.charAt(p) == 'w' && text.charAt(p) == '*') {
                p++;
            }
            return p == n;
        }
    }

    @Override
    public String toString() {
        return source;
    }
}

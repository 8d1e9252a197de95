package dev.objectlock.emulator.domain.access;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The positive comparison of one operator family: whether a request value matches any of the policy
 * values. Negation, absent keys and the set qualifiers are {@link Condition}'s business. Policy values
 * are converted once, when the policy is read; one that does not convert (a date that is no date)
 * matches nothing.
 */
interface ValueTest {

    boolean matchesAny(String requestValue, KeyLookup keys);

    /** Compiles the policy values of {@code operator}; an invalid IP address is an IllegalArgumentException. */
    static ValueTest compile(ConditionOperator operator, List<String> values, boolean variables) {
        ConditionOperator.Family family = operator.family();
        List<PolicyPattern> patterns = new ArrayList<>();
        if (family.takesVariables() && family != ConditionOperator.Family.ARN) {
            for (String v : values) {
                patterns.add(PolicyPattern.of(v, variables));
            }
        }
        switch (family) {
            case STRING:
                return (r, keys) -> {
                    for (PolicyPattern p : patterns) {
                        if (r.equals(p.literal(keys))) {
                            return true;
                        }
                    }
                    return false;
                };
            case STRING_IGNORE_CASE:
                return (r, keys) -> {
                    for (PolicyPattern p : patterns) {
                        if (r.equalsIgnoreCase(p.literal(keys))) {
                            return true;
                        }
                    }
                    return false;
                };
            case STRING_LIKE:
                return (r, keys) -> {
                    for (PolicyPattern p : patterns) {
                        if (p.matches(r, keys)) {
                            return true;
                        }
                    }
                    return false;
                };
            case ARN:
                return arn(values, variables);
            case NUMERIC:
                return ordered(values.stream().map(ValueTest::number).toList(), ValueTest::number, operator.order());
            case DATE:
                return ordered(values.stream().map(ValueTest::date).toList(), ValueTest::date, operator.order());
            case BOOL:
                return (r, keys) -> {
                    for (String v : values) {
                        if (r.equalsIgnoreCase(v)) {
                            return true;
                        }
                    }
                    return false;
                };
            case BINARY:
                List<byte[]> bytes = values.stream().map(ValueTest::base64).toList();
                return (r, keys) -> {
                    byte[] b = base64(r);
                    return b != null && bytes.stream().anyMatch(p -> p != null && Arrays.equals(p, b));
                };
            case IP:
                List<IpRange> ranges = new ArrayList<>();
                for (String v : values) {
                    IpRange range = IpRange.parse(v);
                    if (range == null) {
                        throw new IllegalArgumentException("not an IP address or range: " + v);
                    }
                    ranges.add(range);
                }
                return (r, keys) -> {
                    byte[] address = IpRange.address(r.strip()); // parsed once for all ranges
                    if (address == null) {
                        return false;
                    }
                    for (IpRange range : ranges) {
                        if (range.contains(address)) {
                            return true;
                        }
                    }
                    return false;
                };
            default:
                throw new IllegalArgumentException("Null is decided by Condition itself");
        }
    }

    /** Numbers and dates: request value (converted the same way) in {@code order} to any policy value. */
    private static <T extends Comparable<T>> ValueTest ordered(
            List<T> policy, Function<String, T> convert, ConditionOperator.Order order) {
        return (r, keys) -> {
            T request = convert.apply(r);
            if (request == null) {
                return false;
            }
            for (T p : policy) {
                if (p != null && order.holds(request.compareTo(p))) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * ARN operators compare component by component, each with wildcards, so a {@code *} in the account
     * never spans into the resource (IAM User Guide, "Condition operators", ARN condition operators).
     * The policy value is split where it is written, outside {@code ${...}}, since a variable such as
     * {@code ${aws:username}} has a colon of its own; a value of fewer than six components (a bare
     * {@code *}) is matched whole.
     */
    private static ValueTest arn(List<String> values, boolean variables) {
        List<List<PolicyPattern>> split = new ArrayList<>();
        for (String v : values) {
            List<PolicyPattern> components = new ArrayList<>();
            for (String c : arnComponents(v)) {
                components.add(PolicyPattern.of(c, variables));
            }
            split.add(components);
        }
        return (r, keys) -> {
            String[] request = r.split(":", 6);
            for (List<PolicyPattern> components : split) {
                if (components.size() < 6) {
                    if (components.get(0).matches(r, keys)) {
                        return true;
                    }
                    continue;
                }
                boolean all = request.length == 6;
                for (int i = 0; all && i < 6; i++) {
                    all = components.get(i).matches(request[i], keys);
                }
                if (all) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Splits at the first five colons outside {@code ${...}}; the whole text when it has fewer. */
    private static List<String> arnComponents(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length() && parts.size() < 5; i++) {
            char c = value.charAt(i);
            if (c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        if (parts.size() < 5) {
            return List.of(value);
        }
        parts.add(value.substring(start));
        return parts;
    }

    /** Decimal numbers; null for anything else. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Dates as the condition operators take them: ISO 8601 (W3C profile: a date, or a date-time with
     * a zone; a date-time without one is read as UTC) or epoch seconds; null for anything else.
     */
    static Instant date(String text) {
        String s = text.strip();
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() <= 12) {
            return Instant.ofEpochSecond(Long.parseLong(s));
        }
        Instant utc = utcSeconds(s);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the shorter forms
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a plain date
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ssZ}, the form of {@code aws:CurrentTime} and of most policies, read
     * without a formatter: the evaluator meets it on every request that carries a date key.
     */
    private static Instant utcSeconds(String s) {
        if (s.length() != 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':'
                || s.charAt(19) != 'Z') {
            return null;
        }
        int[] at = {0, 5, 8, 11, 14, 17};
        int[] len = {4, 2, 2, 2, 2, 2};
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            for (int j = at[i]; j < at[i] + len[i]; j++) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                f[i] = f[i] * 10 + (c - '0');
            }
        }
        try {
            return LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5]).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // month 13 and the like: not a date
        }
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * One test of a Condition block: an operator, its qualifiers and one key with its values ([P56],
 * [P.9]). A statement's tests are ANDed; the values of one test are ORed, or NORed for a negated
 * operator.
 *
 * <p>Absent keys (IAM User Guide, "Condition operators": the condition is false when the key is
 * absent, true for the negated operators; {@code ...IfExists} makes it true; {@code Null} tests the
 * absence itself). Set qualifiers (IAM User Guide, "Creating a condition that tests multiple key
 * values"): {@code ForAnyValue} holds when at least one request value passes, and is false for an
 * empty set; {@code ForAllValues} when every request value passes, and is true for an empty set.
 * Without a qualifier a key with several values passes when any value does ({@code Not} forms: when
 * none matches); AWS asks for a qualifier on such keys, so this is a best guess, not a recording.
 *
 * <p>A class rather than a record: it carries its compiled comparison, which is no part of its value.
 */
public final class Condition {

    /** The set operator prefix, if any. */
    public enum Qualifier {
        NONE,
        FOR_ANY_VALUE,
        FOR_ALL_VALUES
    }

    private final String written;
    private final ConditionOperator operator;
    private final Qualifier qualifier;
    private final boolean ifExists;
    private final String key;
    private final List<String> values;
    private final ValueTest test;

    /**
     * @param written the operator as the policy spells it, e.g. {@code ForAnyValue:StringLikeIfExists}
     * @param key the condition key in lower case (key names are case-insensitive)
     * @param test the comparison compiled from {@code values}; null for {@code Null}
     */
    Condition(
            String written,
            ConditionOperator operator,
            Qualifier qualifier,
            boolean ifExists,
            String key,
            List<String> values,
            ValueTest test) {
        this.written = written;
        this.operator = operator;
        this.qualifier = qualifier;
        this.ifExists = ifExists;
        this.key = key;
        this.values = List.copyOf(values);
        this.test = test;
    }

    public String written() {
        return written;
    }

    public ConditionOperator operator() {
        return operator;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public boolean ifExists() {
        return ifExists;
    }

    public String key() {
        return key;
    }

    public List<String> values() {
        return values;
    }

    boolean holds(KeyLookup keys) {
        List<String> request = keys.values(key);
        if (operator == ConditionOperator.NULL) {
            boolean absent = request == null;
            for (String v : values) {
                if (v.equalsIgnoreCase("true") == absent) {
                    return true;
                }
            }
            return false;
        }
        if (request == null) {
            return qualifier == Qualifier.FOR_ALL_VALUES
                    || ifExists
                    || qualifier == Qualifier.NONE && operator.negated();
        }
        switch (qualifier) {
            case FOR_ANY_VALUE:
                for (String r : request) {
                    if (passes(r, keys)) {
                        return true;
                    }
                }
                return false;
            case FOR_ALL_VALUES:
                for (String r : request) {
                    if (!passes(r, keys)) {
                        return false;
                    }
                }
                return true;
            default:
                for (String r : request) {
                    if (test.matchesAny(r, keys)) {
                        return !operator.negated();
                    }
                }
                return operator.negated();
        }
    }

    /** One request value against the operator, negation included. */
    private boolean passes(String requestValue, KeyLookup keys) {
        return test.matchesAny(requestValue, keys) != operator.negated();
    }

    @Override
    public String toString() {
        return written + "{" + key + "=" + values + "}";
    }
}

package dev.objectlock.emulator.domain.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a statement's Condition block: {@code {"Operator": {"key": value-or-values, ...}, ...}} (IAM User
 * Guide "IAM JSON policy elements: Condition"). An operator is written {@code [ForAnyValue:|ForAllValues:]
 * Name[IfExists]}, names exact ({@code Null} takes no IfExists); values may be strings, numbers or
 * booleans ({@code "Bool": {"aws:SecureTransport": false}}), alone or in an array.
 */
final class ConditionJson {

    private static final String FOR_ANY = "ForAnyValue:";
    private static final String FOR_ALL = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";

    private ConditionJson() {}

    static List<Condition> read(JsonNode block, boolean variables, String path) {
        if (block == null) {
            return List.of();
        }
        if (!block.isObject()) {
            throw PolicyJson.fault(PolicyProblem.SYNTAX, path);
        }
        List<Condition> conditions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> ops = block.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            String written = op.getKey();
            String where = PolicyJson.at(path, written);
            Condition.Qualifier qualifier = Condition.Qualifier.NONE;
            String name = written;
            if (name.startsWith(FOR_ANY)) {
                qualifier = Condition.Qualifier.FOR_ANY_VALUE;
                name = name.substring(FOR_ANY.length());
            } else if (name.startsWith(FOR_ALL)) {
                qualifier = Condition.Qualifier.FOR_ALL_VALUES;
                name = name.substring(FOR_ALL.length());
            }
            boolean ifExists = name.endsWith(IF_EXISTS) && ConditionOperator.named(name) == null;
            if (ifExists) {
                name = name.substring(0, name.length() - IF_EXISTS.length());
            }
            ConditionOperator operator = ConditionOperator.named(name);
            if (operator == null || ifExists && operator == ConditionOperator.NULL) {
                throw PolicyJson.fault(PolicyProblem.INVALID_CONDITION_TYPE, written, where);
            }
            if (!op.getValue().isObject() || op.getValue().isEmpty()) {
                throw PolicyJson.fault(PolicyProblem.SYNTAX, where);
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> key = keys.next();
                String keyPath = PolicyJson.at(where, key.getKey());
                List<String> values = values(key.getValue(), keyPath);
                ValueTest test;
                try {
                    test = operator == ConditionOperator.NULL ? null : ValueTest.compile(operator, values, variables);
                } catch (IllegalArgumentException e) {
                    throw PolicyJson.fault(PolicyProblem.INVALID_IP, keyPath);
                }
                conditions.add(new Condition(
                        written, operator, qualifier, ifExists, key.getKey().toLowerCase(Locale.ROOT), values, test));
            }
        }
        return conditions;
    }

    /** One scalar or a non-empty array of scalars, as text. */
    private static List<String> values(JsonNode node, String path) {
        if (node.isValueNode() && !node.isNull()) {
            return List.of(node.asText());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw PolicyJson.fault(PolicyProblem.SYNTAX, path);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                throw PolicyJson.fault(PolicyProblem.SYNTAX, path);
            }
            values.add(item.asText());
        }
        return values;
    }
}

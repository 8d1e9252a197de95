package dev.objectlock.emulator.domain.access;

/**
 * The condition operators of [P.9] (IAM User Guide "IAM JSON policy elements: Condition operators").
 * Each is a comparison family plus, for the {@code Not} forms, a negation: a negated operator holds when
 * no policy value matches ("a logical NOR"), and it holds when the key is absent.
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", Family.STRING, Order.EQ, false),
    STRING_NOT_EQUALS("StringNotEquals", Family.STRING, Order.EQ, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Order.EQ, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Order.EQ, true),
    STRING_LIKE("StringLike", Family.STRING_LIKE, Order.EQ, false),
    STRING_NOT_LIKE("StringNotLike", Family.STRING_LIKE, Order.EQ, true),
    NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Order.EQ, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, Order.EQ, true),
    NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Order.LT, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, Order.LE, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Order.GT, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, Order.GE, false),
    DATE_EQUALS("DateEquals", Family.DATE, Order.EQ, false),
    DATE_NOT_EQUALS("DateNotEquals", Family.DATE, Order.EQ, true),
    DATE_LESS_THAN("DateLessThan", Family.DATE, Order.LT, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, Order.LE, false),
    DATE_GREATER_THAN("DateGreaterThan", Family.DATE, Order.GT, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, Order.GE, false),
    BOOL("Bool", Family.BOOL, Order.EQ, false),
    BINARY_EQUALS("BinaryEquals", Family.BINARY, Order.EQ, false),
    IP_ADDRESS("IpAddress", Family.IP, Order.EQ, false),
    NOT_IP_ADDRESS("NotIpAddress", Family.IP, Order.EQ, true),
    // ArnEquals and ArnLike behave alike: both take wildcards in each ARN component.
    ARN_EQUALS("ArnEquals", Family.ARN, Order.EQ, false),
    ARN_LIKE("ArnLike", Family.ARN, Order.EQ, false),
    ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, Order.EQ, true),
    ARN_NOT_LIKE("ArnNotLike", Family.ARN, Order.EQ, true),
    NULL("Null", Family.NULL, Order.EQ, false);

    /** How request and policy values compare. */
    enum Family {
        STRING,
        STRING_IGNORE_CASE,
        STRING_LIKE,
        NUMERIC,
        DATE,
        BOOL,
        BINARY,
        IP,
        ARN,
        NULL;

        /** Policy variables are resolved only in string and ARN comparisons (IAM User Guide, "Variables"). */
        boolean takesVariables() {
            return this == STRING || this == STRING_IGNORE_CASE || this == STRING_LIKE || this == ARN;
        }
    }

    /** The relation the request value must have to the policy value. */
    enum Order {
        EQ,
        LT,
        LE,
        GT,
        GE;

        boolean holds(int requestComparedToPolicy) {
            switch (this) {
                case LT:
                    return requestComparedToPolicy < 0;
                case LE:
                    return requestComparedToPolicy <= 0;
                case GT:
                    return requestComparedToPolicy > 0;
                case GE:
                    return requestComparedToPolicy >= 0;
                default:
                    return requestComparedToPolicy == 0;
            }
        }
    }

    private final String written;
    private final Family family;
    private final Order order;
    private final boolean negated;

    ConditionOperator(String written, Family family, Order order, boolean negated) {
        this.written = written;
        this.family = family;
        this.order = order;
        this.negated = negated;
    }

    public String written() {
        return written;
    }

    public boolean negated() {
        return negated;
    }

    Family family() {
        return family;
    }

    Order order() {
        return order;
    }

    /** The operator spelled exactly {@code name} (names are case-sensitive), or null. */
    static ConditionOperator named(String name) {
        for (ConditionOperator o : values()) {
            if (o.written.equals(name)) {
                return o;
            }
        }
        return null;
    }
}

package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.APP;
import static dev.objectlock.emulator.domain.access.AccessFixtures.OBJECT_ARN;
import static dev.objectlock.emulator.domain.access.AccessFixtures.identity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every condition operator of [P.9] with present, absent and IfExists keys, Null, and the set
 * qualifiers (IAM User Guide "IAM JSON policy elements: Condition operators" and "Creating a condition
 * that tests multiple key values (set operations)"). Each row is an Allow statement with the condition:
 * the condition holds exactly when the request is allowed.
 */
class ConditionOperatorTest {

    /** An absent key. */
    private static final ConditionContext NONE = ConditionContext.EMPTY;

    private static ConditionContext with(String key, String value) {
        return ConditionContext.builder().put(key, value).build();
    }

    private static ConditionContext withAll(String key, String... values) {
        return ConditionContext.builder().putAll(key, List.of(values)).build();
    }

    private static Arguments row(String name, String condition, ConditionContext context, boolean holds) {
        return Arguments.of(name, condition, context, holds);
    }

    static Stream<Arguments> strings() {
        String mode = "s3:object-lock-mode";
        return Stream.of(
                row(
                        "StringEquals, equal",
                        "{\"StringEquals\":{\"s3:object-lock-mode\":\"GOVERNANCE\"}}",
                        with(mode, "GOVERNANCE"),
                        true),
                row(
                        "StringEquals is case-sensitive",
                        "{\"StringEquals\":{\"s3:object-lock-mode\":\"GOVERNANCE\"}}",
                        with(mode, "governance"),
                        false),
                row(
                        "StringEquals, key absent: false",
                        "{\"StringEquals\":{\"s3:object-lock-mode\":\"GOVERNANCE\"}}",
                        NONE,
                        false),
                row(
                        "StringEquals, values ORed",
                        "{\"StringEquals\":{\"s3:object-lock-mode\":[\"GOVERNANCE\"," + "\"COMPLIANCE\"]}}",
                        with(mode, "COMPLIANCE"),
                        true),
                row(
                        "StringEqualsIfExists, key absent: true",
                        "{\"StringEqualsIfExists\":{\"s3:object-lock-mode\":" + "\"GOVERNANCE\"}}",
                        NONE,
                        true),
                row(
                        "StringEqualsIfExists, present and different: false",
                        "{\"StringEqualsIfExists\":" + "{\"s3:object-lock-mode\":\"GOVERNANCE\"}}",
                        with(mode, "COMPLIANCE"),
                        false),
                row(
                        "key names are case-insensitive ([P56])",
                        "{\"StringEquals\":{\"S3:Object-Lock-Mode\":\"GOVERNANCE\"}}",
                        with(mode, "GOVERNANCE"),
                        true),
                row(
                        "StringNotEquals, different: true",
                        "{\"StringNotEquals\":{\"s3:object-lock-mode\":\"COMPLIANCE\"}}",
                        with(mode, "GOVERNANCE"),
                        true),
                row(
                        "StringNotEquals, equal: false",
                        "{\"StringNotEquals\":{\"s3:object-lock-mode\":\"COMPLIANCE\"}}",
                        with(mode, "COMPLIANCE"),
                        false),
                row(
                        "StringNotEquals, key absent: true",
                        "{\"StringNotEquals\":{\"s3:object-lock-mode\":\"COMPLIANCE\"}}",
                        NONE,
                        true),
                row(
                        "StringNotEquals, several values are NORed",
                        "{\"StringNotEquals\":{\"s3:object-lock-mode\":" + "[\"GOVERNANCE\",\"COMPLIANCE\"]}}",
                        with(mode, "COMPLIANCE"),
                        false),
                row(
                        "StringNotEqualsIfExists, key absent: true",
                        "{\"StringNotEqualsIfExists\":" + "{\"s3:object-lock-mode\":\"COMPLIANCE\"}}",
                        NONE,
                        true),
                row(
                        "StringEqualsIgnoreCase",
                        "{\"StringEqualsIgnoreCase\":{\"s3:object-lock-mode\":\"governance\"}}",
                        with(mode, "GOVERNANCE"),
                        true),
                row(
                        "StringNotEqualsIgnoreCase, same letters: false",
                        "{\"StringNotEqualsIgnoreCase\":" + "{\"s3:object-lock-mode\":\"governance\"}}",
                        with(mode, "GOVERNANCE"),
                        false),
                row(
                        "StringNotEqualsIgnoreCase, key absent: true",
                        "{\"StringNotEqualsIgnoreCase\":" + "{\"s3:object-lock-mode\":\"governance\"}}",
                        NONE,
                        true),
                row(
                        "StringLike with *",
                        "{\"StringLike\":{\"s3:prefix\":\"reports/*\"}}",
                        with("s3:prefix", "reports/2030/"),
                        true),
                row(
                        "StringLike with ?",
                        "{\"StringLike\":{\"s3:prefix\":\"report?/\"}}",
                        with("s3:prefix", "reports/"),
                        true),
                row(
                        "StringLike, no match",
                        "{\"StringLike\":{\"s3:prefix\":\"reports/*\"}}",
                        with("s3:prefix", "logs/"),
                        false),
                row("StringLike, key absent: false", "{\"StringLike\":{\"s3:prefix\":\"*\"}}", NONE, false),
                row(
                        "StringLikeIfExists, key absent: true",
                        "{\"StringLikeIfExists\":{\"s3:prefix\":\"reports/*\"}}",
                        NONE,
                        true),
                row(
                        "StringNotLike, match: false",
                        "{\"StringNotLike\":{\"s3:prefix\":\"reports/*\"}}",
                        with("s3:prefix", "reports/a"),
                        false),
                row(
                        "StringNotLike, key absent: true",
                        "{\"StringNotLike\":{\"s3:prefix\":\"reports/*\"}}",
                        NONE,
                        true));
    }

    static Stream<Arguments> numbersDatesAndBooleans() {
        String days = "s3:object-lock-remaining-retention-days";
        String now = "aws:CurrentTime";
        return Stream.of(
                row("NumericEquals", "{\"NumericEquals\":{\"s3:max-keys\":\"10\"}}", with("s3:max-keys", "10"), true),
                row(
                        "NumericEquals compares numbers, not text",
                        "{\"NumericEquals\":{\"s3:max-keys\":\"10\"}}",
                        with("s3:max-keys", "10.0"),
                        true),
                row(
                        "NumericEquals, JSON number in the policy",
                        "{\"NumericEquals\":{\"s3:max-keys\":10}}",
                        with("s3:max-keys", "10"),
                        true),
                row(
                        "NumericEquals, request value not a number: false",
                        "{\"NumericEquals\":{\"s3:max-keys\":\"10\"}}",
                        with("s3:max-keys", "ten"),
                        false),
                row("NumericEquals, key absent: false", "{\"NumericEquals\":{\"s3:max-keys\":\"10\"}}", NONE, false),
                row(
                        "NumericNotEquals, key absent: true",
                        "{\"NumericNotEquals\":{\"s3:max-keys\":\"10\"}}",
                        NONE,
                        true),
                row(
                        "NumericNotEquals, different: true",
                        "{\"NumericNotEquals\":{\"s3:max-keys\":\"10\"}}",
                        with("s3:max-keys", "11"),
                        true),
                row("NumericLessThan 9 < 10", "{\"NumericLessThan\":{\"" + days + "\":\"10\"}}", with(days, "9"), true),
                row(
                        "NumericLessThan 10 < 10 is false",
                        "{\"NumericLessThan\":{\"" + days + "\":\"10\"}}",
                        with(days, "10"),
                        false),
                row(
                        "NumericLessThanEquals 10 <= 10",
                        "{\"NumericLessThanEquals\":{\"" + days + "\":\"10\"}}",
                        with(days, "10"),
                        true),
                row(
                        "NumericGreaterThan 11 > 10",
                        "{\"NumericGreaterThan\":{\"" + days + "\":\"10\"}}",
                        with(days, "11"),
                        true),
                row(
                        "NumericGreaterThan 10 > 10 is false",
                        "{\"NumericGreaterThan\":{\"" + days + "\":\"10\"}}",
                        with(days, "10"),
                        false),
                row(
                        "NumericGreaterThanEquals 10 >= 10",
                        "{\"NumericGreaterThanEquals\":{\"" + days + "\":\"10\"}}",
                        with(days, "10"),
                        true),
                row(
                        "NumericGreaterThanIfExists, key absent: true",
                        "{\"NumericGreaterThanIfExists\":{\"" + days + "\":\"10\"}}",
                        NONE,
                        true),
                row(
                        "DateLessThan",
                        "{\"DateLessThan\":{\"aws:CurrentTime\":\"2031-01-01T00:00:00Z\"}}",
                        with(now, "2030-06-01T00:00:00Z"),
                        true),
                row(
                        "DateLessThan, later: false",
                        "{\"DateLessThan\":{\"aws:CurrentTime\":\"2031-01-01T00:00:00Z\"}}",
                        with(now, "2031-06-01T00:00:00Z"),
                        false),
                row(
                        "DateEquals, a date is its midnight UTC",
                        "{\"DateEquals\":{\"aws:CurrentTime\":\"2030-01-01\"}}",
                        with(now, "2030-01-01T00:00:00Z"),
                        true),
                row(
                        "DateEquals, offsets compare as instants",
                        "{\"DateEquals\":{\"aws:CurrentTime\":" + "\"2030-01-01T01:00:00+01:00\"}}",
                        with(now, "2030-01-01T00:00:00Z"),
                        true),
                row(
                        "DateGreaterThan, epoch seconds in the policy",
                        "{\"DateGreaterThan\":{\"aws:EpochTime\":\"1893456000\"}}",
                        with("aws:EpochTime", "1893456001"),
                        true),
                row(
                        "DateLessThanEquals, equal",
                        "{\"DateLessThanEquals\":{\"s3:object-lock-retain-until-date\":" + "\"2030-01-01T00:00:00Z\"}}",
                        with("s3:object-lock-retain-until-date", "2030-01-01T00:00:00.000Z"),
                        true),
                row(
                        "DateGreaterThanEquals",
                        "{\"DateGreaterThanEquals\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"}}",
                        with(now, "2030-01-01T00:00:00Z"),
                        true),
                row(
                        "DateNotEquals, key absent: true",
                        "{\"DateNotEquals\":{\"aws:CurrentTime\":\"2030-01-01\"}}",
                        NONE,
                        true),
                row(
                        "DateLessThan, key absent: false",
                        "{\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01\"}}",
                        NONE,
                        false),
                row(
                        "Bool false, JSON boolean in the policy",
                        "{\"Bool\":{\"aws:SecureTransport\":false}}",
                        with("aws:SecureTransport", "false"),
                        true),
                row(
                        "Bool, other value: false",
                        "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}",
                        with("aws:SecureTransport", "false"),
                        false),
                row("Bool, key absent: false", "{\"Bool\":{\"aws:SecureTransport\":\"false\"}}", NONE, false),
                row(
                        "BoolIfExists, key absent: true",
                        "{\"BoolIfExists\":{\"aws:SecureTransport\":\"false\"}}",
                        NONE,
                        true),
                row(
                        "BinaryEquals compares the decoded bytes",
                        "{\"BinaryEquals\":{\"s3:x-key\":\"QmluYXJ5VmFsdWU=\"}}",
                        with("s3:x-key", "QmluYXJ5VmFsdWU="),
                        true),
                row(
                        "BinaryEquals, other bytes: false",
                        "{\"BinaryEquals\":{\"s3:x-key\":\"QmluYXJ5VmFsdWU=\"}}",
                        with("s3:x-key", "T3RoZXI="),
                        false));
    }

    static Stream<Arguments> addressesArnsAndNull() {
        String ip = "aws:SourceIp";
        return Stream.of(
                row(
                        "IpAddress, inside the CIDR",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}",
                        with(ip, "192.0.2.10"),
                        true),
                row(
                        "IpAddress, outside",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}",
                        with(ip, "198.51.100.1"),
                        false),
                row(
                        "IpAddress, a single address",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"127.0.0.1\"}}",
                        with(ip, "127.0.0.1"),
                        true),
                row(
                        "IpAddress, odd prefix",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/9\"}}",
                        with(ip, "10.127.1.1"),
                        true),
                row(
                        "IpAddress, IPv6",
                        "{\"IpAddress\":{\"aws:SourceIp\":\"2001:db8::/32\"}}",
                        with(ip, "2001:db8::1"),
                        true),
                row("IpAddress, key absent: false", "{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}", NONE, false),
                row(
                        "NotIpAddress, outside: true",
                        "{\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}",
                        with(ip, "198.51.100.1"),
                        true),
                row(
                        "NotIpAddress, inside: false",
                        "{\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}",
                        with(ip, "192.0.2.1"),
                        false),
                row(
                        "NotIpAddress, key absent: true",
                        "{\"NotIpAddress\":{\"aws:SourceIp\":\"192.0.2.0/24\"}}",
                        NONE,
                        true),
                row(
                        "ArnLike on the caller's aws:PrincipalArn",
                        "{\"ArnLike\":{\"aws:PrincipalArn\":" + "\"arn:aws:iam::123456789012:user/*\"}}",
                        NONE,
                        true),
                row(
                        "ArnEquals takes wildcards per component",
                        "{\"ArnEquals\":{\"aws:PrincipalArn\":" + "\"arn:aws:iam::*:user/app\"}}",
                        NONE,
                        true),
                row(
                        "ArnLike, * does not cross into the next component",
                        "{\"ArnLike\":{\"aws:SourceArn\":" + "\"arn:aws:s3:*:123456789012:job/*\"}}",
                        with("aws:SourceArn", "arn:aws:s3:us-east-1:111122223333:123456789012:job/1"),
                        false),
                row(
                        "ArnLike, * within its component",
                        "{\"ArnLike\":{\"aws:SourceArn\":" + "\"arn:aws:s3:*:123456789012:job/*\"}}",
                        with("aws:SourceArn", "arn:aws:s3:us-east-1:123456789012:job/1"),
                        true),
                row(
                        "ArnLike, a value that is no ARN: false",
                        "{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::*\"}}",
                        with("aws:SourceArn", "bucket"),
                        false),
                row(
                        "ArnNotEquals, key absent: true",
                        "{\"ArnNotEquals\":{\"aws:SourceArn\":\"arn:aws:s3:::b\"}}",
                        NONE,
                        true),
                row(
                        "ArnNotLike, match: false",
                        "{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:user/*\"}}",
                        NONE,
                        false),
                row("Null true, key absent", "{\"Null\":{\"s3:object-lock-mode\":\"true\"}}", NONE, true),
                row(
                        "Null true, key present",
                        "{\"Null\":{\"s3:object-lock-mode\":\"true\"}}",
                        with("s3:object-lock-mode", "GOVERNANCE"),
                        false),
                row(
                        "Null false, key present",
                        "{\"Null\":{\"s3:object-lock-mode\":\"false\"}}",
                        with("s3:object-lock-mode", "GOVERNANCE"),
                        true),
                row("Null false, key absent", "{\"Null\":{\"s3:object-lock-mode\":false}}", NONE, false),
                row(
                        "Null, an empty multivalued key is absent",
                        "{\"Null\":{\"aws:TagKeys\":\"true\"}}",
                        withAll("aws:TagKeys"),
                        true));
    }

    static Stream<Arguments> setQualifiers() {
        String tags = "aws:TagKeys";
        return Stream.of(
                row(
                        "ForAnyValue, one request value listed",
                        "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"a\",\"b\"]}}",
                        withAll(tags, "b", "c"),
                        true),
                row(
                        "ForAnyValue, none listed",
                        "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"a\",\"b\"]}}",
                        withAll(tags, "c", "d"),
                        false),
                row(
                        "ForAnyValue, key absent: false",
                        "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"a\"}}",
                        NONE,
                        false),
                row(
                        "ForAnyValue, empty set: false",
                        "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"a\"}}",
                        withAll(tags),
                        false),
                row(
                        "ForAnyValue IfExists, key absent: true",
                        "{\"ForAnyValue:StringLikeIfExists\":{\"aws:TagKeys\":\"a*\"}}",
                        NONE,
                        true),
                row(
                        "ForAnyValue:StringNotEquals, one value unlisted: true",
                        "{\"ForAnyValue:StringNotEquals\":" + "{\"aws:TagKeys\":\"a\"}}",
                        withAll(tags, "a", "b"),
                        true),
                row(
                        "ForAnyValue:StringNotEquals, all listed: false",
                        "{\"ForAnyValue:StringNotEquals\":" + "{\"aws:TagKeys\":\"a\"}}",
                        withAll(tags, "a"),
                        false),
                row(
                        "ForAllValues, every value listed",
                        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"a\",\"b\"]}}",
                        withAll(tags, "a", "b"),
                        true),
                row(
                        "ForAllValues, one value unlisted",
                        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"a\",\"b\"]}}",
                        withAll(tags, "a", "c"),
                        false),
                row(
                        "ForAllValues, key absent: true",
                        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":\"a\"}}",
                        NONE,
                        true),
                row(
                        "ForAllValues, empty set: true",
                        "{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":\"a\"}}",
                        withAll(tags),
                        true),
                row(
                        "ForAllValues:StringNotLike, one value matches: false",
                        "{\"ForAllValues:StringNotLike\":" + "{\"aws:TagKeys\":\"secret*\"}}",
                        withAll(tags, "public", "secret-1"),
                        false),
                row(
                        "ForAllValues:StringNotLike, none matches: true",
                        "{\"ForAllValues:StringNotLike\":" + "{\"aws:TagKeys\":\"secret*\"}}",
                        withAll(tags, "public"),
                        true),
                row(
                        "no qualifier on a multivalued key: any value (best guess)",
                        "{\"StringEquals\":{\"aws:TagKeys\":\"b\"}}",
                        withAll(tags, "a", "b"),
                        true),
                row(
                        "operators are ANDed",
                        "{\"StringEquals\":{\"s3:prefix\":\"a\"},\"Bool\":{\"aws:SecureTransport\":" + "\"true\"}}",
                        ConditionContext.builder()
                                .put("s3:prefix", "a")
                                .put("aws:SecureTransport", "false")
                                .build(),
                        false),
                row(
                        "keys under one operator are ANDed",
                        "{\"StringEquals\":{\"s3:prefix\":\"a\",\"s3:delimiter\":\"/\"}}",
                        ConditionContext.builder()
                                .put("s3:prefix", "a")
                                .put("s3:delimiter", "/")
                                .build(),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"strings", "numbersDatesAndBooleans", "addressesArnsAndNull", "setQualifiers"})
    void condition(String name, String condition, ConditionContext context, boolean holds) {
        Policy policy = identity("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\",\"Condition\":" + condition + "}}");
        Decision decision = PolicyEvaluator.evaluate(APP, "s3:GetObject", OBJECT_ARN, context, List.of(policy), null);
        assertThat(decision).isEqualTo(holds ? Decision.ALLOW : Decision.IMPLICIT_DENY);
    }
}

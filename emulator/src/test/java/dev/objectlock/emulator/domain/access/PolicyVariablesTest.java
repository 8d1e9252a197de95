package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.ACCOUNT;
import static dev.objectlock.emulator.domain.access.AccessFixtures.ANONYMOUS;
import static dev.objectlock.emulator.domain.access.AccessFixtures.APP;
import static dev.objectlock.emulator.domain.access.AccessFixtures.AUDITOR;
import static dev.objectlock.emulator.domain.access.AccessFixtures.BATCH;
import static dev.objectlock.emulator.domain.access.AccessFixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy variables ([P52, P6]; IAM User Guide "IAM policy elements: Variables and tags"): resolved
 * per caller under 2012-10-17, literal text under 2008-10-17, special characters, defaults, and absent
 * keys that make a value match nothing.
 */
class PolicyVariablesTest {

    private static boolean allowed(
            String version, String resource, Principal caller, String requested, ConditionContext context) {
        String policy = "{" + (version == null ? "" : "\"Version\":\"" + version + "\",")
                + "\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"" + resource + "\"}}";
        Policy p = PolicyJson.parse(policy, PolicyKind.IDENTITY);
        return PolicyEvaluator.evaluate(caller, "s3:GetObject", requested, context, List.of(p), null)
                .allowed();
    }

    static Stream<Arguments> resources() {
        String v12 = Policy.VERSION_2012;
        return Stream.of(
                // version, Resource, caller, requested ARN, allowed -- source
                Arguments.of(
                        "${aws:username} is the user's name",
                        v12,
                        "arn:aws:s3:::home/${aws:username}/*",
                        APP,
                        "arn:aws:s3:::home/app/notes.txt",
                        true),
                Arguments.of(
                        "${aws:username} of another user",
                        v12,
                        "arn:aws:s3:::home/${aws:username}/*",
                        AUDITOR,
                        "arn:aws:s3:::home/app/notes.txt",
                        false),
                Arguments.of(
                        "variable names are case-insensitive",
                        v12,
                        "arn:aws:s3:::home/${AWS:UserName}/*",
                        APP,
                        "arn:aws:s3:::home/app/x",
                        true),
                Arguments.of(
                        "${aws:userid} of a user is its AIDA ID",
                        v12,
                        "arn:aws:s3:::home/${aws:userid}/*",
                        APP,
                        "arn:aws:s3:::home/" + APP.userId() + "/x",
                        true),
                Arguments.of(
                        "${aws:userid} of a role session is ROLEID:SESSION ([P6])",
                        v12,
                        "arn:aws:s3:::home/${aws:userid}/*",
                        BATCH,
                        "arn:aws:s3:::home/" + BATCH.roleId() + ":job-1/x",
                        true),
                Arguments.of(
                        "${aws:userid} of the root is the account ID ([P6])",
                        v12,
                        "arn:aws:s3:::home/${aws:userid}",
                        ROOT,
                        "arn:aws:s3:::home/" + ACCOUNT,
                        true),
                Arguments.of(
                        "${aws:PrincipalAccount}",
                        v12,
                        "arn:aws:s3:::acct-${aws:PrincipalAccount}/*",
                        APP,
                        "arn:aws:s3:::acct-" + ACCOUNT + "/x",
                        true),
                Arguments.of(
                        "${aws:username} is absent for a role session: the value matches nothing ([P52])",
                        v12,
                        "arn:aws:s3:::home/${aws:username}*",
                        BATCH,
                        "arn:aws:s3:::home/x",
                        false),
                Arguments.of(
                        "a default value stands in for an absent key",
                        v12,
                        "arn:aws:s3:::home/${aws:username, 'shared'}/*",
                        BATCH,
                        "arn:aws:s3:::home/shared/x",
                        true),
                Arguments.of(
                        "a default value is unused when the key is present",
                        v12,
                        "arn:aws:s3:::home/${aws:username, 'shared'}/*",
                        APP,
                        "arn:aws:s3:::home/shared/x",
                        false),
                Arguments.of(
                        "${*} is a literal star, not a wildcard",
                        v12,
                        "arn:aws:s3:::locked/a${*}b",
                        APP,
                        "arn:aws:s3:::locked/a*b",
                        true),
                Arguments.of(
                        "${*} does not match other text",
                        v12,
                        "arn:aws:s3:::locked/a${*}b",
                        APP,
                        "arn:aws:s3:::locked/axb",
                        false),
                Arguments.of(
                        "${?} is a literal question mark",
                        v12,
                        "arn:aws:s3:::locked/why${?}",
                        APP,
                        "arn:aws:s3:::locked/why?",
                        true),
                Arguments.of(
                        "${$} is a literal dollar",
                        v12,
                        "arn:aws:s3:::locked/${$}{aws:username}",
                        APP,
                        "arn:aws:s3:::locked/${aws:username}",
                        true),
                Arguments.of(
                        "2008-10-17: variables are literal text ([P52])",
                        Policy.VERSION_2008,
                        "arn:aws:s3:::home/${aws:username}/*",
                        APP,
                        "arn:aws:s3:::home/${aws:username}/x",
                        true),
                Arguments.of(
                        "2008-10-17: the variable is not resolved",
                        Policy.VERSION_2008,
                        "arn:aws:s3:::home/${aws:username}/*",
                        APP,
                        "arn:aws:s3:::home/app/x",
                        false),
                Arguments.of(
                        "no Version means 2008-10-17 ([P52])",
                        null,
                        "arn:aws:s3:::home/${aws:username}/*",
                        APP,
                        "arn:aws:s3:::home/app/x",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void inResources(
            String name, String version, String resource, Principal caller, String requested, boolean allowed) {
        assertThat(allowed(version, resource, caller, requested, ConditionContext.EMPTY))
                .isEqualTo(allowed);
    }

    @Test
    void requestKeysAreVariablesToo() {
        ConditionContext context =
                ConditionContext.builder().put("s3:prefix", "2030").build();
        assertThat(allowed(
                        Policy.VERSION_2012,
                        "arn:aws:s3:::locked/${s3:prefix}/*",
                        APP,
                        "arn:aws:s3:::locked/2030/a",
                        context))
                .isTrue();
    }

    @Test
    void multivaluedKeysAreNoVariables() {
        // IAM User Guide "Single-valued vs. multivalued context keys": multivalued keys cannot be variables.
        ConditionContext context = ConditionContext.builder()
                .putAll("aws:TagKeys", List.of("a", "b"))
                .build();
        assertThat(allowed(
                        Policy.VERSION_2012,
                        "arn:aws:s3:::locked/${aws:TagKeys}",
                        APP,
                        "arn:aws:s3:::locked/a",
                        context))
                .isFalse();
    }

    @Test
    void theContextCannotOverrideWhoTheCallerIs() {
        ConditionContext forged =
                ConditionContext.builder().put("aws:username", "admin").build();
        assertThat(allowed(
                        Policy.VERSION_2012,
                        "arn:aws:s3:::home/${aws:username}/*",
                        APP,
                        "arn:aws:s3:::home/admin/x",
                        forged))
                .isFalse();
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                // condition, caller, context, holds -- IAM User Guide "Variables": string and ARN operators only
                Arguments.of(
                        "StringLike s3:prefix ${aws:username}/*",
                        "{\"StringLike\":{\"s3:prefix\":" + "\"${aws:username}/*\"}}",
                        APP,
                        ConditionContext.builder().put("s3:prefix", "app/2030").build(),
                        true),
                Arguments.of(
                        "StringEquals with a resolved variable compares literally",
                        "{\"StringEquals\":{\"s3:prefix\":\"${aws:username}*\"}}",
                        APP,
                        ConditionContext.builder().put("s3:prefix", "app*").build(),
                        true),
                Arguments.of(
                        "ArnEquals aws:PrincipalArn with ${aws:PrincipalAccount}",
                        "{\"ArnEquals\":{\"aws:PrincipalArn\":" + "\"arn:aws:iam::${aws:PrincipalAccount}:user/app\"}}",
                        APP,
                        ConditionContext.EMPTY,
                        true),
                Arguments.of(
                        "aws:PrincipalArn of a session is its role's ARN",
                        "{\"ArnEquals\":{\"aws:PrincipalArn\":"
                                + "\"arn:aws:iam::123456789012:role/batch-operations\"}}",
                        BATCH,
                        ConditionContext.EMPTY,
                        true),
                Arguments.of(
                        "aws:PrincipalType of a session",
                        "{\"StringEquals\":{\"aws:PrincipalType\":\"AssumedRole\"}}",
                        BATCH,
                        ConditionContext.EMPTY,
                        true),
                Arguments.of(
                        "aws:PrincipalType of the root",
                        "{\"StringEquals\":{\"aws:PrincipalType\":\"Account\"}}",
                        ROOT,
                        ConditionContext.EMPTY,
                        true),
                Arguments.of(
                        "variables in numeric values are not resolved",
                        "{\"NumericEquals\":{\"s3:max-keys\":" + "\"${s3:signatureAge}\"}}",
                        APP,
                        ConditionContext.builder()
                                .put("s3:max-keys", "5")
                                .put("s3:signatureAge", "5")
                                .build(),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditions")
    void inConditions(String name, String condition, Principal caller, ConditionContext context, boolean holds) {
        Policy p = PolicyJson.parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                        + "\"Resource\":\"*\",\"Condition\":" + condition + "}}",
                PolicyKind.IDENTITY);
        Policy bucket = PolicyJson.parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":" + condition
                        + "}}",
                PolicyKind.BUCKET);
        // The root and sessions are tested through the bucket policy, users through their identity policy.
        Decision d = PolicyEvaluator.evaluate(
                caller, "s3:GetObject", "arn:aws:s3:::locked/a", context, List.of(p), caller == APP ? null : bucket);
        assertThat(d.allowed()).isEqualTo(holds || caller == ROOT);
        if (caller == ROOT) {
            // the root is allowed anyway; its keys are checked through a Deny instead
            Policy deny = PolicyJson.parse(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\","
                            + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":" + condition
                            + "}}",
                    PolicyKind.BUCKET);
            assertThat(PolicyEvaluator.evaluate(
                            ROOT, "s3:GetObject", "arn:aws:s3:::locked/a", context, List.of(), deny))
                    .isEqualTo(holds ? Decision.EXPLICIT_DENY_RESOURCE : Decision.ALLOW);
        }
    }

    @Test
    void anonymousCallersHaveOnlyTheirType() {
        Policy onlyAnonymous = PolicyJson.parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                        + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalType\":"
                        + "\"Anonymous\"},\"Null\":{\"aws:userid\":\"true\"}}}]}",
                PolicyKind.BUCKET);
        assertThat(PolicyEvaluator.evaluate(
                        ANONYMOUS,
                        "s3:GetObject",
                        "arn:aws:s3:::locked/a",
                        ConditionContext.EMPTY,
                        List.of(),
                        onlyAnonymous))
                .isEqualTo(Decision.ALLOW);
        assertThat(PolicyEvaluator.evaluate(
                        APP, "s3:GetObject", "arn:aws:s3:::locked/a", ConditionContext.EMPTY, List.of(), onlyAnonymous))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }
}

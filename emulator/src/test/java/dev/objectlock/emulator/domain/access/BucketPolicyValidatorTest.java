package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.ACCOUNT;
import static dev.objectlock.emulator.domain.access.AccessFixtures.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PutBucketPolicy's MalformedPolicy messages ([P.10, P68, P69]) and the policies it accepts. */
class BucketPolicyValidatorTest {

    private static final Identities IDENTITIES = IdentitiesJson.parse(
            "{\"users\":[{\"name\":\"app\","
                    + "\"accessKeyId\":\"AKIAAPP000000000000\",\"secretAccessKey\":\"s\"},{\"name\":\"auditor\",\"path\":\"/team/\","
                    + "\"accessKeyId\":\"AKIAAUDIT0000000000\",\"secretAccessKey\":\"s\"}],\"roles\":[{\"name\":\"batch-operations\"}]}",
            ACCOUNT);
    private static final String OBJECTS = "\"arn:aws:s3:::locked/*\"";

    /** A one-statement policy: the statement's members as JSON text. */
    private static String policy(String members) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{" + members + "}]}";
    }

    private static String allow(String principal, String action, String resource) {
        return policy("\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":" + action + ",\"Resource\":"
                + resource);
    }

    static Stream<Arguments> refused() {
        String aws = "{\"AWS\":\"arn:aws:iam::123456789012:user/app\"}";
        return Stream.of(
                // name, document, Message -- source in PolicyProblem
                Arguments.of("empty body", "", "Policies must be valid JSON and the first byte must be '{'"),
                Arguments.of("not JSON", "policy", "Policies must be valid JSON and the first byte must be '{'"),
                Arguments.of("a JSON array", "[{}]", "Policies must be valid JSON and the first byte must be '{'"),
                Arguments.of("{}", "{}", "Missing required field Statement"),
                Arguments.of("no Statement", "{\"Version\":\"2012-10-17\"}", "Missing required field Statement"),
                Arguments.of("JSON syntax error", "{\"Statement\":[", "This policy contains invalid Json"),
                Arguments.of(
                        "a member given twice",
                        "{\"Statement\":[],\"Statement\":[]}",
                        "This policy contains invalid Json"),
                Arguments.of(
                        "empty Statement",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                        "Could not parse the policy: Statement is empty!"),
                Arguments.of(
                        "unknown Version",
                        "{\"Version\":\"2020-01-01\",\"Statement\":[{}]}",
                        "The policy must contain a valid version string"),
                Arguments.of(
                        "Effect hello",
                        policy("\"Effect\":\"hello\",\"Principal\":\"*\",\"Action\":\"s3:*\"," + "\"Resource\":"
                                + OBJECTS),
                        "Invalid effect: hello"),
                Arguments.of(
                        "Effect is case-sensitive",
                        policy("\"Effect\":\"allow\",\"Principal\":\"*\",\"Action\":\"s3:*\"," + "\"Resource\":"
                                + OBJECTS),
                        "Invalid effect: allow"),
                Arguments.of(
                        "no Effect",
                        policy("\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":" + OBJECTS),
                        "Missing required field Effect"),
                Arguments.of(
                        "no Principal",
                        policy("\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":" + OBJECTS),
                        "Missing required field Principal"),
                Arguments.of(
                        "empty Principal",
                        allow("{}", "\"s3:*\"", OBJECTS),
                        "Missing required field Principal cannot be empty!"),
                Arguments.of(
                        "a principal that is no ARN",
                        allow("{\"AWS\":\"AKIAAPP000000000000\"}", "\"s3:*\"", OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "a user that is not configured",
                        allow("{\"AWS\":\"arn:aws:iam::123456789012:user/ghost\"}", "\"s3:*\"", OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "a user named without its path",
                        allow("{\"AWS\":\"arn:aws:iam::123456789012:user/auditor\"}", "\"s3:*\"", OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "another account",
                        allow("{\"AWS\":\"111122223333\"}", "\"s3:*\"", OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "a Federated principal",
                        allow("{\"Federated\":\"cognito-identity.amazonaws.com\"}", "\"s3:*\"", OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "a principal string other than *",
                        allow("\"app\"", "\"s3:*\"", OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "NotPrincipal with Allow ([P55])",
                        policy("\"Effect\":\"Allow\",\"NotPrincipal\":" + aws + ",\"Action\":\"s3:*\",\"Resource\":"
                                + OBJECTS),
                        "Invalid principal in policy"),
                Arguments.of(
                        "no Action",
                        policy("\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":" + OBJECTS),
                        "Missing required field Action"),
                Arguments.of(
                        "an action that is no action (versitygw#650)",
                        allow("\"*\"", "\"invalid_action\"", OBJECTS),
                        "Policy has invalid action"),
                Arguments.of(
                        "a misspelt S3 action",
                        allow("\"*\"", "\"s3:GetObjectt\"", OBJECTS),
                        "Policy has invalid action"),
                Arguments.of(
                        "another service's action",
                        allow("\"*\"", "\"sqs:SendMessage\"", OBJECTS),
                        "Policy has invalid action"),
                Arguments.of(
                        "no Resource",
                        policy("\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\""),
                        "Missing required field Resource"),
                Arguments.of(
                        "Resource * (noobaa#10058)",
                        allow("\"*\"", "\"s3:*\"", "\"*\""),
                        "Policy has invalid resource"),
                Arguments.of(
                        "another bucket",
                        allow("\"*\"", "\"s3:*\"", "\"arn:aws:s3:::other/*\""),
                        "Policy has invalid resource"),
                Arguments.of(
                        "a bucket that only starts with this one",
                        allow("\"*\"", "\"s3:*\"", "\"arn:aws:s3:::locked-too/*\""),
                        "Policy has invalid resource"),
                Arguments.of(
                        "an object action on the bucket ARN (versitygw#645)",
                        allow("\"*\"", "\"s3:PutObject\"", "\"arn:aws:s3:::locked\""),
                        "Action does not apply to any resource(s) in statement"),
                Arguments.of(
                        "a bucket action on bucket/*",
                        allow("\"*\"", "\"s3:ListBucket\"", OBJECTS),
                        "Action does not apply to any resource(s) in statement"),
                Arguments.of(
                        "an action without resource type",
                        allow("\"*\"", "\"s3:ListAllMyBuckets\"", "\"arn:aws:s3:::locked\""),
                        "Action does not apply to any resource(s) in statement"),
                Arguments.of(
                        "one of two actions does not apply",
                        allow("\"*\"", "[\"s3:GetObject\",\"s3:ListBucket\"]", OBJECTS),
                        "Action does not apply to any resource(s) in statement"),
                Arguments.of(
                        "an unknown condition operator",
                        policy("\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":" + "\"s3:*\",\"Resource\":"
                                + OBJECTS + ",\"Condition\":{\"StringEqualz\":{\"s3:prefix\":\"a\"}}"),
                        "Invalid Condition type : StringEqualz"),
                Arguments.of(
                        "operator names are case-sensitive",
                        policy("\"Effect\":\"Deny\",\"Principal\":\"*\","
                                + "\"Action\":\"s3:*\",\"Resource\":" + OBJECTS + ",\"Condition\":{\"stringequals\":"
                                + "{\"s3:prefix\":\"a\"}}"),
                        "Invalid Condition type : stringequals"),
                Arguments.of(
                        "Null takes no IfExists",
                        policy("\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\"," + "\"Resource\":"
                                + OBJECTS + ",\"Condition\":{\"NullIfExists\":{\"s3:prefix\":\"true\"}}"),
                        "Invalid Condition type : NullIfExists"),
                Arguments.of(
                        "an IP condition that is no address",
                        policy("\"Effect\":\"Deny\",\"Principal\":\"*\","
                                + "\"Action\":\"s3:*\",\"Resource\":" + OBJECTS + ",\"Condition\":{\"IpAddress\":"
                                + "{\"aws:SourceIp\":\"localhost\"}}"),
                        "Invalid IP address in Conditions"),
                Arguments.of(
                        "a misspelt element",
                        policy("\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\"," + "\"Resource\":"
                                + OBJECTS + ",\"Conditon\":{}"),
                        "Invalid policy syntax."),
                Arguments.of(
                        "Action and NotAction together",
                        policy("\"Effect\":\"Deny\",\"Principal\":\"*\","
                                + "\"Action\":\"s3:*\",\"NotAction\":\"s3:Get*\",\"Resource\":" + OBJECTS),
                        "Invalid policy syntax."),
                Arguments.of("an Action that is a number", allow("\"*\"", "3", OBJECTS), "Invalid policy syntax."),
                Arguments.of(
                        "over 20 KB ([P68])",
                        allow("\"*\"", "\"s3:GetObject\"", OBJECTS)
                                .replace("\"Version\"", " ".repeat(20 * 1024) + "\"Version\""),
                        "Policies must be less than 20 KB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refused(String name, String document, String message) {
        assertThatThrownBy(() -> BucketPolicyValidator.read(document, BUCKET, IDENTITIES))
                .isInstanceOfSatisfying(
                        MalformedPolicyException.class,
                        e -> assertThat(e.error().message()).isEqualTo(message));
    }

    static Stream<Arguments> accepted() {
        String user = "arn:aws:iam::123456789012:user/app";
        return Stream.of(
                Arguments.of(
                        "the UG maximum-retention example with s3:PutObject ([P50])",
                        policy("\"Effect\":\"Deny\","
                                + "\"Principal\":\"*\",\"Action\":[\"s3:PutObjectRetention\",\"s3:PutObject\"],\"Resource\":"
                                + OBJECTS + ",\"Condition\":{\"NumericGreaterThan\":"
                                + "{\"s3:object-lock-remaining-retention-days\":\"10\"}}")),
                Arguments.of("the account ID", allow("{\"AWS\":\"123456789012\"}", "\"s3:*\"", OBJECTS)),
                Arguments.of(
                        "the account's root ARN",
                        allow("{\"AWS\":\"arn:aws:iam::123456789012:root\"}", "\"s3:*\"", OBJECTS)),
                Arguments.of(
                        "users, with their path",
                        allow(
                                "{\"AWS\":[\"" + user + "\",\"arn:aws:iam::123456789012:user/" + "team/auditor\"]}",
                                "\"s3:*\"",
                                OBJECTS)),
                Arguments.of(
                        "a role and one of its sessions",
                        allow(
                                "{\"AWS\":[\"arn:aws:iam::123456789012:role/"
                                        + "batch-operations\",\"arn:aws:sts::123456789012:assumed-role/batch-operations/job-1\"]}",
                                "\"s3:*\"",
                                OBJECTS)),
                Arguments.of(
                        "{\"AWS\":\"*\"} and a service",
                        allow(
                                "{\"AWS\":\"*\",\"Service\":" + "\"batchoperations.s3.amazonaws.com\"}",
                                "\"s3:*\"",
                                OBJECTS)),
                Arguments.of(
                        "the account's canonical user ID ([P5])",
                        allow("{\"CanonicalUser\":\"" + IamIds.canonicalUserId(ACCOUNT) + "\"}", "\"s3:*\"", OBJECTS)),
                Arguments.of(
                        "s3:Get* on the bucket alone (versitygw#1488)",
                        allow("\"*\"", "\"s3:Get*\"", "\"arn:aws:s3:::locked\"")),
                Arguments.of(
                        "Action * on bucket and objects",
                        allow("\"*\"", "\"*\"", "[\"arn:aws:s3:::locked\",\"arn:aws:s3:::locked/*\"]")),
                Arguments.of(
                        "a wildcard bucket part that matches",
                        allow("\"*\"", "\"s3:GetObject\"", "\"arn:aws:s3:::lock*/*\"")),
                Arguments.of(
                        "NotPrincipal with Deny, NotAction, NotResource",
                        policy("\"Effect\":\"Deny\","
                                + "\"NotPrincipal\":{\"AWS\":[\"" + user
                                + "\",\"123456789012\"]},\"NotAction\":\"s3:Get*\","
                                + "\"NotResource\":\"arn:aws:s3:::locked/public/*\"")),
                Arguments.of(
                        "one Statement object, no Version",
                        "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                                + "\"Action\":\"s3:GetObject\",\"Resource\":" + OBJECTS + "}}"),
                Arguments.of("leading blanks [UNCERTAIN]", "\n  " + allow("\"*\"", "\"s3:GetObject\"", OBJECTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepted(String name, String document) {
        assertThatCode(() -> BucketPolicyValidator.read(document, BUCKET, IDENTITIES))
                .doesNotThrowAnyException();
    }

    @Test
    void faultsNameTheirPlace() {
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
                + "\"s3:GetObject\",\"Resource\":" + OBJECTS + "},{\"Effect\":\"Alow\",\"Principal\":\"*\",\"Action\":"
                + "\"s3:GetObject\",\"Resource\":" + OBJECTS + "}]}";
        assertThatThrownBy(() -> BucketPolicyValidator.read(doc, BUCKET, IDENTITIES))
                .isInstanceOfSatisfying(MalformedPolicyException.class, e -> {
                    assertThat(e.error().problem()).isEqualTo(PolicyProblem.INVALID_EFFECT);
                    assertThat(e.error().path()).isEqualTo("Statement[1].Effect");
                    assertThat(e.getMessage()).isEqualTo("Statement[1].Effect: Invalid effect: Alow");
                });
    }

    @Test
    void identityPoliciesNameNoPrincipal() {
        // [P53]: identity policies must not contain Principal, trust policies may omit Resource.
        assertThatThrownBy(() -> PolicyJson.parse(allow("\"*\"", "\"s3:*\"", "\"*\""), PolicyKind.IDENTITY))
                .isInstanceOfSatisfying(
                        MalformedPolicyException.class,
                        e -> assertThat(e.error().problem()).isEqualTo(PolicyProblem.PRINCIPAL_NOT_ALLOWED));
        Policy trust = PolicyJson.parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                        + "{\"Service\":\"batchoperations.s3.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
                PolicyKind.TRUST);
        assertThat(PolicyEvaluator.trusts(trust, Policy.BATCH_OPERATIONS, "arn:aws:iam::123456789012:role/r"))
                .isTrue();
        assertThat(trust.statements()).extracting(Statement::resource).containsExactly((PatternList) null);
        assertThat(List.of(trust.version())).containsExactly(Policy.VERSION_2012);
    }
}

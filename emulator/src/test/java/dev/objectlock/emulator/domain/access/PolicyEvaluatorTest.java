package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.ACCOUNT;
import static dev.objectlock.emulator.domain.access.AccessFixtures.ANONYMOUS;
import static dev.objectlock.emulator.domain.access.AccessFixtures.APP;
import static dev.objectlock.emulator.domain.access.AccessFixtures.AUDITOR;
import static dev.objectlock.emulator.domain.access.AccessFixtures.BATCH;
import static dev.objectlock.emulator.domain.access.AccessFixtures.BUCKET_ARN;
import static dev.objectlock.emulator.domain.access.AccessFixtures.OBJECT_ARN;
import static dev.objectlock.emulator.domain.access.AccessFixtures.ROOT;
import static dev.objectlock.emulator.domain.access.AccessFixtures.bucket;
import static dev.objectlock.emulator.domain.access.AccessFixtures.doc;
import static dev.objectlock.emulator.domain.access.AccessFixtures.identity;
import static dev.objectlock.emulator.domain.access.AccessFixtures.q;
import static dev.objectlock.emulator.domain.access.AccessFixtures.stmt;
import static dev.objectlock.emulator.domain.access.Decision.ALLOW;
import static dev.objectlock.emulator.domain.access.Decision.EXPLICIT_DENY_IDENTITY;
import static dev.objectlock.emulator.domain.access.Decision.EXPLICIT_DENY_RESOURCE;
import static dev.objectlock.emulator.domain.access.Decision.IMPLICIT_DENY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Same-account evaluation, case by case ([P.9], [P57]–[P65]; IAM User Guide "Policy evaluation logic",
 * "AWS JSON policy elements: Principal", "NotPrincipal", "Action", "Resource").
 */
class PolicyEvaluatorTest {

    private static final String OBJECTS = q("arn:aws:s3:::locked/*");
    private static final Policy ALLOW_GET = identity(doc(stmt("Allow", q("s3:GetObject"), OBJECTS)));
    private static final Policy ALLOW_ALL = identity(doc(stmt("Allow", q("s3:*"), q("*"))));
    private static final Policy DENY_GET = identity(doc(stmt("Deny", q("s3:GetObject"), OBJECTS)));

    private static Policy bucketAllow(String principal) {
        return bucket(doc(stmt("Allow", principal, q("s3:GetObject"), OBJECTS)));
    }

    private static Policy bucketDeny(String principal) {
        return bucket(doc(stmt("Deny", principal, q("s3:*"), OBJECTS)));
    }

    private static String aws(String... ids) {
        return "{\"AWS\":["
                + String.join(",", Stream.of(ids).map(AccessFixtures::q).toList()) + "]}";
    }

    private static Arguments row(
            String name, Principal p, String action, List<Policy> identity, Policy bucket, Decision expected) {
        return Arguments.of(name, p, action, OBJECT_ARN, identity, bucket, expected);
    }

    static Stream<Arguments> order() {
        String app = APP.arn();
        String root = "arn:aws:iam::" + ACCOUNT + ":root";
        return Stream.of(
                // name, principal, action, identity policies, bucket policy, decision -- source
                row("no policy anywhere: implicit deny ([P62])", APP, "s3:GetObject", List.of(), null, IMPLICIT_DENY),
                row("an identity Allow suffices ([P59])", APP, "s3:GetObject", List.of(ALLOW_GET), null, ALLOW),
                row(
                        "a bucket Allow naming the user suffices, no identity policy ([P59])",
                        APP,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws(app)),
                        ALLOW),
                row(
                        "a bucket Allow naming the role ARN covers its sessions ([P59])",
                        BATCH,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws(BATCH.roleArn())),
                        ALLOW),
                row(
                        "a bucket Allow naming the session ARN ([P59])",
                        BATCH,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws(BATCH.arn())),
                        ALLOW),
                row(
                        "a bucket Allow naming only the account delegates: users still need an identity Allow ([P61])",
                        APP,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws(ACCOUNT)),
                        IMPLICIT_DENY),
                row(
                        "a bucket Allow to \"*\" needs no identity policy ([P61])",
                        APP,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(q("*")),
                        ALLOW),
                row(
                        "a bucket Allow to another user is not for app",
                        APP,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws(AUDITOR.arn())),
                        IMPLICIT_DENY),
                row(
                        "an identity Deny beats an identity Allow ([P58])",
                        APP,
                        "s3:GetObject",
                        List.of(ALLOW_ALL, DENY_GET),
                        null,
                        EXPLICIT_DENY_IDENTITY),
                row(
                        "a bucket Deny beats an identity Allow ([P58])",
                        APP,
                        "s3:GetObject",
                        List.of(ALLOW_ALL),
                        bucketDeny(aws(app)),
                        EXPLICIT_DENY_RESOURCE),
                row(
                        "a bucket Deny beats a bucket Allow ([P58])",
                        APP,
                        "s3:GetObject",
                        List.of(),
                        bucket(doc(
                                stmt("Allow", q("*"), q("s3:*"), OBJECTS),
                                stmt("Deny", q("*"), q("s3:GetObject"), OBJECTS))),
                        EXPLICIT_DENY_RESOURCE),
                row(
                        "a bucket Deny naming the account hits its users ([P61])",
                        APP,
                        "s3:GetObject",
                        List.of(ALLOW_ALL),
                        bucketDeny(aws(ACCOUNT)),
                        EXPLICIT_DENY_RESOURCE),
                row(
                        "a bucket Deny naming the account's root ARN hits role sessions too ([P61])",
                        BATCH,
                        "s3:GetObject",
                        List.of(ALLOW_ALL),
                        bucketDeny(aws(root)),
                        EXPLICIT_DENY_RESOURCE),
                row(
                        "a bucket Deny naming another user leaves app alone",
                        APP,
                        "s3:GetObject",
                        List.of(ALLOW_ALL),
                        bucketDeny(aws(AUDITOR.arn())),
                        ALLOW),
                row(
                        "Deny in both kinds: the identity-based one is reported [UNCERTAIN]",
                        APP,
                        "s3:GetObject",
                        List.of(DENY_GET),
                        bucketDeny(q("*")),
                        EXPLICIT_DENY_IDENTITY),
                row("root: allowed without any policy ([P60])", ROOT, "s3:DeleteObjectVersion", List.of(), null, ALLOW),
                row(
                        "root: has no identity policies, so none can deny it ([P60])",
                        ROOT,
                        "s3:GetObject",
                        List.of(DENY_GET),
                        null,
                        ALLOW),
                row(
                        "root: stopped by a bucket Deny to \"*\" ([P60])",
                        ROOT,
                        "s3:GetObject",
                        List.of(),
                        bucketDeny(q("*")),
                        EXPLICIT_DENY_RESOURCE),
                row(
                        "root: stopped by a bucket Deny naming the account ([P60, P61])",
                        ROOT,
                        "s3:GetObject",
                        List.of(),
                        bucketDeny(aws(ACCOUNT)),
                        EXPLICIT_DENY_RESOURCE),
                row(
                        "anonymous: allowed by a bucket Allow to \"*\" ([P33, P63])",
                        ANONYMOUS,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(q("*")),
                        ALLOW),
                row(
                        "anonymous: {\"AWS\":\"*\"} is the same as \"*\"",
                        ANONYMOUS,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws("*")),
                        ALLOW),
                row(
                        "anonymous: an Allow naming the account is not for it ([P63])",
                        ANONYMOUS,
                        "s3:GetObject",
                        List.of(),
                        bucketAllow(aws(ACCOUNT)),
                        IMPLICIT_DENY),
                row(
                        "anonymous: identity policies never apply ([P63])",
                        ANONYMOUS,
                        "s3:GetObject",
                        List.of(ALLOW_ALL),
                        null,
                        IMPLICIT_DENY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("order")
    void evaluationOrder(
            String name,
            Principal p,
            String action,
            String resource,
            List<Policy> identity,
            Policy bucket,
            Decision expected) {
        assertThat(PolicyEvaluator.evaluate(p, action, resource, ConditionContext.EMPTY, identity, bucket))
                .isEqualTo(expected);
    }

    static Stream<Arguments> actionsAndResources() {
        return Stream.of(
                // name, identity policy, action, resource, decision -- source
                Arguments.of(
                        "action names are case-insensitive ([P54])",
                        stmt("Allow", q("S3:getobject"), OBJECTS),
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "s3:Get* covers s3:GetObjectRetention ([P54])",
                        stmt("Allow", q("s3:Get*"), OBJECTS),
                        "s3:GetObjectRetention",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "s3:Get* does not cover s3:PutObject",
                        stmt("Allow", q("s3:Get*"), OBJECTS),
                        "s3:PutObject",
                        OBJECT_ARN,
                        IMPLICIT_DENY),
                Arguments.of(
                        "? is one character in an action",
                        stmt("Allow", q("s3:?etObject"), OBJECTS),
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "\"*\" is every action of every service",
                        stmt("Allow", q("*"), q("*")),
                        "iam:PassRole",
                        "arn:aws:iam::123456789012:role/batch-operations",
                        ALLOW),
                Arguments.of(
                        "several actions in an array are ORed",
                        stmt("Allow", "[\"s3:PutObject\",\"s3:GetObject\"]", OBJECTS),
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "resource ARNs are case-sensitive ([P54])",
                        stmt("Allow", q("s3:*"), q("arn:aws:s3:::LOCKED/*")),
                        "s3:GetObject",
                        OBJECT_ARN,
                        IMPLICIT_DENY),
                Arguments.of(
                        "* in a resource spans / ([P54])",
                        stmt("Allow", q("s3:*"), OBJECTS),
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "? in a resource is one character",
                        stmt("Allow", q("s3:*"), q("arn:aws:s3:::locked/reports/203?.csv")),
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "? never matches two characters",
                        stmt("Allow", q("s3:*"), q("arn:aws:s3:::locked/reports/20?.csv")),
                        "s3:GetObject",
                        OBJECT_ARN,
                        IMPLICIT_DENY),
                Arguments.of(
                        "the bucket ARN is not its objects",
                        stmt("Allow", q("s3:*"), q(BUCKET_ARN)),
                        "s3:GetObject",
                        OBJECT_ARN,
                        IMPLICIT_DENY),
                Arguments.of(
                        "bucket/* is not the bucket",
                        stmt("Allow", q("s3:*"), OBJECTS),
                        "s3:ListBucket",
                        BUCKET_ARN,
                        IMPLICIT_DENY),
                Arguments.of(
                        "NotAction with Allow grants all the others ([P54])",
                        "{\"Effect\":\"Allow\"," + "\"NotAction\":\"s3:Delete*\",\"Resource\":\"*\"}",
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "NotAction with Allow does not grant the listed ones",
                        "{\"Effect\":\"Allow\"," + "\"NotAction\":\"s3:Delete*\",\"Resource\":\"*\"}",
                        "s3:DeleteObjectVersion",
                        OBJECT_ARN,
                        IMPLICIT_DENY),
                Arguments.of(
                        "NotResource with Allow grants all other resources",
                        "{\"Effect\":\"Allow\","
                                + "\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::locked/private/*\"}",
                        "s3:GetObject",
                        OBJECT_ARN,
                        ALLOW),
                Arguments.of(
                        "NotResource with Allow does not grant the listed ones",
                        "{\"Effect\":\"Allow\","
                                + "\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::locked/reports/*\"}",
                        "s3:GetObject",
                        OBJECT_ARN,
                        IMPLICIT_DENY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionsAndResources")
    void actionsAndResources(String name, String statement, String action, String resource, Decision expected) {
        assertThat(PolicyEvaluator.evaluate(
                        APP, action, resource, ConditionContext.EMPTY, List.of(identity(doc(statement))), null))
                .isEqualTo(expected);
    }

    @Test
    void notActionWithDenyDeniesEverythingElse() {
        // "Deny everything but reading": NotAction with Deny denies broadly ([P54]).
        Policy readOnly = identity(doc(
                stmt("Allow", q("s3:*"), q("*")),
                "{\"Effect\":\"Deny\",\"NotAction\":[\"s3:Get*\",\"s3:List*\"],\"Resource\":\"*\"}"));
        assertThat(decide(APP, "s3:GetObjectLegalHold", readOnly)).isEqualTo(ALLOW);
        assertThat(decide(APP, "s3:PutObjectLegalHold", readOnly)).isEqualTo(EXPLICIT_DENY_IDENTITY);
    }

    @Test
    void notResourceWithDenyProtectsEverythingElse() {
        Policy onlyPublic = identity(doc(
                stmt("Allow", q("s3:*"), q("*")),
                "{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::locked/public/*\"}"));
        assertThat(PolicyEvaluator.evaluate(
                        APP,
                        "s3:GetObject",
                        "arn:aws:s3:::locked/public/a",
                        ConditionContext.EMPTY,
                        List.of(onlyPublic),
                        null))
                .isEqualTo(ALLOW);
        assertThat(decide(APP, "s3:GetObject", onlyPublic)).isEqualTo(EXPLICIT_DENY_IDENTITY);
    }

    private static Decision decide(Principal p, String action, Policy identity) {
        return PolicyEvaluator.evaluate(p, action, OBJECT_ARN, ConditionContext.EMPTY, List.of(identity), null);
    }

    static Stream<Arguments> notPrincipal() {
        String root = "arn:aws:iam::" + ACCOUNT + ":root";
        return Stream.of(
                // NotPrincipal list, caller, decision (every caller has an identity Allow) -- source
                Arguments.of(
                        "exempts the user listed with its account (IAM \"NotPrincipal\" example)",
                        aws(APP.arn(), root),
                        APP,
                        ALLOW),
                Arguments.of("denies the others", aws(APP.arn(), root), AUDITOR, EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "the user listed without its account is still denied ([P55])",
                        aws(APP.arn()),
                        APP,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "a session listed with its role and account is exempt",
                        aws(BATCH.arn(), BATCH.roleArn(), root),
                        BATCH,
                        ALLOW),
                Arguments.of(
                        "a session listed without its role is denied",
                        aws(BATCH.arn(), root),
                        BATCH,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of("the account alone exempts its root", aws(root), ROOT, ALLOW),
                Arguments.of(
                        "anonymous callers are never exempt", aws(APP.arn(), root), ANONYMOUS, EXPLICIT_DENY_RESOURCE));
    }

    @ParameterizedTest(name = "NotPrincipal {0}")
    @MethodSource("notPrincipal")
    void notPrincipalWithDeny(String name, String listed, Principal caller, Decision expected) {
        Policy policy = bucket(doc(
                stmt("Allow", q("*"), q("s3:GetObject"), OBJECTS),
                "{\"Effect\":\"Deny\",\"NotPrincipal\":" + listed + ",\"Action\":\"s3:*\",\"Resource\":" + OBJECTS
                        + "}"));
        assertThat(PolicyEvaluator.evaluate(
                        caller, "s3:GetObject", OBJECT_ARN, ConditionContext.EMPTY, List.of(ALLOW_ALL), policy))
                .isEqualTo(expected);
    }

    @Test
    void rootCanAlwaysManageTheBucketPolicy() {
        // [P60]: the owner's root can never lock itself out of Get/Put/DeleteBucketPolicy.
        Policy denyAll =
                bucket(doc(stmt("Deny", q("*"), q("s3:*"), "[\"arn:aws:s3:::locked\",\"arn:aws:s3:::locked/*\"]")));
        for (String action : List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy")) {
            assertThat(PolicyEvaluator.evaluate(ROOT, action, BUCKET_ARN, ConditionContext.EMPTY, List.of(), denyAll))
                    .as(action)
                    .isEqualTo(ALLOW);
            assertThat(PolicyEvaluator.evaluate(
                            APP, action, BUCKET_ARN, ConditionContext.EMPTY, List.of(ALLOW_ALL), denyAll))
                    .as(action)
                    .isEqualTo(EXPLICIT_DENY_RESOURCE);
        }
        assertThat(PolicyEvaluator.evaluate(
                        ROOT, "s3:PutBucketVersioning", BUCKET_ARN, ConditionContext.EMPTY, List.of(), denyAll))
                .isEqualTo(EXPLICIT_DENY_RESOURCE);
    }

    @Test
    void trustPolicies() {
        // [P76]: the default trust policy lets Batch Operations, and nobody else, assume the role.
        Policy trust = Policy.trusting(Policy.BATCH_OPERATIONS);
        String role = BATCH.roleArn();
        assertThat(PolicyEvaluator.trusts(trust, "batchoperations.s3.amazonaws.com", role))
                .isTrue();
        assertThat(PolicyEvaluator.trusts(trust, "lambda.amazonaws.com", role)).isFalse();
    }

    static Stream<Arguments> messages() {
        String k = "arn:aws:s3:::b/k";
        return Stream.of(
                // decision, principal, action, message -- [P72] and its recordings
                Arguments.of(
                        IMPLICIT_DENY,
                        APP,
                        "s3:DeleteObjectVersion",
                        "User: arn:aws:iam::123456789012:user/app is not authorized to perform: s3:DeleteObjectVersion "
                                + "on resource: \"arn:aws:s3:::b/k\" because no identity-based policy allows the "
                                + "s3:DeleteObjectVersion action"),
                Arguments.of(
                        EXPLICIT_DENY_RESOURCE,
                        AUDITOR,
                        "s3:PutObjectLegalHold",
                        "User: arn:aws:iam::123456789012:user/team/auditor is not authorized to perform: "
                                + "s3:PutObjectLegalHold on resource: \"arn:aws:s3:::b/k\" with an explicit deny in a "
                                + "resource-based policy"),
                Arguments.of(
                        EXPLICIT_DENY_IDENTITY,
                        BATCH,
                        "s3:BypassGovernanceRetention",
                        "User: arn:aws:sts::123456789012:assumed-role/batch-operations/job-1 is not authorized to "
                                + "perform: s3:BypassGovernanceRetention on resource: \"arn:aws:s3:::b/k\" with an "
                                + "explicit deny in an identity-based policy"),
                Arguments.of(IMPLICIT_DENY, ANONYMOUS, "s3:GetObject", "Access Denied"),
                Arguments.of(
                        EXPLICIT_DENY_RESOURCE,
                        ROOT,
                        "s3:GetObject",
                        "User: arn:aws:iam::123456789012:root is not authorized to perform: s3:GetObject on resource: "
                                + "\"" + k + "\" with an explicit deny in a resource-based policy"));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("messages")
    void accessDeniedMessages(Decision decision, Principal p, String action, String message) {
        assertThat(decision.accessDeniedMessage(p, action, "arn:aws:s3:::b/k")).isEqualTo(message);
    }
}

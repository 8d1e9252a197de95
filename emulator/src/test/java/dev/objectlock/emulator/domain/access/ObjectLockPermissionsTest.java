package dev.objectlock.emulator.domain.access;

import static dev.objectlock.emulator.domain.access.AccessFixtures.ACCOUNT;
import static dev.objectlock.emulator.domain.access.AccessFixtures.APP;
import static dev.objectlock.emulator.domain.access.AccessFixtures.AUDITOR;
import static dev.objectlock.emulator.domain.access.AccessFixtures.BATCH;
import static dev.objectlock.emulator.domain.access.AccessFixtures.BUCKET;
import static dev.objectlock.emulator.domain.access.AccessFixtures.OBJECT_ARN;
import static dev.objectlock.emulator.domain.access.AccessFixtures.ROOT;
import static dev.objectlock.emulator.domain.access.AccessFixtures.identity;
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
 * The permissions Object Lock users test most ([P.7, P.8]; issue 12): the documented maximum
 * retention bucket policy, bypass and legal-hold permissions, and the Object Lock condition keys.
 */
class ObjectLockPermissionsTest {

    private static final String DAYS = "s3:object-lock-remaining-retention-days";
    private static final Policy WRITER = identity("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"Action\":[\"s3:PutObject\",\"s3:PutObjectRetention\",\"s3:PutObjectLegalHold\",\"s3:GetObject*\"],"
            + "\"Resource\":\"arn:aws:s3:::locked/*\"}}");

    /**
     * The UG object-lock-managing example ([P50]): deny retention over 10 days. As written it names
     * s3:PutObjectRetention only; with {@code putObjectToo} it also names s3:PutObject, which closes the
     * path through PutObject's lock headers.
     */
    private static Policy maximumRetention(boolean putObjectToo) {
        String actions = putObjectToo ? "[\"s3:PutObjectRetention\",\"s3:PutObject\"]" : "[\"s3:PutObjectRetention\"]";
        return BucketPolicyValidator.read(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                        + "\"Principal\":\"*\",\"Action\":" + actions + ",\"Resource\":\"arn:aws:s3:::locked/*\","
                        + "\"Condition\":{\"NumericGreaterThan\":{\"" + DAYS + "\":\"10\"}}}]}",
                BUCKET,
                Identities.none(ACCOUNT));
    }

    private static ConditionContext days(int days) {
        return ConditionContext.builder()
                .put("s3:object-lock-mode", "GOVERNANCE")
                .put(DAYS, Integer.toString(days))
                .build();
    }

    static Stream<Arguments> maximumRetention() {
        return Stream.of(
                // name, caller, action, context, s3:PutObject listed?, decision -- source
                Arguments.of(
                        "PutObjectRetention for 30 days is denied ([P50])",
                        APP,
                        "s3:PutObjectRetention",
                        days(30),
                        false,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "PutObjectRetention for 10 days is not over the cap",
                        APP,
                        "s3:PutObjectRetention",
                        days(10),
                        false,
                        ALLOW),
                Arguments.of(
                        "PutObject with 30-day lock headers passes the policy as written ([P50])",
                        APP,
                        "s3:PutObject",
                        days(30),
                        false,
                        ALLOW),
                Arguments.of(
                        "PutObject with 30-day lock headers is denied once s3:PutObject is listed ([P50])",
                        APP,
                        "s3:PutObject",
                        days(30),
                        true,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "PutObject without lock headers carries no key and is not denied ([P49])",
                        APP,
                        "s3:PutObject",
                        ConditionContext.EMPTY,
                        true,
                        ALLOW),
                Arguments.of(
                        "a role session is capped too",
                        BATCH,
                        "s3:PutObjectRetention",
                        days(3650),
                        true,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "the root is capped too: Principal \"*\" includes it ([P60])",
                        ROOT,
                        "s3:PutObjectRetention",
                        days(36500),
                        true,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of("the root under the cap", ROOT, "s3:PutObjectRetention", days(1), true, ALLOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maximumRetention")
    void documentedMaximumRetentionPolicy(
            String name,
            Principal caller,
            String action,
            ConditionContext context,
            boolean putObjectToo,
            Decision expected) {
        assertThat(PolicyEvaluator.evaluate(
                        caller, action, OBJECT_ARN, context, List.of(WRITER), maximumRetention(putObjectToo)))
                .isEqualTo(expected);
    }

    @Test
    void anApplicationThatMayWriteButNotBypass() {
        // Issue 12: "our application's role cannot shorten a retention period, even if a bug sends the
        // bypass header". The header adds s3:BypassGovernanceRetention to the request ([P42, P.7]), which
        // the writer policy does not allow; the [P.11] message names it.
        Decision d = PolicyEvaluator.evaluate(
                APP, "s3:BypassGovernanceRetention", OBJECT_ARN, days(1), List.of(WRITER), null);
        assertThat(d).isEqualTo(IMPLICIT_DENY);
        assertThat(d.accessDeniedMessage(APP, "s3:BypassGovernanceRetention", OBJECT_ARN))
                .isEqualTo(
                        "User: arn:aws:iam::123456789012:user/app is not authorized to perform: s3:BypassGovernanceRetention "
                                + "on resource: \"arn:aws:s3:::locked/reports/2030.csv\" because no identity-based policy allows "
                                + "the s3:BypassGovernanceRetention action");
        assertThat(PolicyEvaluator.evaluate(APP, "s3:PutObjectRetention", OBJECT_ARN, days(1), List.of(WRITER), null))
                .isEqualTo(ALLOW);
    }

    @Test
    void anExplicitDenyOnBypassBeatsAnAdministratorsAllowAll() {
        // The re:Post recording of [P42]: an explicit Deny on s3:BypassGovernanceRetention.
        Policy admin = identity("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"s3:BypassGovernanceRetention\","
                + "\"Resource\":\"*\"}]}");
        assertThat(PolicyEvaluator.evaluate(
                        APP, "s3:BypassGovernanceRetention", OBJECT_ARN, ConditionContext.EMPTY, List.of(admin), null))
                .isEqualTo(EXPLICIT_DENY_IDENTITY);
        assertThat(PolicyEvaluator.evaluate(
                        APP, "s3:DeleteObjectVersion", OBJECT_ARN, ConditionContext.EMPTY, List.of(admin), null))
                .isEqualTo(ALLOW);
    }

    static Stream<Arguments> lockKeys() {
        ConditionContext noHeaders = ConditionContext.EMPTY;
        ConditionContext governance = ConditionContext.builder()
                .put("s3:object-lock-mode", "GOVERNANCE")
                .build();
        ConditionContext compliance = ConditionContext.builder()
                .put("s3:object-lock-mode", "COMPLIANCE")
                .build();
        ConditionContext holdOff = ConditionContext.builder()
                .put("s3:object-lock-legal-hold", "OFF")
                .build();
        ConditionContext holdOn = ConditionContext.builder()
                .put("s3:object-lock-legal-hold", "ON")
                .build();
        ConditionContext until2045 = ConditionContext.builder()
                .put("s3:object-lock-retain-until-date", "2045-01-01T00:00:00Z")
                .build();
        ConditionContext until2035 = ConditionContext.builder()
                .put("s3:object-lock-retain-until-date", "2035-01-01T00:00:00.000Z")
                .build();
        String onlyCompliance = "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":"
                + "\"arn:aws:s3:::locked/*\",\"Condition\":{\"StringNotEquals\":{\"s3:object-lock-mode\":\"COMPLIANCE\"}}}";
        String neverLift = "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObjectLegalHold\",\"Resource\":"
                + "\"arn:aws:s3:::locked/*\",\"Condition\":{\"StringEquals\":{\"s3:object-lock-legal-hold\":\"OFF\"}}}";
        String notBeyond2040 = "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObjectRetention\","
                + "\"Resource\":\"arn:aws:s3:::locked/*\",\"Condition\":{\"DateGreaterThan\":"
                + "{\"s3:object-lock-retain-until-date\":\"2040-01-01T00:00:00Z\"}}}";
        return Stream.of(
                // statement, action, context, decision -- source
                Arguments.of(
                        "StringNotEquals COMPLIANCE denies GOVERNANCE writes",
                        onlyCompliance,
                        "s3:PutObject",
                        governance,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "StringNotEquals COMPLIANCE lets COMPLIANCE writes through",
                        onlyCompliance,
                        "s3:PutObject",
                        compliance,
                        ALLOW),
                Arguments.of(
                        "StringNotEquals COMPLIANCE also denies writes without lock headers ([P.9] consequence)",
                        onlyCompliance,
                        "s3:PutObject",
                        noHeaders,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "nobody may lift a legal hold",
                        neverLift,
                        "s3:PutObjectLegalHold",
                        holdOff,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "placing a legal hold stays allowed ([P44])",
                        neverLift,
                        "s3:PutObjectLegalHold",
                        holdOn,
                        ALLOW),
                Arguments.of(
                        "retain-until beyond 2040 is denied",
                        notBeyond2040,
                        "s3:PutObjectRetention",
                        until2045,
                        EXPLICIT_DENY_RESOURCE),
                Arguments.of(
                        "retain-until before 2040 is allowed",
                        notBeyond2040,
                        "s3:PutObjectRetention",
                        until2035,
                        ALLOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockKeys")
    void objectLockConditionKeys(
            String name, String statement, String action, ConditionContext context, Decision expected) {
        Policy bucketPolicy = BucketPolicyValidator.read(
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}", BUCKET, Identities.none(ACCOUNT));
        assertThat(PolicyEvaluator.evaluate(APP, action, OBJECT_ARN, context, List.of(WRITER), bucketPolicy))
                .isEqualTo(expected);
    }

    @Test
    void anAuditorCanReadButNeverLiftAHold() {
        // Issue 12: "an auditor can read but never lift a hold" ([P44]: lifting needs s3:PutObjectLegalHold).
        Policy readOnly = identity(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":[\"s3:Get*\",\"s3:List*\"],\"Resource\":[\"arn:aws:s3:::locked\",\"arn:aws:s3:::locked/*\"]}}");
        assertThat(PolicyEvaluator.evaluate(
                        AUDITOR, "s3:GetObjectLegalHold", OBJECT_ARN, ConditionContext.EMPTY, List.of(readOnly), null))
                .isEqualTo(ALLOW);
        assertThat(PolicyEvaluator.evaluate(
                        AUDITOR, "s3:GetObjectRetention", OBJECT_ARN, ConditionContext.EMPTY, List.of(readOnly), null))
                .isEqualTo(ALLOW);
        assertThat(PolicyEvaluator.evaluate(
                        AUDITOR, "s3:PutObjectLegalHold", OBJECT_ARN, ConditionContext.EMPTY, List.of(readOnly), null))
                .isEqualTo(IMPLICIT_DENY);
    }
}

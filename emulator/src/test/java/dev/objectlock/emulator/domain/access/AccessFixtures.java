package dev.objectlock.emulator.domain.access;

import java.util.List;

/** Principals and policy shorthands shared by the access decision tables. */
final class AccessFixtures {

    static final String ACCOUNT = "123456789012";
    static final String BUCKET = "locked";
    static final String OBJECT_ARN = "arn:aws:s3:::locked/reports/2030.csv";
    static final String BUCKET_ARN = "arn:aws:s3:::locked";

    static final Principal ROOT = Principal.root(ACCOUNT);
    static final Principal.User APP = Principal.user(ACCOUNT, "app", "/");
    static final Principal.User AUDITOR = Principal.user(ACCOUNT, "auditor", "/team/");
    static final Principal.AssumedRole BATCH = Principal.assumedRole(ACCOUNT, "batch-operations", "/", "job-1");
    static final Principal ANONYMOUS = Principal.ANONYMOUS;

    private AccessFixtures() {}

    /** An identity policy from its JSON text. */
    static Policy identity(String json) {
        return PolicyJson.parse(json, PolicyKind.IDENTITY);
    }

    /** A bucket policy from its JSON text, without the [P.10] checks (the evaluator's tables need none). */
    static Policy bucket(String json) {
        return PolicyJson.parse(json, PolicyKind.BUCKET);
    }

    /** {"Version":"2012-10-17","Statement":[statements]} */
    static String doc(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    /** One identity statement: effect, action(s) as a JSON value, resource(s) as a JSON value. */
    static String stmt(String effect, String action, String resource) {
        return "{\"Effect\":\"" + effect + "\",\"Action\":" + action + ",\"Resource\":" + resource + "}";
    }

    /** One bucket-policy statement with a principal JSON value. */
    static String stmt(String effect, String principal, String action, String resource) {
        return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principal + ",\"Action\":" + action + ",\"Resource\":"
                + resource + "}";
    }

    static String q(String text) {
        return "\"" + text + "\"";
    }

    static Decision decide(
            Principal p,
            String action,
            String resource,
            ConditionContext context,
            List<Policy> identityPolicies,
            Policy bucketPolicy) {
        return PolicyEvaluator.evaluate(p, action, resource, context, identityPolicies, bucketPolicy);
    }
}

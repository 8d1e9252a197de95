package dev.objectlock.emulator.domain.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Micro-benchmark of policy evaluation (issue 12, "Speed": a 20-statement policy evaluates in under
 * 20 µs). Not a unit test: timings on a shared machine would make a timed test flaky.
 *
 * <p>The bucket policy has 20 statements of the shapes Object Lock users write: wildcard actions and
 * resources, a policy variable, principals by user, role and account, and conditions of every family
 * (the [P50] maximum-retention Deny among them). The request, a role session's s3:PutObjectRetention
 * with lock keys, matches no Deny, so every statement is examined before the identity Allow decides:
 * the slowest path. Each round times {@code bench.batch} evaluations; the median round is printed.
 *
 * <p>Run: {@code mvn -B -o -q -pl emulator test-compile exec:exec@policy-bench} (docs/benchmarks.md);
 * run the class by hand for {@code -Dbench.rounds=N -Dbench.batch=N -Dbench.warmup=N}.
 */
public final class PolicyEvaluationBench {

    private static final String ACCOUNT = "123456789012";
    private static final String OBJECTS = "\"arn:aws:s3:::locked/*\"";

    private PolicyEvaluationBench() {}

    public static void main(String[] args) {
        int warmup = Integer.getInteger("bench.warmup", 200_000);
        int rounds = Integer.getInteger("bench.rounds", 50);
        int batch = Integer.getInteger("bench.batch", 20_000);

        Identities ids = IdentitiesJson.parse(
                "{\"users\":[{\"name\":\"app\",\"accessKeyId\":\"AKIAAPP\","
                        + "\"secretAccessKey\":\"s\"}],\"roles\":[{\"name\":\"batch-operations\",\"policies\":[{\"Version\":"
                        + "\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObjectRetention\","
                        + "\"s3:PutObjectLegalHold\",\"s3:GetObject*\"],\"Resource\":" + OBJECTS + "}}],\"sessions\":[{"
                        + "\"accessKeyId\":\"ASIAJOB\",\"secretAccessKey\":\"s\",\"sessionToken\":\"t\",\"sessionName\":\"job-1\"}]}]}",
                ACCOUNT);
        Policy bucketPolicy = BucketPolicyValidator.read(twentyStatements(), "locked", ids);
        Principal caller = ids.credential("ASIAJOB").orElseThrow().principal();
        List<Policy> identity = ids.identityPolicies(caller);
        ConditionContext context = ConditionContext.builder()
                .put("s3:object-lock-mode", "GOVERNANCE")
                .put("s3:object-lock-retain-until-date", "2030-01-08T00:00:00Z")
                .put("s3:object-lock-remaining-retention-days", "7")
                .put("aws:SourceIp", "127.0.0.1")
                .put("aws:SecureTransport", "false")
                .put("aws:CurrentTime", "2030-01-01T00:00:00Z")
                .put("s3:authType", "REST-HEADER")
                .build();
        String resource = "arn:aws:s3:::locked/reports/2030/january.csv";

        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += PolicyEvaluator.evaluate(caller, "s3:PutObjectRetention", resource, context, identity, bucketPolicy)
                            .ordinal()
                    + 1;
        }
        Decision decision =
                PolicyEvaluator.evaluate(caller, "s3:PutObjectRetention", resource, context, identity, bucketPolicy);
        if (decision != Decision.ALLOW) {
            throw new IllegalStateException("the benchmark request should be allowed, was " + decision);
        }
        List<Double> micros = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += PolicyEvaluator.evaluate(
                                        caller, "s3:PutObjectRetention", resource, context, identity, bucketPolicy)
                                .ordinal()
                        + 1;
            }
            micros.add((System.nanoTime() - t0) / 1000.0 / batch);
        }
        Collections.sort(micros);
        System.out.printf(
                Locale.ROOT,
                "policy evaluation, %d-statement bucket policy + identity policy: "
                        + "median %.2f µs, min %.2f µs, max %.2f µs per evaluation (%d rounds of %d; sink %d)%n",
                bucketPolicy.statements().size(),
                micros.get(micros.size() / 2),
                micros.get(0),
                micros.get(micros.size() - 1),
                rounds,
                batch,
                sink);
    }

    private static String twentyStatements() {
        String user = "{\"AWS\":\"arn:aws:iam::123456789012:user/app\"}";
        String role = "{\"AWS\":\"arn:aws:iam::123456789012:role/batch-operations\"}";
        List<String> s = new ArrayList<>();
        s.add(statement(
                "Deny",
                "\"*\"",
                "[\"s3:PutObjectRetention\",\"s3:PutObject\"]",
                OBJECTS,
                "{\"NumericGreaterThan\":{\"s3:object-lock-remaining-retention-days\":\"3650\"}}"));
        s.add(statement(
                "Deny",
                "\"*\"",
                "\"s3:PutObject\"",
                OBJECTS,
                "{\"StringNotEqualsIfExists\":{\"s3:object-lock-mode\":[\"GOVERNANCE\",\"COMPLIANCE\"]}}"));
        s.add(statement(
                "Deny",
                "\"*\"",
                "\"s3:*\"",
                OBJECTS,
                "{\"NotIpAddress\":{\"aws:SourceIp\":[\"127.0.0.0/8\"," + "\"10.0.0.0/8\",\"::1\"]}}"));
        s.add(statement(
                "Deny",
                "\"*\"",
                "\"s3:PutObjectRetention\"",
                OBJECTS,
                "{\"DateGreaterThan\":{\"s3:object-lock-retain-until-date\":\"2130-01-01T00:00:00Z\"}}"));
        s.add(statement("Deny", "\"*\"", "\"s3:BypassGovernanceRetention\"", OBJECTS, null));
        s.add(statement("Deny", "\"*\"", "\"s3:DeleteObjectVersion\"", "\"arn:aws:s3:::locked/audit/*\"", null));
        s.add(statement(
                "Deny",
                "\"*\"",
                "\"s3:PutObjectLegalHold\"",
                OBJECTS,
                "{\"StringEquals\":{\"s3:object-lock-legal-hold\":\"OFF\"}}"));
        s.add(statement(
                "Deny",
                "{\"AWS\":\"123456789012\"}",
                "\"s3:*\"",
                OBJECTS,
                "{\"DateLessThan\":{\"aws:CurrentTime\":\"2020-01-01T00:00:00Z\"}}"));
        s.add(statement(
                "Deny",
                "\"*\"",
                "\"s3:GetObject\"",
                OBJECTS,
                "{\"StringNotEquals\":{\"s3:authType\":[\"REST-HEADER\",\"REST-QUERY-STRING\"]}}"));
        s.add(statement("Deny", "\"*\"", "\"s3:Put*\"", "\"arn:aws:s3:::locked/readonly/*\"", null));
        s.add(statement("Allow", user, "[\"s3:GetObject\",\"s3:GetObjectVersion\"]", OBJECTS, null));
        s.add(statement("Allow", user, "\"s3:PutObject\"", "\"arn:aws:s3:::locked/${aws:username}/*\"", null));
        s.add(statement("Allow", role, "\"s3:GetObject\"", "\"arn:aws:s3:::locked/manifests/*\"", null));
        s.add(statement(
                "Allow",
                "\"*\"",
                "\"s3:GetObject\"",
                "\"arn:aws:s3:::locked/public/*\"",
                "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}"));
        s.add(statement(
                "Allow",
                user,
                "\"s3:ListBucket\"",
                "\"arn:aws:s3:::locked\"",
                "{\"StringLike\":{\"s3:prefix\":[\"reports/*\",\"${aws:username}/*\"]}}"));
        s.add(statement("Allow", role, "\"s3:GetBucketObjectLockConfiguration\"", "\"arn:aws:s3:::locked\"", null));
        s.add(statement(
                "Allow",
                user,
                "\"s3:GetObjectRetention\"",
                OBJECTS,
                "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[\"team\",\"project\"]}}"));
        s.add(statement(
                "Allow",
                user,
                "\"s3:GetObjectLegalHold\"",
                OBJECTS,
                "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:user/*\"}}"));
        s.add(statement(
                "Allow",
                role,
                "\"s3:PutObject\"",
                "\"arn:aws:s3:::locked/reports/*\"",
                "{\"Null\":{\"s3:object-lock-mode\":\"false\"}}"));
        s.add(statement("Allow", user, "\"s3:GetObjectAttributes\"", OBJECTS, null));
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", s) + "]}";
    }

    private static String statement(String effect, String principal, String action, String resource, String condition) {
        return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principal + ",\"Action\":" + action + ",\"Resource\":"
                + resource + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }
}

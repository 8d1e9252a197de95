package dev.objectlock.emulator.domain.access;

import java.util.ArrayList;
import java.util.List;

/**
 * PutBucketPolicy's validation ([P.10], [P66]–[P69]): the document is read by {@link PolicyJson}, then
 * each statement is checked against the bucket and the account: principals that exist, S3 actions
 * that exist, resources of this bucket, and actions that apply to those resources. The first fault is
 * the answer, as a {@link MalformedPolicyException} carrying the Message of S3's 400 MalformedPolicy.
 */
public final class BucketPolicyValidator {

    private static final String S3_ARN = "arn:aws:s3:::";

    private BucketPolicyValidator() {}

    /** Reads and checks a bucket policy for {@code bucket}; returns it ready for the evaluator. */
    public static Policy read(String text, String bucket, PrincipalDirectory directory) {
        Policy policy = PolicyJson.parse(text, PolicyKind.BUCKET);
        List<Statement> statements = policy.statements();
        for (int i = 0; i < statements.size(); i++) {
            check(statements.get(i), bucket, directory, "Statement[" + i + "]");
        }
        return policy;
    }

    private static void check(Statement s, String bucket, PrincipalDirectory directory, String path) {
        String principalPath = PolicyJson.at(path, s.principal().negated() ? "NotPrincipal" : "Principal");
        checkPrincipal(s.principal(), directory, principalPath);
        String actionPath = PolicyJson.at(path, s.action().negated() ? "NotAction" : "Action");
        for (PolicyPattern a : s.action().patterns()) {
            if (!a.source().equals("*") && !(a.source().startsWith("s3:") && S3Actions.namesAny(a))) {
                throw PolicyJson.fault(PolicyProblem.INVALID_ACTION, actionPath);
            }
        }
        String resourcePath = PolicyJson.at(path, s.resource().negated() ? "NotResource" : "Resource");
        for (PolicyPattern r : s.resource().patterns()) {
            if (!ofBucket(r.source(), bucket)) {
                throw PolicyJson.fault(PolicyProblem.INVALID_RESOURCE, resourcePath);
            }
        }
        if (!s.action().negated() && !s.resource().negated()) {
            List<S3Actions.ResourceType> reached = reached(s.resource().patterns());
            for (PolicyPattern a : s.action().patterns()) {
                if (!S3Actions.namesAnyOf(a, reached)) {
                    throw PolicyJson.fault(PolicyProblem.ACTION_NOT_APPLICABLE, path);
                }
            }
        }
    }

    /**
     * AWS principals must be the account (ID or root ARN), or a configured user, role or role session;
     * canonical IDs must be the account's ([P5]). Services are taken as written.
     */
    private static void checkPrincipal(PrincipalElement p, PrincipalDirectory directory, String path) {
        String account = directory.accountId();
        for (String arn : p.aws()) {
            boolean known = arn.equals(Principal.rootArn(account))
                    || (arn.startsWith("arn:aws:iam::" + account + ":user/")
                                    || arn.startsWith("arn:aws:iam::" + account + ":role/")
                                    || arn.startsWith("arn:aws:sts::" + account + ":assumed-role/"))
                            && directory.knows(arn);
            if (!known) {
                throw PolicyJson.fault(PolicyProblem.INVALID_PRINCIPAL, path);
            }
        }
        for (String canonical : p.canonicalUsers()) {
            if (!canonical.equals(IamIds.canonicalUserId(account))) {
                throw PolicyJson.fault(PolicyProblem.INVALID_PRINCIPAL, path);
            }
        }
    }

    /**
     * An S3 ARN whose bucket part (before any {@code /}) can be this bucket; {@code "*"} and other
     * buckets are refused ([P69], AWS-recorded noobaa/noobaa-core#10058). A bucket part holding a
     * policy variable is judged when the policy applies.
     */
    private static boolean ofBucket(String resource, String bucket) {
        if (!resource.startsWith(S3_ARN) || resource.length() == S3_ARN.length()) {
            return false;
        }
        String rest = resource.substring(S3_ARN.length());
        int slash = rest.indexOf('/');
        String named = slash < 0 ? rest : rest.substring(0, slash);
        return named.contains("${") || PolicyPattern.of(named, false).matches(bucket, null);
    }

    /** The resource types the patterns can reach: the bucket without a {@code /}, objects with one or a {@code *}. */
    private static List<S3Actions.ResourceType> reached(List<PolicyPattern> resources) {
        List<S3Actions.ResourceType> types = new ArrayList<>();
        for (PolicyPattern r : resources) {
            String rest = r.source().substring(S3_ARN.length());
            if (!rest.contains("/") && !types.contains(S3Actions.ResourceType.BUCKET)) {
                types.add(S3Actions.ResourceType.BUCKET);
            }
            if ((rest.contains("/") || rest.contains("*")) && !types.contains(S3Actions.ResourceType.OBJECT)) {
                types.add(S3Actions.ResourceType.OBJECT);
            }
        }
        return types;
    }
}

package dev.objectlock.conformance;

import dev.objectlock.conformance.target.Principals;
import dev.objectlock.conformance.target.Secured;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Base of the signature and permission scenario classes ([P]): they run on the secured side of
 * the target (see {@link Secured}), where {@code s3} is the bucket owner and {@link #app()},
 * {@link #auditor()} and {@link #admin()} are the restricted principals. Holds the exact
 * AccessDenied messages of [P.11] and the bucket-policy statements the scenarios put.
 */
@Secured
abstract class PermissionScenario extends ObjectLockScenario {

    /** [P72]: no Allow anywhere. */
    static final String IMPLICIT = "because no identity-based policy allows the %s action";
    /** [P72]: a matching Deny in the bucket policy. */
    static final String BUCKET_POLICY_DENY = "with an explicit deny in a resource-based policy";
    /** [P72]: a matching Deny in the caller's identity policies. */
    static final String IDENTITY_POLICY_DENY = "with an explicit deny in an identity-based policy";

    protected Principals principals;

    @BeforeEach
    final void injectPrincipals(Principals principals) {
        this.principals = principals;
    }

    /** May read and write, never bypass GOVERNANCE (explicitly denied in its identity policy). */
    S3Client app() {
        return principals.client(Principals.APP);
    }

    /** May only read. */
    S3Client auditor() {
        return principals.client(Principals.AUDITOR);
    }

    /** May do everything, the governance bypass included. */
    S3Client admin() {
        return principals.client(Principals.ADMIN);
    }

    static String objectArn(String bucket, String key) {
        return "arn:aws:s3:::" + bucket + "/" + key;
    }

    static String bucketArn(String bucket) {
        return "arn:aws:s3:::" + bucket;
    }

    /** The detailed same-account refusal of [P72], {@code reason} being one of the constants above. */
    String refusal(String principal, String action, String resourceArn, String reason) {
        return "User: " + principals.arn(principal) + " is not authorized to perform: " + action + " on resource: \""
                + resourceArn + "\" " + String.format(reason, action);
    }

    /** A bucket-policy statement that denies {@code principal} the actions on {@code resource}. */
    String denyStatement(String principal, String resource, String... actions) {
        return statement("Deny", "{\"AWS\":\"" + principals.arn(principal) + "\"}", resource, actions);
    }

    /** A bucket-policy statement that allows {@code principal} the actions on {@code resource}. */
    String allowStatement(String principal, String resource, String... actions) {
        return statement("Allow", "{\"AWS\":\"" + principals.arn(principal) + "\"}", resource, actions);
    }

    static String statement(String effect, String principalJson, String resource, String... actions) {
        String actionList = Stream.of(actions).map(a -> "\"" + a + "\"").collect(Collectors.joining(","));
        return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principalJson + ",\"Action\":[" + actionList
                + "],\"Resource\":\"" + resource + "\"}";
    }

    /** Puts a bucket policy of these statements, as the bucket owner. */
    void putPolicy(String bucket, String... statements) {
        s3.putBucketPolicy(b -> b.bucket(bucket)
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}"));
    }
}

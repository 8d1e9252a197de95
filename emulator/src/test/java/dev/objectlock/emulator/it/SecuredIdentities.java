package dev.objectlock.emulator.it;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The identities the secured-mode tests run with (issue 12): the account root; {@code app}, allowed
 * every S3 action but s3:BypassGovernanceRetention (an application role that must never weaken
 * GOVERNANCE retention); {@code auditor}, who may read and list, and is explicitly denied
 * s3:PutObjectLegalHold (it may never lift a hold); {@code admin}, allowed everything including the
 * bypass.
 */
public final class SecuredIdentities {

    public static final String ACCOUNT = "123456789012";
    public static final String ROOT_KEY = "AKIAROOT00000000000";
    public static final String APP_KEY = "AKIAAPP000000000000";
    public static final String AUDITOR_KEY = "AKIAAUDITOR00000000";
    public static final String ADMIN_KEY = "AKIAADMIN0000000000";

    public static final String APP_ARN = "arn:aws:iam::" + ACCOUNT + ":user/app";
    public static final String AUDITOR_ARN = "arn:aws:iam::" + ACCOUNT + ":user/auditor";

    public static final String DOCUMENT = """
            {
              "root": {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
              "users": [
                {"name": "app", "accessKeyId": "AKIAAPP000000000000", "secretAccessKey": "app-secret",
                 "policies": [{"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "NotAction": "s3:BypassGovernanceRetention", "Resource": "*"}]}]},
                {"name": "auditor", "accessKeyId": "AKIAAUDITOR00000000", "secretAccessKey": "auditor-secret",
                 "policies": [{"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "Resource": "*"},
                   {"Effect": "Deny", "Action": "s3:PutObjectLegalHold", "Resource": "*"}]}]},
                {"name": "admin", "accessKeyId": "AKIAADMIN0000000000", "secretAccessKey": "admin-secret",
                 "policies": [{"Version": "2012-10-17", "Statement": [
                   {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}]}
              ]
            }
            """;

    /**
     * A client per identity of {@link #DOCUMENT}, and one without credentials, made by the fixture (which
     * records their error bodies and closes them after the class).
     */
    public record Callers(S3Client root, S3Client app, S3Client auditor, S3Client admin, S3Client anonymous) {

        public static Callers of(EmulatorFixture s3) {
            return new Callers(
                    fixtureClient(s3, ROOT_KEY),
                    fixtureClient(s3, APP_KEY),
                    fixtureClient(s3, AUDITOR_KEY),
                    fixtureClient(s3, ADMIN_KEY),
                    s3.client(b -> b.credentialsProvider(AnonymousCredentialsProvider.create())));
        }

        private static S3Client fixtureClient(EmulatorFixture s3, String accessKeyId) {
            return s3.client(b -> b.credentialsProvider(credentials(accessKeyId)));
        }
    }

    private SecuredIdentities() {}

    /**
     * The AccessDenied message of [P.11] (P72) for an implicit deny: no policy allows {@code action}.
     */
    public static String notAllowed(String userArn, String action, String resource) {
        return "User: " + userArn + " is not authorized to perform: " + action + " on resource: \"" + resource
                + "\" because no identity-based policy allows the " + action + " action";
    }

    /**
     * The AccessDenied message for an explicit Deny in an identity policy ({@code identity-based}) or a
     * bucket policy ({@code resource-based}).
     */
    public static String explicitlyDenied(String userArn, String action, String resource, String policyKind) {
        return "User: " + userArn + " is not authorized to perform: " + action + " on resource: \"" + resource
                + "\" with an explicit deny in " + (policyKind.startsWith("i") ? "an " : "a ") + policyKind
                + " policy";
    }

    /** The key with its secret from {@link #DOCUMENT}; an unknown key with a made-up secret. */
    public static AwsCredentialsProvider credentials(String accessKeyId) {
        String secret = switch (accessKeyId) {
            case ROOT_KEY -> "root-secret";
            case APP_KEY -> "app-secret";
            case AUDITOR_KEY -> "auditor-secret";
            case ADMIN_KEY -> "admin-secret";
            default -> "unknown-secret";
        };
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret));
    }
}

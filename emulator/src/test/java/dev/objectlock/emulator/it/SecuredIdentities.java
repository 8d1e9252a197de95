package dev.objectlock.emulator.it;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
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

    private SecuredIdentities() {
    }

    /**
     * A path-style client signing with {@code accessKeyId} and its secret from {@link #DOCUMENT}, so that
     * the tests keep passing once signatures are verified; an unknown key signs with a made-up secret.
     */
    public static S3Client client(URI endpoint, String accessKeyId) {
        String secret = switch (accessKeyId) {
            case ROOT_KEY -> "root-secret";
            case APP_KEY -> "app-secret";
            case AUDITOR_KEY -> "auditor-secret";
            case ADMIN_KEY -> "admin-secret";
            default -> "unknown-secret";
        };
        return client(endpoint, StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)));
    }

    /** A client that sends no credentials at all: an anonymous caller (spec P33). */
    public static S3Client anonymous(URI endpoint) {
        return client(endpoint, AnonymousCredentialsProvider.create());
    }

    private static S3Client client(URI endpoint, AwsCredentialsProvider credentials) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}

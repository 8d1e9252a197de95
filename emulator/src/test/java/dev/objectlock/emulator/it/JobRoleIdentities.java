package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.EmulatorFixture.ACCOUNT_ID;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The identities of the job-role tests ([P.12]): who creates jobs, and the roles jobs act as. */
final class JobRoleIdentities {

    static final String ROLE = "arn:aws:iam::" + ACCOUNT_ID + ":role/batch-ops";
    static final String OPERATOR_KEY = "AKIAOPERATOR0000000";
    static final String NO_PASS_KEY = "AKIANOPASS000000000";

    /** The batch-ops role's actions; the seed case adds s3:PutObjectLegalHold to them at run time. */
    static final String ROLE_ACTIONS_WITHOUT_HOLD =
            "\"s3:GetObject\", \"s3:GetObjectVersion\", \"s3:GetBucketObjectLockConfiguration\", \"s3:PutObject\"";

    private JobRoleIdentities() {}

    /**
     * A root; {@code operator}, allowed s3:* and iam:PassRole (with job-key limits, see
     * BatchJobCallerPermissionTest); {@code nopass}, allowed s3:* only; the role
     * {@code batch-ops} with {@code roleActions}; {@code untrusted}, trusted by another service;
     * {@code no-manifest} and {@code no-lock-read}, each lacking one step's permission.
     */
    static String identities(String roleActions) {
        String allowAll = "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}";
        return """
                {
                  "root": {"accessKeyId": "AKIAROOT00000000000", "secretAccessKey": "root-secret"},
                  "users": [
                    {"name": "operator", "accessKeyId": "AKIAOPERATOR0000000", "secretAccessKey": "operator-secret",
                     "policies": [{"Version": "2012-10-17", "Statement": [
                       %1$s,
                       {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                       {"Effect": "Deny", "Action": "s3:CreateJob", "Resource": "*",
                        "Condition": {"NumericGreaterThan": {"s3:RequestJobPriority": "50"}}},
                       {"Effect": "Deny", "Action": "s3:UpdateJobPriority", "Resource": "*",
                        "Condition": {"NumericGreaterThan": {"s3:RequestJobPriority": "50"}}},
                       {"Effect": "Deny", "Action": "s3:UpdateJobStatus", "Resource": "*",
                        "Condition": {"StringEquals": {"aws:ResourceTag/team": "audit"}}}]}]},
                    {"name": "nopass", "accessKeyId": "AKIANOPASS000000000", "secretAccessKey": "nopass-secret",
                     "policies": [{"Version": "2012-10-17", "Statement": [%1$s]}]}
                  ],
                  "roles": [
                    {"name": "batch-ops", "policies": [{"Version": "2012-10-17", "Statement": [
                       {"Effect": "Allow", "Action": [%2$s], "Resource": "*"}]}]},
                    {"name": "untrusted", "trustPolicy": {"Version": "2012-10-17", "Statement": [
                       {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                     "policies": [{"Version": "2012-10-17", "Statement": [%1$s]}]},
                    {"name": "no-manifest", "policies": [{"Version": "2012-10-17", "Statement": [
                       %1$s, {"Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/manifest.csv"}]}]},
                    {"name": "no-lock-read", "policies": [{"Version": "2012-10-17", "Statement": [
                       %1$s, {"Effect": "Deny", "Action": "s3:GetBucketObjectLockConfiguration", "Resource": "*"}]}]}
                  ]
                }
                """.formatted(allowAll, roleActions);
    }

    static StaticCredentialsProvider credentials(String key, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret));
    }
}

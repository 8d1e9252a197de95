package dev.objectlock.emulator.bench;

/**
 * The identities and bucket policy {@link SecuredModeBenchmark} runs against: an {@code app} user
 * with a 12-statement identity policy of the kind a team writes for a locked ledger bucket (Allows
 * scoped by action and prefix, Denies on bypass, deletes and over-long retention, a source-IP guard)
 * and an 8-statement bucket policy. The benchmark's PutObject and GetObject under {@code t<n>/} are
 * allowed, so every Deny and condition is examined on each request.
 */
final class SecuredModePolicies {

    static final String ROOT_KEY = "AKIAROOT00000000000";
    static final String APP_KEY = "AKIAAPP000000000000";

    private static final String OBJECTS = "\"arn:aws:s3:::bench/*\"";
    private static final String APP = "{\"AWS\":\"arn:aws:iam::123456789012:user/app\"}";

    private SecuredModePolicies() {}

    static String identities() {
        String statements = String.join(
                ",",
                statement(null, "Allow", "[\"s3:PutObject\",\"s3:GetObject\",\"s3:GetObjectVersion\"]", OBJECTS, null),
                statement(
                        null, "Allow", "[\"s3:ListBucket\",\"s3:GetBucketLocation\"]", "\"arn:aws:s3:::bench\"", null),
                statement(null, "Allow", "\"s3:GetObject*\"", OBJECTS, null),
                statement(null, "Allow", "[\"s3:PutObjectRetention\",\"s3:PutObjectLegalHold\"]", OBJECTS, null),
                statement(null, "Allow", "\"s3:GetBucketObjectLockConfiguration\"", "\"arn:aws:s3:::bench\"", null),
                statement(null, "Deny", "\"s3:BypassGovernanceRetention\"", "\"*\"", null),
                statement(null, "Deny", "[\"s3:DeleteObject\",\"s3:DeleteObjectVersion\"]", OBJECTS, null),
                statement(null, "Deny", "\"s3:Put*\"", "\"arn:aws:s3:::bench/readonly/*\"", null),
                statement(
                        null,
                        "Deny",
                        "\"s3:PutObjectRetention\"",
                        OBJECTS,
                        "{\"NumericGreaterThan\":{\"s3:object-lock-remaining-retention-days\":\"3650\"}}"),
                statement(
                        null,
                        "Deny",
                        "\"s3:*\"",
                        "\"*\"",
                        "{\"NotIpAddress\":{\"aws:SourceIp\":[\"127.0.0.0/8\",\"10.0.0.0/8\",\"::1/128\"]}}"),
                statement(
                        null,
                        "Deny",
                        "\"s3:DeleteBucket*\"",
                        "\"*\"",
                        "{\"StringNotEquals\":{\"aws:username\":\"admin\"}}"),
                statement(null, "Deny", "\"s3:PutBucketPolicy\"", "\"*\"", null));
        return "{\"root\":{\"accessKeyId\":\"" + ROOT_KEY + "\",\"secretAccessKey\":\"root-secret\"},"
                + "\"users\":[{\"name\":\"app\",\"accessKeyId\":\"" + APP_KEY + "\",\"secretAccessKey\":\"app-secret\","
                + "\"policies\":[{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}]}]}";
    }

    static String bucketPolicy() {
        String statements = String.join(
                ",",
                statement(
                        "\"*\"",
                        "Deny",
                        "\"s3:PutObject\"",
                        OBJECTS,
                        "{\"StringEquals\":{\"s3:object-lock-mode\":\"COMPLIANCE\"}}"),
                statement(
                        "\"*\"",
                        "Deny",
                        "\"s3:GetObject\"",
                        OBJECTS,
                        "{\"StringNotEquals\":{\"s3:authType\":[\"REST-HEADER\",\"REST-QUERY-STRING\"]}}"),
                statement("\"*\"", "Deny", "\"s3:DeleteObjectVersion\"", "\"arn:aws:s3:::bench/audit/*\"", null),
                statement(
                        "\"*\"",
                        "Deny",
                        "\"s3:PutObjectLegalHold\"",
                        OBJECTS,
                        "{\"StringEquals\":{\"s3:object-lock-legal-hold\":\"OFF\"}}"),
                statement(APP, "Allow", "[\"s3:GetObject\",\"s3:PutObject\"]", OBJECTS, null),
                statement(APP, "Allow", "\"s3:ListBucket\"", "\"arn:aws:s3:::bench\"", null),
                statement(
                        APP,
                        "Allow",
                        "\"s3:GetObjectLegalHold\"",
                        OBJECTS,
                        "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:user/*\"}}"),
                statement(APP, "Allow", "\"s3:GetObjectRetention\"", OBJECTS, null));
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    private static String statement(String principal, String effect, String action, String resource, String condition) {
        return "{\"Effect\":\"" + effect + "\"" + (principal == null ? "" : ",\"Principal\":" + principal)
                + ",\"Action\":" + action + ",\"Resource\":" + resource
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }
}

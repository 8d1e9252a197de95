package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.LockSupport.md5;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.PutBucketPolicyResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Put/Get/DeleteBucketPolicy through the SDK ([P.10] [P66], [E47]). Statuses, the NoSuchBucketPolicy
 * text and its BucketName element are those LocalStack's test_bucket_policy_crud recorded against AWS
 * (tests/aws/services/s3/test_s3_api.py and its snapshot).
 */
class BucketPolicyTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    static final String NO_SUCH_BUCKET_POLICY = "The bucket policy does not exist";

    private final S3Client client = s3.client();

    /** The S3 User Guide's maximum-retention example ([P50], object-lock-managing), with s3:PutObject added. */
    static String maximumRetention(String bucket) {
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
                + "      \"Sid\": \"SetRetentionLimits\",\n      \"Effect\": \"Deny\",\n      \"Principal\": \"*\",\n"
                + "      \"Action\": [\"s3:PutObjectRetention\", \"s3:PutObject\"],\n"
                + "      \"Resource\": \"arn:aws:s3:::" + bucket + "/*\",\n"
                + "      \"Condition\": {\n        \"NumericGreaterThan\": {\n"
                + "          \"s3:object-lock-remaining-retention-days\": \"10\"\n        }\n      }\n    }\n  ]\n}";
    }

    /** A policy granting s3:GetObject on the bucket's objects to {@code principal} (a JSON value). */
    static String allowGet(String bucket, String principal) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}";
    }

    // [P66] [E47]: without a policy GetBucketPolicy is 404 NoSuchBucketPolicy naming the bucket; PUT is
    // 204, GET returns the policy, DELETE is 204, also when there is no policy any more.
    @Test
    void putGetAndDeleteAPolicy() {
        s3.createBucket("crud");
        assertNoPolicy(client, "crud");

        String policy = allowGet("crud", "{\"AWS\":\"*\"}");

        PutBucketPolicyResponse put =
                client.putBucketPolicy(b -> b.bucket("crud").policy(policy));
        String stored = client.getBucketPolicy(b -> b.bucket("crud")).policy();
        DeleteBucketPolicyResponse deleted = client.deleteBucketPolicy(b -> b.bucket("crud"));

        assertThat(put.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(stored).isEqualTo(policy);
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertNoPolicy(client, "crud");
        assertThat(client.deleteBucketPolicy(b -> b.bucket("crud"))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
    }

    // [P66]: the text is kept as sent, whitespace and element order included [UNCERTAIN whether AWS
    // normalises it], here the documented maximum-retention policy of [P50].
    @Test
    void theMaximumRetentionPolicyIsAcceptedAndReturnedVerbatim() {
        s3.createBucket("capped");

        client.putBucketPolicy(b -> b.bucket("capped").policy(maximumRetention("capped")));

        assertThat(client.getBucketPolicy(b -> b.bucket("capped")).policy()).isEqualTo(maximumRetention("capped"));
        HttpResponse<String> raw = s3.raw("GET", "/capped?policy");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(maximumRetention("capped"));
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    // PutBucketPolicy "completely replaces" an existing policy (API reference, PutBucketPolicy).
    @Test
    void aSecondPutReplacesThePolicy() {
        s3.createBucket("replaced");
        client.putBucketPolicy(b -> b.bucket("replaced").policy(allowGet("replaced", "\"*\"")));

        client.putBucketPolicy(b -> b.bucket("replaced").policy(maximumRetention("replaced")));

        assertThat(client.getBucketPolicy(b -> b.bucket("replaced")).policy()).isEqualTo(maximumRetention("replaced"));
    }

    // [P60]: the owner's root can always Get/Put/DeleteBucketPolicy, so even a policy denying everything
    // to everyone is accepted and can be read and removed again; the confirmation header changes nothing.
    @Test
    void theOwnerCannotLockItselfOut() {
        s3.createBucket("sealed");
        String denyAll = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::sealed\",\"arn:aws:s3:::sealed/*\"]}]}";

        client.putBucketPolicy(b -> b.bucket("sealed").policy(denyAll).confirmRemoveSelfBucketAccess(true));

        assertThat(client.getBucketPolicy(b -> b.bucket("sealed")).policy()).isEqualTo(denyAll);
        client.deleteBucketPolicy(b -> b.bucket("sealed"));
        assertNoPolicy(client, "sealed");
    }

    // [P69] in open mode: the account may be named by ID or root ARN; users and roles exist only once
    // identities are configured.
    @Test
    void openModeAcceptsTheAccountAsPrincipal() {
        s3.createBucket("account");
        String byId = allowGet("account", "{\"AWS\":\"123456789012\"}");
        String byArn = allowGet("account", "{\"AWS\":[\"arn:aws:iam::123456789012:root\"]}");

        client.putBucketPolicy(b -> b.bucket("account").policy(byId));
        client.putBucketPolicy(b -> b.bucket("account").policy(byArn));

        assertThat(client.getBucketPolicy(b -> b.bucket("account")).policy()).isEqualTo(byArn);
    }

    // A bucket's policy goes with it: DeleteBucket removes it, so a new bucket of that name has none.
    @Test
    void deletingTheBucketRemovesItsPolicy() {
        s3.createBucket("recreated");
        client.putBucketPolicy(b -> b.bucket("recreated").policy(maximumRetention("recreated")));

        client.deleteBucket(b -> b.bucket("recreated"));
        s3.createBucket("recreated");

        assertNoPolicy(client, "recreated");
    }

    // Issue 12: /_emulator/reset removes bucket policies with the buckets.
    @Test
    void resetRemovesPolicies() {
        s3.createBucket("reset");
        client.putBucketPolicy(b -> b.bucket("reset").policy(maximumRetention("reset")));

        s3.emulator().reset();
        s3.createBucket("reset");

        assertNoPolicy(client, "reset");
    }

    // Every bucket-policy operation on a missing bucket is 404 NoSuchBucket (API reference, Errors).
    @Test
    void aMissingBucketIsNoSuchBucket() {
        s3Error(
                () -> client.putBucketPolicy(b -> b.bucket("missing").policy(maximumRetention("missing"))),
                404,
                "NoSuchBucket");
        s3Error(() -> client.getBucketPolicy(b -> b.bucket("missing")), 404, "NoSuchBucket");
        s3Error(() -> client.deleteBucketPolicy(b -> b.bucket("missing")), 404, "NoSuchBucket");
        s3Error(() -> client.getBucketPolicyStatus(b -> b.bucket("missing")), 404, "NoSuchBucket");
    }

    // The S3 model marks PutBucketPolicy requestChecksumRequired: without Content-MD5 or a checksum the
    // request is refused as the other such PUTs are; a wrong Content-MD5 is BadDigest (API reference,
    // PutBucketPolicy: Content-MD5).
    @Test
    void theBodyIsHeldToItsChecksum() {
        s3.createBucket("digest");
        byte[] body = maximumRetention("digest").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> none = s3.raw("PUT", "/digest?policy", Map.of(), body);
        HttpResponse<String> wrong = s3.raw("PUT", "/digest?policy", Map.of("Content-MD5", md5(new byte[0])), body);
        HttpResponse<String> right = s3.raw("PUT", "/digest?policy", Map.of("Content-MD5", md5(body)), body);

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("<Code>InvalidRequest</Code>");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("<Code>BadDigest</Code>");
        assertThat(right.statusCode()).isEqualTo(204);
        assertThat(right.body()).isEmpty();
    }

    static void assertNoPolicy(S3Client client, String bucket) {
        S3Exception e = s3Error(() -> client.getBucketPolicy(b -> b.bucket(bucket)), 404, "NoSuchBucketPolicy");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(NO_SUCH_BUCKET_POLICY);
        assertThat(errorElement(e, "BucketName")).hasValue(bucket);
    }
}

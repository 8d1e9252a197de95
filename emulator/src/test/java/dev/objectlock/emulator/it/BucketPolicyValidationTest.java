package dev.objectlock.emulator.it;

import static dev.objectlock.emulator.it.BucketPolicyTest.allowGet;
import static dev.objectlock.emulator.it.BucketPolicyTest.maximumRetention;
import static dev.objectlock.emulator.it.S3Assertions.errorElement;
import static dev.objectlock.emulator.it.S3Assertions.s3Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * PutBucketPolicy's 400 MalformedPolicy answers ([P.10] [P68], [P69], [E48]) and GetBucketPolicyStatus
 * (API reference, GetBucketPolicyStatus; S3 User Guide, "The meaning of 'public'").
 */
class BucketPolicyValidationTest {

    @RegisterExtension
    static final EmulatorFixture s3 = new EmulatorFixture();

    private static final String BUCKET = "guarded";

    private final S3Client client = s3.client();

    private static String statement(String members) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{" + members + "}]}";
    }

    static Stream<Arguments> malformed() {
        String objects = "\"Resource\":\"arn:aws:s3:::guarded/*\"";
        String notJson = "Policies must be valid JSON and the first byte must be '{'";
        return Stream.of(
                // name, policy, Message
                // The first three are AWS-recorded: LocalStack test_bucket_policy_exc snapshot.
                Arguments.of("an empty policy", "", notJson),
                Arguments.of("a random string", "invalid json", notJson),
                Arguments.of("an empty JSON object", "{}", "Missing required field Statement"),
                // versitygw's texts, taken for AWS's [P69]
                Arguments.of("a JSON syntax error", "{\"Statement\":[", "This policy contains invalid Json"),
                Arguments.of(
                        "an empty Statement",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                        "Could not parse the policy: Statement is empty!"),
                Arguments.of(
                        "an unknown Version",
                        "{\"Version\":\"2020-01-01\",\"Statement\":[{}]}",
                        "The policy must contain a valid version string"),
                Arguments.of(
                        "Effect hello",
                        statement("\"Effect\":\"hello\",\"Principal\":\"*\",\"Action\":\"s3:*\"," + objects),
                        "Invalid effect: hello"),
                Arguments.of(
                        "a misspelt action",
                        statement("\"Effect\":\"Allow\",\"Principal\":\"*\"," + "\"Action\":\"s3:GetObjectt\","
                                + objects),
                        "Policy has invalid action"),
                // AWS-recorded: noobaa/noobaa-core#10058
                Arguments.of("another bucket's objects", allowGet("elsewhere", "\"*\""), "Policy has invalid resource"),
                // AWS-recorded: cloud-custodian/cloud-custodian#4948; open mode has no users
                Arguments.of(
                        "a user that is not configured",
                        allowGet(BUCKET, "{\"AWS\":\"arn:aws:iam::123456789012:user/app\"}"),
                        "Invalid principal in policy"),
                // AWS-recorded: versity/versitygw#645
                Arguments.of(
                        "an object action on the bucket ARN",
                        statement("\"Effect\":\"Allow\",\"Principal\":\"*\","
                                + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::guarded\""),
                        "Action does not apply to any resource(s) in statement"),
                // [P68] [UNCERTAIN text]
                Arguments.of(
                        "a policy over 20 KB",
                        statement("\"Sid\":\"" + "x".repeat(20 * 1024) + "\",\"Effect\":"
                                + "\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\"," + objects),
                        "Policies must be less than 20 KB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedPoliciesAreRefusedAndNothingIsStored(String name, String policy, String message) {
        s3.createBucket(BUCKET);

        S3Exception e =
                s3Error(() -> client.putBucketPolicy(b -> b.bucket(BUCKET).policy(policy)), 400, "MalformedPolicy");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        BucketPolicyTest.assertNoPolicy(client, BUCKET);
    }

    // A refused policy leaves the one in place as it was.
    @Test
    void aRefusedPolicyKeepsTheEarlierOne() {
        s3.createBucket(BUCKET);
        client.putBucketPolicy(b -> b.bucket(BUCKET).policy(maximumRetention(BUCKET)));

        s3Error(() -> client.putBucketPolicy(b -> b.bucket(BUCKET).policy("{}")), 400, "MalformedPolicy");

        assertThat(client.getBucketPolicy(b -> b.bucket(BUCKET)).policy()).isEqualTo(maximumRetention(BUCKET));
    }

    // An Allow to everyone without a narrowing condition is public. AWS refuses such a policy while Block
    // Public Access is on (the default for new buckets since April 2023, [P70]); the emulator does not
    // model Block Public Access and stores it.
    @Test
    void anAllowToEveryoneIsPublic() {
        s3.createBucket(BUCKET);
        client.putBucketPolicy(b -> b.bucket(BUCKET).policy(allowGet(BUCKET, "\"*\"")));

        assertThat(client.getBucketPolicyStatus(b -> b.bucket(BUCKET))
                        .policyStatus()
                        .isPublic())
                .isTrue();
        HttpResponse<String> raw = s3.raw("GET", "/" + BUCKET + "?policyStatus");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body())
                .contains("<PolicyStatus xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
                .contains("<IsPublic>true</IsPublic>");
    }

    @Test
    void theMaximumRetentionDenyIsNotPublic() {
        s3.createBucket(BUCKET);
        client.putBucketPolicy(b -> b.bucket(BUCKET).policy(maximumRetention(BUCKET)));

        assertThat(client.getBucketPolicyStatus(b -> b.bucket(BUCKET))
                        .policyStatus()
                        .isPublic())
                .isFalse();
    }

    @Test
    void anAllowToTheAccountIsNotPublic() {
        s3.createBucket(BUCKET);
        client.putBucketPolicy(b -> b.bucket(BUCKET).policy(allowGet(BUCKET, "{\"AWS\":\"123456789012\"}")));

        assertThat(client.getBucketPolicyStatus(b -> b.bucket(BUCKET))
                        .policyStatus()
                        .isPublic())
                .isFalse();
    }

    // Without a policy GetBucketPolicyStatus is 404 NoSuchBucketPolicy too (AWS-recorded in
    // cloudquery/cloudquery#12163: "api error NoSuchBucketPolicy: The bucket policy does not exist").
    @Test
    void withoutAPolicyThereIsNoStatus() {
        s3.createBucket(BUCKET);

        S3Exception e = s3Error(() -> client.getBucketPolicyStatus(b -> b.bucket(BUCKET)), 404, "NoSuchBucketPolicy");

        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(BucketPolicyTest.NO_SUCH_BUCKET_POLICY);
        assertThat(errorElement(e, "BucketName")).hasValue(BUCKET);
    }
}

package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.service.BucketPolicyService;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.body.RequestPayloads;
import dev.objectlock.emulator.http.xml.PolicyStatusXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Put/Get/DeleteBucketPolicy and GetBucketPolicyStatus ([P.10]). Statuses as recorded against AWS
 * in LocalStack's test_bucket_policy_crud: PUT 204, GET 200, DELETE 204 (also without a policy).
 */
public final class BucketPolicyHandlers {

    /**
     * The policy is JSON, sent back as stored [P66]. UNCERTAIN: AWS's Content-Type for it is not
     * documented; clients that look at it expect application/json (pplu/aws-sdk-perl#355).
     */
    private static final String JSON = "application/json";

    private final BucketPolicyService policies;

    public BucketPolicyHandlers(BucketPolicyService policies) {
        this.policies = policies;
    }

    /**
     * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html. The S3 model marks it
     * requestChecksumRequired, so a body without Content-MD5 or x-amz-checksum-* is refused like the
     * other such PUTs. x-amz-confirm-remove-self-bucket-access is accepted and changes nothing: the
     * owner's root can never lock itself out [P60].
     */
    public void putBucketPolicy(S3Exchange ex) {
        policies.put(ex.bucket(), RequestPayloads.openRequiringChecksum(ex.body(), ex::header, ex.bodyCheck()));
        ex.empty(204);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html */
    public void getBucketPolicy(S3Exchange ex) {
        byte[] policy = policies.get(ex.bucket()).getBytes(StandardCharsets.UTF_8);
        ex.stream(200, JSON, policy.length, new ByteArrayInputStream(policy));
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketPolicy.html */
    public void deleteBucketPolicy(S3Exchange ex) {
        policies.delete(ex.bucket());
        ex.empty(204);
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html */
    public void getBucketPolicyStatus(S3Exchange ex) {
        ex.xml(new PolicyStatusXml(policies.isPublic(ex.bucket())));
    }
}

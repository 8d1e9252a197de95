package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.access.BucketPolicyValidator;
import dev.objectlock.emulator.domain.access.MalformedPolicyException;
import dev.objectlock.emulator.domain.access.PolicyJson;
import dev.objectlock.emulator.domain.access.PolicyKind;
import dev.objectlock.emulator.domain.access.PolicyProblem;
import dev.objectlock.emulator.domain.access.PrincipalDirectory;
import dev.objectlock.emulator.domain.access.PublicPolicies;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The bucket policy API ([P.10], [P66]-[P70]): PutBucketPolicy checks the document against the
 * bucket and the principals that exist ({@link BucketPolicyValidator}, the MalformedPolicy messages of
 * [P69]) and stores its text as sent; GetBucketPolicy returns that text; DeleteBucketPolicy removes it,
 * also when there is none; GetBucketPolicyStatus tells whether it is public ({@link PublicPolicies}).
 *
 * <p>Who may call these [P67] is decided by authorisation before the service runs. The owner's root
 * keeps all three whatever a policy denies ([P60], PolicyEvaluator), so no policy stored here can lock
 * it out, and {@code x-amz-confirm-remove-self-bucket-access} has nothing to confirm.
 */
public final class BucketPolicyService {

    /** The most of a PutBucketPolicy body read; the 20 KB limit itself [P68] is the validator's. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final Buckets lookup;
    private final BucketPolicyRepository policies;
    private final Transactions tx;
    private final Supplier<? extends PrincipalDirectory> directory;

    /**
     * @param directory the account and the principals a policy may name ("Invalid principal in policy"
     *     for any other, [P69]); asked on every PutBucketPolicy, since identities can change at run time
     */
    public BucketPolicyService(
            BucketRepository buckets,
            BucketPolicyRepository policies,
            Transactions tx,
            Supplier<? extends PrincipalDirectory> directory) {
        this.lookup = new Buckets(buckets);
        this.policies = policies;
        this.tx = tx;
        this.directory = directory;
    }

    /**
     * PutBucketPolicy: the body is read once the bucket is known to exist (NoSuchBucket first, before
     * a client waiting on 100-continue sends it), then checked, then stored unchanged [P66].
     */
    public void put(String bucket, Payload document) {
        lookup.require(bucket);
        String text = decode(SmallPayloads.read(document, MAX_BODY_BYTES, () -> malformed(PolicyProblem.TOO_LARGE)));
        try {
            BucketPolicyValidator.read(text, bucket, directory.get());
        } catch (MalformedPolicyException e) {
            throw S3Exception.of(S3ErrorCode.MALFORMED_POLICY, e.error().message());
        }
        tx.inTransaction(() -> {
            // DeleteBucket takes this row lock too: the policy is stored before it or not at all.
            lookup.requireForUpdate(bucket);
            policies.put(bucket, text);
        });
    }

    /** GetBucketPolicy: the text as it was put [P66], or 404 NoSuchBucketPolicy [E47]. */
    public String get(String bucket) {
        lookup.require(bucket);
        return policies.find(bucket)
                .orElseThrow(
                        () -> S3Exception.of(S3ErrorCode.NO_SUCH_BUCKET_POLICY).with("BucketName", bucket));
    }

    /** DeleteBucketPolicy: succeeds whether or not the bucket has a policy [P66]. */
    public void delete(String bucket) {
        lookup.require(bucket);
        policies.delete(bucket);
    }

    /**
     * GetBucketPolicyStatus: whether the policy is public; without a policy 404 NoSuchBucketPolicy, as
     * for GetBucketPolicy (AWS-recorded in cloudquery/cloudquery#12163).
     */
    public boolean isPublic(String bucket) {
        return PublicPolicies.isPublic(PolicyJson.parse(get(bucket), PolicyKind.BUCKET));
    }

    /** The body as UTF-8; bytes that are no UTF-8 cannot be JSON [UNCERTAIN: AWS's message for them]. */
    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(body.length > 0 && body[0] == '{' ? PolicyProblem.INVALID_JSON : PolicyProblem.NOT_JSON);
        }
    }

    private static S3Exception malformed(PolicyProblem problem) {
        return S3Exception.of(S3ErrorCode.MALFORMED_POLICY, problem.message(null));
    }
}

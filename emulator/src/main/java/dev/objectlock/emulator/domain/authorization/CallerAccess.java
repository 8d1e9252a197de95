package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.access.Decision;
import dev.objectlock.emulator.domain.access.Policy;
import dev.objectlock.emulator.domain.access.PolicyEvaluator;
import dev.objectlock.emulator.domain.access.Principal;
import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.rules.ObjectLockPolicy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One secured request's caller ([P.9]): every action the operation table names is evaluated with
 * the caller's identity policies and the policy of the bucket it concerns; the first refusal is a 403
 * AccessDenied with the message of [P.11]. Object Lock is not decided here: an allowed request may
 * still meet ObjectLockPolicy afterwards, which binds the root too ([P43], P47).
 */
final class CallerAccess implements RequestAccess {

    private final Authorizer authorizer;
    private final Principal principal;
    private final List<Policy> identityPolicies;
    private final ConditionContext globalKeys;
    private final Instant now;
    /** The bucket policies this request has read: one lookup per bucket, however many actions. */
    private final Map<String, Optional<Policy>> bucketPolicies = new HashMap<>(2);

    CallerAccess(
            Authorizer authorizer,
            Principal principal,
            List<Policy> identityPolicies,
            ConditionContext globalKeys,
            Instant now) {
        this.authorizer = authorizer;
        this.principal = principal;
        this.identityPolicies = identityPolicies;
        this.globalKeys = globalKeys;
        this.now = now;
    }

    @Override
    public void authorize(AccessRequest request) {
        OperationAccess.Resource resource = request.operation().resource();
        if (resource == OperationAccess.Resource.BUCKET || resource == OperationAccess.Resource.OBJECT) {
            String name = request.target().bucket();
            Bucket bucket = authorizer.buckets().find(name).orElseThrow(() -> S3Exception.noSuchBucket(name));
            if (request.operation().has(OperationAccess.Extra.BYPASS)) {
                ObjectLockPolicy.bypassFor(bucket, request.bypass());
            }
        }
        for (Requirement r : requirements(request)) {
            Decision decision = decide(r);
            if (!decision.allowed()) {
                throw refusal(decision, r);
            }
        }
    }

    @Override
    public boolean allows(AccessRequest request) {
        for (Requirement r : requirements(request)) {
            if (!decide(r).allowed()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public S3Exception onMissingObject(AccessRequest request, S3Exception notFound) {
        if (notFound.code() != S3ErrorCode.NO_SUCH_KEY) {
            return notFound;
        }
        Requirement list = requirements(AccessRequest.bucket(
                        OperationAccess.HEAD_BUCKET, request.target().bucket()))
                .get(0);
        Decision decision = decide(list);
        return decision.allowed() ? notFound : refusal(decision, list);
    }

    @Override
    public LockVisibility lockVisibility(AccessRequest request) {
        return new LockVisibility(
                allows(request.as(OperationAccess.GET_OBJECT_RETENTION)),
                allows(request.as(OperationAccess.GET_OBJECT_LEGAL_HOLD)));
    }

    private List<Requirement> requirements(AccessRequest request) {
        return AccessRequirements.of(request, globalKeys, now, authorizer.region(), authorizer.accountId());
    }

    private Decision decide(Requirement r) {
        Policy bucketPolicy = r.bucket() == null
                ? null
                : bucketPolicies
                        .computeIfAbsent(
                                r.bucket(),
                                b -> Optional.ofNullable(authorizer.policies().find(b)))
                        .orElse(null);
        return PolicyEvaluator.evaluate(
                principal, r.action(), r.resourceArn(), r.context(), identityPolicies, bucketPolicy);
    }

    private S3Exception refusal(Decision decision, Requirement r) {
        return S3Exception.of(
                S3ErrorCode.ACCESS_DENIED, decision.accessDeniedMessage(principal, r.action(), r.resourceArn()));
    }
}

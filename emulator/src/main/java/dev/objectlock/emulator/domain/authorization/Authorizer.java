package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import dev.objectlock.emulator.domain.port.BucketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Authorisation in secured mode (issue 12; [P.6]–[P.11]): binds a request's caller to the identities
 * in force, the buckets and their policies, and the emulator's clock, as a {@link RequestAccess}.
 *
 * <p>Time: {@code aws:CurrentTime}, {@code aws:EpochTime} and the remaining retention days use the
 * emulator's clock, read once per request, so a test that moves the clock moves them too ([P2]).
 */
public final class Authorizer {

    /** {@code s3:signatureversion} of every signed request the emulator accepts (SigV2 is refused, [P32]). */
    static final String SIGNATURE_VERSION = "AWS4-HMAC-SHA256";

    private final BucketRepository buckets;
    private final BucketPolicies policies;
    private final Clock clock;
    private final String region;
    private final String accountId;

    public Authorizer(
            BucketRepository buckets, BucketPolicyRepository policies, Clock clock, String region, String accountId) {
        this.buckets = buckets;
        this.policies = new BucketPolicies(policies);
        this.clock = clock;
        this.region = region;
        this.accountId = accountId;
    }

    /** What {@code caller} may do in this request, judged with {@code identities} (read once per request). */
    public RequestAccess forCaller(Identities identities, Caller caller) {
        Instant now = clock.instant();
        return new CallerAccess(
                this,
                caller.principal(),
                identities.identityPolicies(caller.principal()),
                globalKeys(caller, now),
                now);
    }

    /** The keys every action of the request has ([P51]); the principal's own keys are the evaluator's. */
    static ConditionContext globalKeys(Caller caller, Instant now) {
        return ConditionContext.builder()
                .put("aws:CurrentTime", now.truncatedTo(ChronoUnit.SECONDS).toString())
                .put("aws:EpochTime", Long.toString(now.getEpochSecond()))
                // The emulator speaks plain HTTP.
                .put("aws:SecureTransport", "false")
                .put("aws:SourceIp", caller.sourceIp())
                .put("s3:authType", caller.authType())
                .put("s3:signatureversion", caller.authType() == null ? null : SIGNATURE_VERSION)
                .put("s3:x-amz-content-sha256", caller.contentSha256())
                .build();
    }

    BucketRepository buckets() {
        return buckets;
    }

    BucketPolicies policies() {
        return policies;
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }
}

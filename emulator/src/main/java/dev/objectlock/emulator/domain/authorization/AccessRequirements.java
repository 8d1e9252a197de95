package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.ConditionContext;
import dev.objectlock.emulator.domain.authorization.AccessRequest.LockValues;
import dev.objectlock.emulator.domain.authorization.AccessRequest.Target;
import dev.objectlock.emulator.domain.authorization.OperationAccess.Extra;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a row of {@link OperationAccess} and a request into the actions to evaluate, each with its
 * resource and condition keys, in the order of [P36]: the copy-source read, the row's actions, then
 * the extras left to right. A pure function of its arguments, {@code now} included.
 *
 * <p>Condition keys ([P.8], P49, P51): the Object Lock keys come from the request, never from the
 * stored version, and only on the actions the IAM reference lists them for; the remaining retention
 * days are counted on the emulator's clock, rounded up to whole days, 0 once past [UNCERTAIN rounding].
 */
public final class AccessRequirements {

    static final String PUT_OBJECT = "s3:PutObject";
    static final String BYPASS = "s3:BypassGovernanceRetention";
    static final String PASS_ROLE = "iam:PassRole";
    private static final Set<String> RETENTION_KEY_ACTIONS = Set.of(PUT_OBJECT, "s3:PutObjectRetention", BYPASS);
    private static final Set<String> LEGAL_HOLD_KEY_ACTIONS = Set.of(PUT_OBJECT, "s3:PutObjectLegalHold", BYPASS);
    private static final Set<String> LISTING_KEY_ACTIONS = Set.of("s3:ListBucket", "s3:ListBucketVersions");
    private static final long DAY_MILLIS = 86_400_000L;

    private AccessRequirements() {}

    /**
     * @param base the keys every action of the request has (the global keys of [P51])
     * @param region and {@code accountId} name job ARNs
     */
    public static List<Requirement> of(
            AccessRequest request, ConditionContext base, Instant now, String region, String accountId) {
        OperationAccess row = request.operation();
        Target target = request.target();
        List<Requirement> needed = new ArrayList<>(2);
        Target source = request.copySource();
        if (row.has(Extra.COPY_SOURCE) && source != null) {
            String read = source.versionId() == null ? "s3:GetObject" : "s3:GetObjectVersion";
            needed.add(
                    new Requirement(read, source.bucket(), objectArn(source), keys(read, request, source, base, now)));
        }
        List<String> extras = new ArrayList<>(2);
        LockValues lock = request.lock();
        if (row.has(Extra.WRITE_HEADERS)) {
            if (lock.mode() != null || lock.retainUntilDate() != null) {
                extras.add("s3:PutObjectRetention");
            }
            if (lock.legalHold() != null) {
                extras.add("s3:PutObjectLegalHold");
            }
            if (request.tagging()) {
                extras.add("s3:PutObjectTagging");
            }
        }
        if (row.has(Extra.BUCKET_LOCK_HEADER) && request.bucketObjectLock()) {
            extras.add("s3:PutBucketObjectLockConfiguration");
            extras.add("s3:PutBucketVersioning");
        }
        if (row.has(Extra.BYPASS) && Boolean.TRUE.equals(request.bypass())) {
            extras.add(BYPASS);
        }
        if (row.has(Extra.JOB_TAGS) && request.job().requestTags() != null) {
            extras.add("s3:PutJobTagging");
        }
        String arn = resourceArn(row, target, region, accountId);
        String policyBucket =
                row.resource() == OperationAccess.Resource.BUCKET || row.resource() == OperationAccess.Resource.OBJECT
                        ? target.bucket()
                        : null;
        for (String action : row.actions(target.versionId() != null)) {
            needed.add(new Requirement(action, policyBucket, arn, keys(action, request, target, base, now)));
        }
        for (String action : extras) {
            needed.add(new Requirement(action, policyBucket, arn, keys(action, request, target, base, now)));
        }
        if (row.has(Extra.PASS_ROLE) && request.job().roleArn() != null) {
            // No S3 bucket policy speaks about a role: only the caller's identity policies decide ([P76]).
            needed.add(new Requirement(PASS_ROLE, null, request.job().roleArn(), base));
        }
        return needed;
    }

    static String resourceArn(OperationAccess row, Target target, String region, String accountId) {
        return switch (row.resource()) {
            case NONE -> "*";
            case BUCKET, NEW_BUCKET -> "arn:aws:s3:::" + target.bucket();
            case OBJECT -> objectArn(target);
            case JOB -> "arn:aws:s3:" + region + ":" + accountId + ":job/" + target.jobId();
            case ANY_JOB -> "arn:aws:s3:" + region + ":" + accountId + ":job/*";
        };
    }

    private static String objectArn(Target target) {
        return "arn:aws:s3:::" + target.bucket() + "/" + target.key();
    }

    /** The base keys plus those this action has in this request. */
    private static ConditionContext keys(
            String action, AccessRequest request, Target target, ConditionContext requestKeys, Instant now) {
        ConditionContext base = JobConditionKeys.of(action, request.job(), requestKeys);
        LockValues lock = request.lock();
        boolean retention =
                RETENTION_KEY_ACTIONS.contains(action) && (lock.mode() != null || lock.retainUntilDate() != null);
        boolean legalHold = LEGAL_HOLD_KEY_ACTIONS.contains(action) && lock.legalHold() != null;
        boolean versionId =
                target.versionId() != null && action.contains("Version") && !action.equals("s3:ListBucketVersions");
        boolean listing = LISTING_KEY_ACTIONS.contains(action)
                && request.operation().has(Extra.LISTING_KEYS)
                && !request.listing().equals(AccessRequest.Listing.NONE);
        if (!retention && !legalHold && !versionId && !listing) {
            return base;
        }
        ConditionContext.Builder keys = base.toBuilder();
        if (retention) {
            keys.put("s3:object-lock-mode", lock.mode());
            keys.put("s3:object-lock-retain-until-date", lock.retainUntilDate());
            keys.put("s3:object-lock-remaining-retention-days", remainingDays(lock.retainUntilDate(), now));
        }
        if (legalHold) {
            keys.put("s3:object-lock-legal-hold", lock.legalHold());
        }
        if (versionId) {
            keys.put("s3:versionid", target.versionId());
        }
        if (listing) {
            keys.put("s3:prefix", request.listing().prefix());
            keys.put("s3:delimiter", request.listing().delimiter());
            keys.put("s3:max-keys", request.listing().maxKeys());
        }
        return keys.build();
    }

    /** Whole days from {@code now} to the date, rounded up, 0 once past; null when the date cannot be read. */
    static String remainingDays(String retainUntilDate, Instant now) {
        if (retainUntilDate == null) {
            return null;
        }
        Instant until;
        try {
            until = OffsetDateTime.parse(retainUntilDate.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null; // the service refuses the date itself, after authorisation ([P47])
        }
        long millis = until.toEpochMilli() - now.toEpochMilli();
        return Long.toString(millis <= 0 ? 0 : (millis + DAY_MILLIS - 1) / DAY_MILLIS);
    }
}

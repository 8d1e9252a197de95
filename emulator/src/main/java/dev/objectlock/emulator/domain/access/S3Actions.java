package dev.objectlock.emulator.domain.access;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The S3 actions a bucket policy may name, each with the resource type it applies to, after the
 * Service Authorization Reference "Actions, resources, and condition keys for Amazon S3" (IAM ref
 * list_amazons3). A bucket policy naming an action outside this table is refused ("Policy has invalid
 * action", [P69]), and one naming only object actions on the bucket ARN, or bucket actions on
 * {@code bucket/*}, is refused too ("Action does not apply to any resource(s) in statement").
 *
 * <p>The table covers the bucket, object and Batch Operations actions, plus the account-level and
 * access-point actions people commonly write; an action AWS added since is refused until listed here.
 */
final class S3Actions {

    /** What an action's resource is. */
    enum ResourceType {
        BUCKET,
        OBJECT,
        JOB,
        /** Only {@code "Resource": "*"}: ListAllMyBuckets, ListJobs, CreateJob ([P.6]). */
        NONE,
        /** Access points, Storage Lens, Multi-Region Access Points: resources a bucket policy never names. */
        OTHER
    }

    private static final List<String> OBJECT = List.of(
            "AbortMultipartUpload",
            "BypassGovernanceRetention",
            "DeleteObject",
            "DeleteObjectTagging",
            "DeleteObjectVersion",
            "DeleteObjectVersionTagging",
            "GetObject",
            "GetObjectAcl",
            "GetObjectAttributes",
            "GetObjectLegalHold",
            "GetObjectRetention",
            "GetObjectTagging",
            "GetObjectTorrent",
            "GetObjectVersion",
            "GetObjectVersionAcl",
            "GetObjectVersionAttributes",
            "GetObjectVersionForReplication",
            "GetObjectVersionTagging",
            "GetObjectVersionTorrent",
            "InitiateReplication",
            "ListMultipartUploadParts",
            "ObjectOwnerOverrideToBucketOwner",
            "PutObject",
            "PutObjectAcl",
            "PutObjectLegalHold",
            "PutObjectRetention",
            "PutObjectTagging",
            "PutObjectVersionAcl",
            "PutObjectVersionTagging",
            "ReplicateDelete",
            "ReplicateObject",
            "ReplicateTags",
            "RestoreObject");

    private static final List<String> BUCKET = List.of(
            "CreateBucket",
            "DeleteBucket",
            "DeleteBucketOwnershipControls",
            "DeleteBucketPolicy",
            "DeleteBucketWebsite",
            "GetAccelerateConfiguration",
            "GetAnalyticsConfiguration",
            "GetBucketAcl",
            "GetBucketCORS",
            "GetBucketLocation",
            "GetBucketLogging",
            "GetBucketNotification",
            "GetBucketObjectLockConfiguration",
            "GetBucketOwnershipControls",
            "GetBucketPolicy",
            "GetBucketPolicyStatus",
            "GetBucketPublicAccessBlock",
            "GetBucketRequestPayment",
            "GetBucketTagging",
            "GetBucketVersioning",
            "GetBucketWebsite",
            "GetEncryptionConfiguration",
            "GetIntelligentTieringConfiguration",
            "GetInventoryConfiguration",
            "GetLifecycleConfiguration",
            "GetMetricsConfiguration",
            "GetReplicationConfiguration",
            "ListBucket",
            "ListBucketMultipartUploads",
            "ListBucketVersions",
            "PutAccelerateConfiguration",
            "PutAnalyticsConfiguration",
            "PutBucketAcl",
            "PutBucketCORS",
            "PutBucketLogging",
            "PutBucketNotification",
            "PutBucketObjectLockConfiguration",
            "PutBucketOwnershipControls",
            "PutBucketPolicy",
            "PutBucketPublicAccessBlock",
            "PutBucketRequestPayment",
            "PutBucketTagging",
            "PutBucketVersioning",
            "PutBucketWebsite",
            "PutEncryptionConfiguration",
            "PutIntelligentTieringConfiguration",
            "PutInventoryConfiguration",
            "PutLifecycleConfiguration",
            "PutMetricsConfiguration",
            "PutReplicationConfiguration");

    private static final List<String> JOB = List.of(
            "DeleteJobTagging",
            "DescribeJob",
            "GetJobTagging",
            "PutJobTagging",
            "UpdateJobPriority",
            "UpdateJobStatus");

    private static final List<String> NONE = List.of(
            "CreateJob",
            "GetAccountPublicAccessBlock",
            "ListAccessPoints",
            "ListAllMyBuckets",
            "ListJobs",
            "ListMultiRegionAccessPoints",
            "ListStorageLensConfigurations",
            "PutAccountPublicAccessBlock");

    private static final List<String> OTHER = List.of(
            "CreateAccessPoint",
            "DeleteAccessPoint",
            "DeleteAccessPointPolicy",
            "GetAccessPoint",
            "GetAccessPointPolicy",
            "GetAccessPointPolicyStatus",
            "PutAccessPointPolicy",
            "CreateMultiRegionAccessPoint",
            "DeleteMultiRegionAccessPoint",
            "GetMultiRegionAccessPoint",
            "GetMultiRegionAccessPointPolicy",
            "DeleteStorageLensConfiguration",
            "GetStorageLensConfiguration",
            "GetStorageLensDashboard",
            "PutStorageLensConfiguration");

    /** Lower-case "s3:name" to its resource type. */
    private static final Map<String, ResourceType> TYPES = table();

    private S3Actions() {}

    private static Map<String, ResourceType> table() {
        Map<String, ResourceType> types = new HashMap<>();
        OBJECT.forEach(a -> types.put(key(a), ResourceType.OBJECT));
        BUCKET.forEach(a -> types.put(key(a), ResourceType.BUCKET));
        JOB.forEach(a -> types.put(key(a), ResourceType.JOB));
        NONE.forEach(a -> types.put(key(a), ResourceType.NONE));
        OTHER.forEach(a -> types.put(key(a), ResourceType.OTHER));
        return Map.copyOf(types);
    }

    private static String key(String action) {
        return "s3:" + action.toLowerCase(Locale.ROOT);
    }

    /** Whether a lower-case action pattern names at least one known S3 action. */
    static boolean namesAny(PolicyPattern lowerPattern) {
        return TYPES.keySet().stream().anyMatch(a -> lowerPattern.matches(a, null));
    }

    /** Whether a lower-case action pattern names an action of one of {@code types}. */
    static boolean namesAnyOf(PolicyPattern lowerPattern, List<ResourceType> types) {
        return TYPES.entrySet().stream()
                .anyMatch(e -> types.contains(e.getValue()) && lowerPattern.matches(e.getKey(), null));
    }
}

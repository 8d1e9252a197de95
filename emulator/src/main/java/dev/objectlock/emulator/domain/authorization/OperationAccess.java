package dev.objectlock.emulator.domain.authorization;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * THE operation table ([P.6]; IAM Service Authorization Reference "Actions, resources, and condition
 * keys for Amazon S3"; the "Permissions" paragraph of each operation in the S3 API Reference): for each
 * operation the emulator serves, S3 and S3 Control, the action(s) it always needs, the version-specific
 * action(s) that replace them when the request names a versionId, the resource they are evaluated on,
 * and the extras that depend on what the request carries. {@link AccessRequirements} turns a row and a
 * request into the (action, resource, condition keys) triples the evaluator judges, in this order:
 * copy-source read, the row's actions, then the extras left to right ([P36]).
 *
 * <p>Constant names equal those of the protocol's operation enums ({@code S3Operation},
 * {@code ControlOperation}), so the protocol finds a row with {@link #of}; a test holds the two lists
 * together. Rows for operations the emulator does not serve yet (the bucket policy API) wait here.
 */
public enum OperationAccess {
    LIST_BUCKETS(Resource.NONE, "s3:ListAllMyBuckets"),
    CREATE_BUCKET(Resource.NEW_BUCKET, "s3:CreateBucket", Extra.BUCKET_LOCK_HEADER),
    HEAD_BUCKET(Resource.BUCKET, "s3:ListBucket"),
    DELETE_BUCKET(Resource.BUCKET, "s3:DeleteBucket"),
    GET_BUCKET_LOCATION(Resource.BUCKET, "s3:GetBucketLocation"),
    PUT_BUCKET_VERSIONING(Resource.BUCKET, "s3:PutBucketVersioning"),
    GET_BUCKET_VERSIONING(Resource.BUCKET, "s3:GetBucketVersioning"),
    LIST_OBJECTS(Resource.BUCKET, "s3:ListBucket", Extra.LISTING_KEYS),
    LIST_OBJECTS_V2(Resource.BUCKET, "s3:ListBucket", Extra.LISTING_KEYS),
    LIST_OBJECT_VERSIONS(Resource.BUCKET, "s3:ListBucketVersions", Extra.LISTING_KEYS),
    /** Per entry, by the service ([P74]): DeleteObject, or DeleteObjectVersion for an entry with a VersionId. */
    DELETE_OBJECTS(
            Resource.OBJECT,
            List.of("s3:DeleteObject"),
            List.of("s3:DeleteObjectVersion"),
            Extra.BYPASS,
            Extra.IN_SERVICE),
    PUT_OBJECT(Resource.OBJECT, "s3:PutObject", Extra.WRITE_HEADERS),
    COPY_OBJECT(Resource.OBJECT, "s3:PutObject", Extra.COPY_SOURCE, Extra.WRITE_HEADERS),
    /** With a versionId, s3:GetObjectVersion instead: s3:GetObject is then not needed (SDK model GetObject). */
    GET_OBJECT(
            Resource.OBJECT,
            List.of("s3:GetObject"),
            List.of("s3:GetObjectVersion"),
            Extra.MISSING_KEY_NEEDS_LIST,
            Extra.LOCK_HEADERS_NEED_READ),
    HEAD_OBJECT(
            Resource.OBJECT,
            List.of("s3:GetObject"),
            List.of("s3:GetObjectVersion"),
            Extra.MISSING_KEY_NEEDS_LIST,
            Extra.LOCK_HEADERS_NEED_READ),
    /** E.14: with a versionId only s3:DeleteObjectVersion is required [UNCERTAIN]. */
    DELETE_OBJECT(Resource.OBJECT, List.of("s3:DeleteObject"), List.of("s3:DeleteObjectVersion"), Extra.BYPASS),
    PUT_OBJECT_TAGGING(Resource.OBJECT, List.of("s3:PutObjectTagging"), List.of("s3:PutObjectVersionTagging")),
    GET_OBJECT_TAGGING(Resource.OBJECT, List.of("s3:GetObjectTagging"), List.of("s3:GetObjectVersionTagging")),
    DELETE_OBJECT_TAGGING(Resource.OBJECT, List.of("s3:DeleteObjectTagging"), List.of("s3:DeleteObjectVersionTagging")),
    /** The extras of PutObject too [UNCERTAIN: AWS documents them for PutObject only]. */
    CREATE_MULTIPART_UPLOAD(Resource.OBJECT, "s3:PutObject", Extra.WRITE_HEADERS),
    UPLOAD_PART(Resource.OBJECT, "s3:PutObject"),
    UPLOAD_PART_COPY(Resource.OBJECT, "s3:PutObject", Extra.COPY_SOURCE),
    COMPLETE_MULTIPART_UPLOAD(Resource.OBJECT, "s3:PutObject"),
    ABORT_MULTIPART_UPLOAD(Resource.OBJECT, "s3:AbortMultipartUpload"),
    LIST_PARTS(Resource.OBJECT, "s3:ListMultipartUploadParts"),
    LIST_MULTIPART_UPLOADS(Resource.BUCKET, "s3:ListBucketMultipartUploads"),
    PUT_OBJECT_LOCK_CONFIGURATION(Resource.BUCKET, "s3:PutBucketObjectLockConfiguration"),
    GET_OBJECT_LOCK_CONFIGURATION(Resource.BUCKET, "s3:GetBucketObjectLockConfiguration"),
    /** The same action with a versionId; the lock keys come from the body, so the service checks ([P.8]). */
    PUT_OBJECT_RETENTION(Resource.OBJECT, "s3:PutObjectRetention", Extra.BYPASS, Extra.IN_SERVICE),
    GET_OBJECT_RETENTION(Resource.OBJECT, "s3:GetObjectRetention"),
    /** s3:object-lock-legal-hold comes from the body's Status, so the service checks. */
    PUT_OBJECT_LEGAL_HOLD(Resource.OBJECT, "s3:PutObjectLegalHold", Extra.IN_SERVICE),
    GET_OBJECT_LEGAL_HOLD(Resource.OBJECT, "s3:GetObjectLegalHold"),
    GET_OBJECT_ATTRIBUTES(
            Resource.OBJECT,
            List.of("s3:GetObject", "s3:GetObjectAttributes"),
            List.of("s3:GetObjectVersion", "s3:GetObjectVersionAttributes"),
            Extra.MISSING_KEY_NEEDS_LIST),
    PUT_BUCKET_POLICY(Resource.BUCKET, "s3:PutBucketPolicy"),
    GET_BUCKET_POLICY(Resource.BUCKET, "s3:GetBucketPolicy"),
    DELETE_BUCKET_POLICY(Resource.BUCKET, "s3:DeleteBucketPolicy"),
    GET_BUCKET_POLICY_STATUS(Resource.BUCKET, "s3:GetBucketPolicyStatus"),
    PUT_BUCKET_LIFECYCLE_CONFIGURATION(Resource.BUCKET, "s3:PutLifecycleConfiguration"),
    GET_BUCKET_LIFECYCLE_CONFIGURATION(Resource.BUCKET, "s3:GetLifecycleConfiguration"),
    /** The same action as the PUT (DeleteBucketLifecycle API reference, "Permissions"). */
    DELETE_BUCKET_LIFECYCLE(Resource.BUCKET, "s3:PutLifecycleConfiguration"),
    PUT_BUCKET_REPLICATION(Resource.BUCKET, "s3:PutReplicationConfiguration"),
    GET_BUCKET_REPLICATION(Resource.BUCKET, "s3:GetReplicationConfiguration"),
    /** The same action as the PUT (DeleteBucketReplication API reference, "Permissions"). */
    DELETE_BUCKET_REPLICATION(Resource.BUCKET, "s3:PutReplicationConfiguration"),
    /**
     * Replication acting as its configuration's Role ([P100]-[P102]): reading the source version, and
     * writing a replica or a delete marker to the destination. No request of a client maps to them.
     */
    GET_OBJECT_VERSION_FOR_REPLICATION(Resource.OBJECT, "s3:GetObjectVersionForReplication"),
    REPLICATE_OBJECT(Resource.OBJECT, "s3:ReplicateObject"),
    REPLICATE_DELETE(Resource.OBJECT, "s3:ReplicateDelete"),
    /**
     * Batch Replication acting as the job's role ([P103]): each task initiates the replication of one
     * object; a generated manifest reads the source's configuration and, as AWS builds it from an
     * inventory, needs s3:PutInventoryConfiguration on the source.
     */
    INITIATE_REPLICATION(Resource.OBJECT, "s3:InitiateReplication"),
    PUT_BUCKET_INVENTORY_CONFIGURATION(Resource.BUCKET, "s3:PutInventoryConfiguration"),
    GET_BUCKET_ACL(Resource.BUCKET, "s3:GetBucketAcl"),
    PUT_BUCKET_ACL(Resource.BUCKET, "s3:PutBucketAcl"),
    GET_OBJECT_ACL(Resource.OBJECT, List.of("s3:GetObjectAcl"), List.of("s3:GetObjectVersionAcl")),
    PUT_OBJECT_ACL(Resource.OBJECT, List.of("s3:PutObjectAcl"), List.of("s3:PutObjectVersionAcl")),
    PUT_BUCKET_OWNERSHIP_CONTROLS(Resource.BUCKET, "s3:PutBucketOwnershipControls"),
    GET_BUCKET_OWNERSHIP_CONTROLS(Resource.BUCKET, "s3:GetBucketOwnershipControls"),
    /** The same action as the PUT (DeleteBucketOwnershipControls API reference, "Permissions"). */
    DELETE_BUCKET_OWNERSHIP_CONTROLS(Resource.BUCKET, "s3:PutBucketOwnershipControls"),
    /**
     * S3 Control. CreateJob also needs s3:PutJobTagging with Tags and iam:PassRole on its RoleArn ([P76,
     * P77]); both are in the body, and so are the job keys ([P90]): the service checks. The rows about one
     * job carry the keys of the job they address, which the service has looked up.
     */
    CREATE_JOB(Resource.ANY_JOB, "s3:CreateJob", Extra.JOB_TAGS, Extra.PASS_ROLE, Extra.IN_SERVICE),
    DESCRIBE_JOB(Resource.JOB, "s3:DescribeJob", Extra.IN_SERVICE),
    LIST_JOBS(Resource.NONE, "s3:ListJobs"),
    UPDATE_JOB_STATUS(Resource.JOB, "s3:UpdateJobStatus", Extra.IN_SERVICE),
    UPDATE_JOB_PRIORITY(Resource.JOB, "s3:UpdateJobPriority", Extra.IN_SERVICE),
    PUT_JOB_TAGGING(Resource.JOB, "s3:PutJobTagging", Extra.IN_SERVICE),
    GET_JOB_TAGGING(Resource.JOB, "s3:GetJobTagging", Extra.IN_SERVICE),
    DELETE_JOB_TAGGING(Resource.JOB, "s3:DeleteJobTagging", Extra.IN_SERVICE);

    /** What the actions are evaluated on ([P.6], resource ARNs). */
    public enum Resource {
        /** {@code *}: actions without a resource type (ListAllMyBuckets, ListJobs). */
        NONE,
        /** {@code arn:aws:s3:::BUCKET}, a bucket that must exist ([P38]). */
        BUCKET,
        /** The bucket CreateBucket is about to create: nothing to look up, no bucket policy yet. */
        NEW_BUCKET,
        /** {@code arn:aws:s3:::BUCKET/KEY}, the key decoded. */
        OBJECT,
        /** {@code arn:aws:s3:REGION:ACCOUNT:job/JOBID}. */
        JOB,
        /** {@code arn:aws:s3:REGION:ACCOUNT:job/*}, as AWS names it for CreateJob ([P73]). */
        ANY_JOB
    }

    /** What else a row needs, or how it is checked. */
    public enum Extra {
        /** PutObject's lock and tagging headers: s3:PutObjectRetention, s3:PutObjectLegalHold, s3:PutObjectTagging. */
        WRITE_HEADERS,
        /** A read of the copy source first: s3:GetObject, or s3:GetObjectVersion when it names a version. */
        COPY_SOURCE,
        /** s3:BypassGovernanceRetention when x-amz-bypass-governance-retention is true ([P42]). */
        BYPASS,
        /** s3:PutBucketObjectLockConfiguration and s3:PutBucketVersioning with x-amz-bucket-object-lock-enabled. */
        BUCKET_LOCK_HEADER,
        /** s3:prefix, s3:delimiter and s3:max-keys ([P51]). */
        LISTING_KEYS,
        /** A missing key is 404 only with s3:ListBucket, otherwise 403 ([P37]). */
        MISSING_KEY_NEEDS_LIST,
        /** The lock headers of the answer need s3:GetObjectRetention / s3:GetObjectLegalHold ([P39]). */
        LOCK_HEADERS_NEED_READ,
        /** s3:PutJobTagging on {@code job/*} when a CreateJob sends Tags ([P77]). */
        JOB_TAGS,
        /** iam:PassRole on the RoleArn of a CreateJob ([P76]). */
        PASS_ROLE,
        /** What decides the actions or their keys is in the body: the service checks, not the protocol. */
        IN_SERVICE
    }

    private final Resource resource;
    private final List<String> actions;
    private final List<String> versionActions;
    private final Set<Extra> extras;

    OperationAccess(Resource resource, String action, Extra... extras) {
        this(resource, List.of(action), List.of(action), extras);
    }

    OperationAccess(Resource resource, List<String> actions, List<String> versionActions, Extra... extras) {
        this.resource = resource;
        this.actions = actions;
        this.versionActions = versionActions;
        this.extras = extras.length == 0 ? EnumSet.noneOf(Extra.class) : EnumSet.copyOf(List.of(extras));
    }

    /** The row of the protocol's operation of the same name. */
    public static OperationAccess of(String operationName) {
        return valueOf(operationName.toUpperCase(Locale.ROOT));
    }

    public Resource resource() {
        return resource;
    }

    /** The actions always needed; with a versionId, {@link #actions(boolean)} of true. */
    public List<String> actions(boolean versionId) {
        return versionId ? versionActions : actions;
    }

    public boolean has(Extra extra) {
        return extras.contains(extra);
    }

    /** Whether the protocol checks this row before the handler runs; otherwise the service does. */
    public boolean checkedBeforeTheHandler() {
        return !extras.contains(Extra.IN_SERVICE);
    }
}

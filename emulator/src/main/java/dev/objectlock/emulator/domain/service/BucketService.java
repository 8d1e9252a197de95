package dev.objectlock.emulator.domain.service;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.AclRequest;
import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.BucketAcl;
import dev.objectlock.emulator.domain.model.ObjectOwnership;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.port.BlobStore;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.domain.port.ReplicationConfigurationRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.rules.AclRules;
import dev.objectlock.emulator.domain.rules.BucketListRules;
import dev.objectlock.emulator.domain.rules.BucketNameRules;
import dev.objectlock.emulator.domain.rules.BucketRegionRules;
import dev.objectlock.emulator.domain.rules.ObjectLockVersioningRules;
import dev.objectlock.emulator.domain.rules.ReplicationRules;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Bucket use cases: create, inspect, configure versioning, delete. */
public final class BucketService {

    /**
     * CreateBucket input; a null location constraint means the request had no configuration.
     *
     * @param objectOwnership the {@code x-amz-object-ownership} header as sent, null when absent
     * @param acl             the ACL headers
     * @param endpointRegion  the region the request was signed for, which plays the endpoint it was
     *                        sent to ([R100]); null for a request that names none: the emulator's region
     */
    public record CreateBucket(
            String name,
            String locationConstraint,
            boolean objectLockEnabled,
            String objectOwnership,
            AclRequest acl,
            String endpointRegion) {

        public CreateBucket(String name, String locationConstraint, boolean objectLockEnabled) {
            this(name, locationConstraint, objectLockEnabled, null, AclRequest.NONE, null);
        }
    }

    /** Versioning as GetBucketVersioning reports it; both fields null for a never-versioned bucket. */
    public record VersioningConfiguration(VersioningStatus status, Boolean mfaDelete) {}

    private final BucketRepository buckets;
    private final Buckets lookup;
    private final ObjectVersionRepository versions;
    private final BlobStore blobs;
    private final Transactions tx;
    private final Clock clock;
    private final String region;
    private final Acls acls;
    private final ReplicationConfigurationRepository replication;

    public BucketService(
            BucketRepository buckets,
            ObjectVersionRepository versions,
            BlobStore blobs,
            Transactions tx,
            Clock clock,
            String region,
            Acls acls,
            ReplicationConfigurationRepository replication) {
        this.acls = acls;
        this.replication = replication;
        this.buckets = buckets;
        this.lookup = new Buckets(buckets);
        this.versions = versions;
        this.blobs = blobs;
        this.tx = tx;
        this.clock = clock;
        this.region = region;
    }

    public List<Bucket> list() {
        return buckets.listAll();
    }

    /**
     * ListBuckets with its optional filters and paging ([R66]): {@code prefix}, {@code bucketRegion},
     * {@code maxBuckets} and {@code after} (the last name of the previous page) may each be null.
     */
    public BucketPage list(String prefix, String bucketRegion, Integer maxBuckets, String after) {
        BucketListRules.Page page = BucketListRules.page(buckets.listAll(), prefix, bucketRegion, maxBuckets, after);
        return new BucketPage(page.buckets(), page.resumeAfter());
    }

    /** One page of ListBuckets; {@code resumeAfter} is the last name listed when more follow, else null. */
    public record BucketPage(List<Bucket> buckets, String resumeAfter) {}

    /**
     * Creates a bucket in the region its location constraint names, as the endpoint it was sent to
     * allows ([R100]). Re-creating an owned bucket is a silent success only in us-east-1 ([R101]).
     */
    public Bucket create(CreateBucket request) {
        BucketNameRules.validate(request.name());
        String endpoint = request.endpointRegion() == null ? region : request.endpointRegion();
        String bucketRegion = BucketRegionRules.regionForNewBucket(request.locationConstraint(), endpoint);
        BucketAcl access = bucketAcl(request);
        Bucket bucket = new Bucket(
                request.name(),
                bucketRegion,
                clock.instant(),
                ObjectLockVersioningRules.versioningForNewBucket(request.objectLockEnabled()),
                false,
                request.objectLockEnabled(),
                null);
        boolean created = tx.inTransaction(() -> {
            boolean inserted = buckets.insert(bucket);
            if (inserted && !access.equals(BucketAcl.DEFAULT)) {
                acls.repository().putBucket(bucket.name(), access);
            }
            return inserted;
        });
        if (!created) {
            Bucket existing = require(request.name());
            if (BucketRegionRules.recreationSucceeds(existing.region(), endpoint)) {
                return existing;
            }
            throw S3Exception.of(S3ErrorCode.BUCKET_ALREADY_OWNED_BY_YOU).with("BucketName", request.name());
        }
        return bucket;
    }

    /**
     * The ownership and ACL a new bucket gets: BucketOwnerEnforced unless the request names another
     * setting, and no ACL beyond the owner's while ACLs are disabled ([R80], [E81]).
     */
    private BucketAcl bucketAcl(CreateBucket request) {
        ObjectOwnership requested = AclRules.ownershipHeader(request.objectOwnership());
        ObjectOwnership ownership = requested == null ? ObjectOwnership.BUCKET_OWNER_ENFORCED : requested;
        AccessControlList acl =
                AclRules.fromHeaders(request.acl(), acls.ownerId()).orElse(null);
        if (ownership == ObjectOwnership.BUCKET_OWNER_ENFORCED && acl != null && !acl.isOwnerOnly(acls.ownerId())) {
            throw S3Exception.of(S3ErrorCode.INVALID_BUCKET_ACL_WITH_OBJECT_OWNERSHIP);
        }
        return new BucketAcl(ownership, acl);
    }

    /** The bucket's region, or empty when there is no such bucket: the region check of [R103]. */
    public Optional<String> regionOf(String name) {
        return buckets.find(name).map(Bucket::region);
    }

    public Bucket require(String name) {
        return lookup.require(name);
    }

    /** DeleteBucket: only an empty bucket (no version, no delete marker) can go. */
    public void delete(String name) {
        tx.inTransaction(() -> {
            lookup.requireForUpdate(name);
            if (versions.anyInBucket(name)) {
                throw S3Exception.of(S3ErrorCode.BUCKET_NOT_EMPTY).with("BucketName", name);
            }
            buckets.delete(name);
        });
    }

    public VersioningConfiguration getVersioning(String name) {
        Bucket bucket = require(name);
        if (bucket.versioning() == VersioningStatus.UNVERSIONED) {
            return new VersioningConfiguration(null, null);
        }
        return new VersioningConfiguration(bucket.versioning(), bucket.mfaDeleteConfigured() ? Boolean.FALSE : null);
    }

    /**
     * PutBucketVersioning. A bucket with Object Lock cannot be suspended ([A.8, R15]), nor one
     * with a replication configuration ([R116]);
     * {@code mfaDelete} null means the element was absent.
     */
    public void putVersioning(String name, VersioningStatus status, Boolean mfaDelete) {
        if (status == null || status == VersioningStatus.UNVERSIONED) {
            throw S3Exception.of(S3ErrorCode.ILLEGAL_VERSIONING_CONFIGURATION);
        }
        if (Boolean.TRUE.equals(mfaDelete)) {
            // Enabling MFA delete needs the root account's MFA device, which no emulator caller has.
            throw S3Exception.of(S3ErrorCode.INVALID_REQUEST, "MFA Authentication must be used for this request");
        }
        tx.inTransaction(() -> {
            Bucket bucket = lookup.requireForUpdate(name);
            ObjectLockVersioningRules.checkVersioningChange(bucket, status);
            ReplicationRules.checkVersioningChange(
                    status, replication.find(name).isPresent());
            buckets.updateVersioning(name, status, bucket.mfaDeleteConfigured() || mfaDelete != null);
        });
    }
}

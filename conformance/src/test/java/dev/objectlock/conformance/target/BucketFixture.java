package dev.objectlock.conformance.target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Creates uniquely named buckets for one scenario and removes them afterwards, whatever the
 * outcome: every version and delete marker is deleted by version id (with the governance bypass
 * only on Object Lock buckets: AWS rejects that header elsewhere, spec rule 28), then the bucket.
 * Obtain it by declaring a {@code BucketFixture} parameter under {@link TargetExtension}; the
 * extension closes it when the scope that asked for it ends.
 */
public final class BucketFixture implements AutoCloseable {

    /** Listing-and-deleting rounds before giving up; each round removes up to 1000 entries. */
    private static final int MAX_EMPTYING_ROUNDS = 50;

    private final S3Client s3;
    private final Region region;
    private final String prefix;
    private final List<String> created = new ArrayList<>();
    private final Set<String> createdWithObjectLock = new HashSet<>();

    BucketFixture(Target target) {
        this.s3 = target.s3();
        this.region = target.region();
        this.prefix = target.bucketPrefix();
    }

    /** A new bucket whose versioning was never configured (Unversioned). */
    public String create() {
        return create(false);
    }

    /** A new bucket with versioning Enabled. */
    public String createVersioned() {
        String bucket = create(false);
        s3.putBucketVersioning(b -> b.bucket(bucket)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        return bucket;
    }

    /** A new bucket created with Object Lock enabled (which also enables versioning). */
    public String createWithObjectLock() {
        return create(true);
    }

    /** A valid name no bucket of this run has, for scenarios about missing buckets. */
    public String unusedName() {
        return BucketNames.next(prefix);
    }

    private String create(boolean objectLock) {
        String bucket = BucketNames.next(prefix);
        CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(bucket);
        if (!Region.US_EAST_1.equals(region)) {
            request.createBucketConfiguration(c -> c.locationConstraint(region.id()));
        }
        if (objectLock) {
            request.objectLockEnabledForBucket(true);
        }
        s3.createBucket(request.build());
        created.add(bucket);
        if (objectLock) {
            createdWithObjectLock.add(bucket);
        }
        return bucket;
    }

    /** Empties and deletes every bucket made here, newest first; reports all failures together. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = created.size() - 1; i >= 0; i--) {
            String bucket = created.get(i);
            try {
                remove(bucket);
            } catch (RuntimeException e) {
                RuntimeException leftover = new IllegalStateException("could not clean up bucket " + bucket, e);
                if (failure == null) {
                    failure = leftover;
                } else {
                    failure.addSuppressed(leftover);
                }
            }
        }
        created.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private void remove(String bucket) {
        try {
            abortUploads(bucket);
            deleteAllVersions(bucket, createdWithObjectLock.contains(bucket) || hasObjectLock(bucket));
            s3.deleteBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (!"NoSuchBucket".equals(e.awsErrorDetails().errorCode())) {
                throw e;
            }
        }
    }

    /**
     * Lists the first page and deletes what it shows until nothing is left. Never follows
     * markers, so cleanup still terminates if the target paginates wrongly.
     */
    private void deleteAllVersions(String bucket, boolean bypassGovernance) {
        for (int round = 0; round < MAX_EMPTYING_ROUNDS; round++) {
            ListObjectVersionsResponse page = s3.listObjectVersions(b -> b.bucket(bucket));
            List<String[]> entries = new ArrayList<>();
            page.versions().forEach(v -> entries.add(new String[] {v.key(), v.versionId()}));
            page.deleteMarkers().forEach(m -> entries.add(new String[] {m.key(), m.versionId()}));
            if (entries.isEmpty()) {
                return;
            }
            for (String[] entry : entries) {
                s3.deleteObject(b -> {
                    b.bucket(bucket).key(entry[0]).versionId(entry[1]);
                    if (bypassGovernance) {
                        b.bypassGovernanceRetention(true);
                    }
                });
            }
        }
        throw new IllegalStateException("still not empty after " + MAX_EMPTYING_ROUNDS + " rounds of deletes");
    }

    /** True when the bucket has Object Lock; a target without the API (501) has none. */
    private boolean hasObjectLock(String bucket) {
        try {
            return s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration()
                    .objectLockEnabled() == ObjectLockEnabled.ENABLED;
        } catch (S3Exception e) {
            if ("ObjectLockConfigurationNotFoundError".equals(e.awsErrorDetails().errorCode())
                    || e.statusCode() == 501) {
                return false;
            }
            throw e;
        }
    }

    /** Aborts incomplete multipart uploads; a target without the API (501) has none. */
    private void abortUploads(String bucket) {
        ListMultipartUploadsResponse uploads;
        try {
            uploads = s3.listMultipartUploads(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() == 501) {
                return;
            }
            throw e;
        }
        uploads.uploads().forEach(u ->
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(u.key()).uploadId(u.uploadId())));
    }
}

package dev.objectlock.conformance.target;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Creates uniquely named buckets for one scenario and removes them afterwards, whatever the
 * outcome: every version and delete marker is deleted by version id (with the governance bypass
 * only on Object Lock buckets: AWS rejects that header elsewhere, [R28]), then the bucket.
 * A version Object Lock still protects is released first: its legal hold is lifted, and an
 * active COMPLIANCE retention is waited out (the emulator's clock is moved past it; on aws the
 * fixture sleeps, which is why scenarios give COMPLIANCE only seconds there; see conformance/README.md).
 * If this run moved the emulator's clock, it goes back to system time at the end.
 * Obtain it by declaring a {@code BucketFixture} parameter under {@link TargetExtension}; the
 * extension closes it when the scope that asked for it ends.
 */
public final class BucketFixture implements AutoCloseable {

    /** Listing-and-deleting rounds before giving up; each round removes up to 1000 entries. */
    private static final int MAX_EMPTYING_ROUNDS = 50;

    /** The longest COMPLIANCE retention cleanup waits out on aws; anything longer is a leftover. */
    private static final Duration MAX_COMPLIANCE_WAIT = Duration.ofMinutes(2);

    private final S3Client s3;
    private final Target target;
    /** Clients of the regions other than the target's that buckets were created in, to remove them with. */
    private final Map<String, S3Client> regionalClients = new HashMap<>();
    /** Buckets created in another region than the target's, with that region. */
    private final Map<String, Region> bucketRegions = new HashMap<>();

    private final Optional<EmulatorClock> clock;
    private final Region region;
    private final String prefix;
    private final List<String> created = new ArrayList<>();
    private final Set<String> createdWithObjectLock = new HashSet<>();

    BucketFixture(Target target) {
        this.s3 = target.s3();
        this.target = target;
        this.clock = target.clock();
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
        s3.putBucketVersioning(
                b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        return bucket;
    }

    /** A new bucket created with Object Lock enabled (which also enables versioning). */
    public String createWithObjectLock() {
        return create(true);
    }

    /**
     * A new bucket in {@code other} region, created as a user would: by a client configured for that
     * region, which names it as the location constraint ([R100]). It is removed through such a client.
     */
    public String createIn(Region other) {
        String bucket = BucketNames.next(prefix);
        regionalClient(other).createBucket(b -> b.bucket(bucket));
        created.add(bucket);
        bucketRegions.put(bucket, other);
        return bucket;
    }

    /** This target's client configured for {@code other} region instead (closed with the fixture). */
    public S3Client regionalClient(Region other) {
        return regionalClients.computeIfAbsent(other.id(), id -> target.newClient(b -> b.region(other)));
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
        bucketRegions.clear();
        regionalClients.values().forEach(S3Client::close);
        regionalClients.clear();
        try {
            clock.ifPresent(EmulatorClock::restoreSystemTimeIfMoved);
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void remove(String bucket) {
        Region other = bucketRegions.get(bucket);
        if (other != null) {
            removeEmpty(regionalClient(other), bucket);
            return;
        }
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

    /** A bucket of another region: its scenarios write no locked versions, so deleting each one suffices. */
    private static void removeEmpty(S3Client client, String bucket) {
        try {
            for (int round = 0; round < MAX_EMPTYING_ROUNDS; round++) {
                ListObjectVersionsResponse page = client.listObjectVersions(b -> b.bucket(bucket));
                if (page.versions().isEmpty() && page.deleteMarkers().isEmpty()) {
                    client.deleteBucket(b -> b.bucket(bucket));
                    return;
                }
                page.versions()
                        .forEach(v -> client.deleteObject(
                                b -> b.bucket(bucket).key(v.key()).versionId(v.versionId())));
                page.deleteMarkers()
                        .forEach(m -> client.deleteObject(
                                b -> b.bucket(bucket).key(m.key()).versionId(m.versionId())));
            }
            throw new IllegalStateException("still not empty after " + MAX_EMPTYING_ROUNDS + " rounds of deletes");
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
                try {
                    deleteVersion(bucket, entry[0], entry[1], bypassGovernance);
                } catch (S3Exception e) {
                    if (!bypassGovernance || e.statusCode() != 403) {
                        throw e;
                    }
                    release(bucket, entry[0], entry[1]);
                    deleteVersion(bucket, entry[0], entry[1], true);
                }
            }
        }
        throw new IllegalStateException("still not empty after " + MAX_EMPTYING_ROUNDS + " rounds of deletes");
    }

    private void deleteVersion(String bucket, String key, String versionId, boolean bypassGovernance) {
        s3.deleteObject(b -> {
            b.bucket(bucket).key(key).versionId(versionId);
            if (bypassGovernance) {
                b.bypassGovernanceRetention(true);
            }
        });
    }

    /**
     * Removes what the governance bypass cannot: lifts a legal hold and waits out an active
     * COMPLIANCE retention ([B.7]).
     */
    private void release(String bucket, String key, String versionId) {
        lockState(() -> s3.getObjectLegalHold(b -> b.bucket(bucket).key(key).versionId(versionId))
                        .legalHold()
                        .status())
                .filter(ObjectLockLegalHoldStatus.ON::equals)
                .ifPresent(on -> s3.putObjectLegalHold(b -> b.bucket(bucket)
                        .key(key)
                        .versionId(versionId)
                        .legalHold(h -> h.status(ObjectLockLegalHoldStatus.OFF))));
        lockState(() -> s3.getObjectRetention(b -> b.bucket(bucket).key(key).versionId(versionId))
                        .retention())
                .filter(retention -> retention.mode() == ObjectLockRetentionMode.COMPLIANCE)
                .map(ObjectLockRetention::retainUntilDate)
                .ifPresent(this::waitOut);
    }

    private void waitOut(Instant retainUntil) {
        if (clock.isPresent()) {
            Duration left = Duration.between(clock.get().now(), retainUntil);
            if (!left.isNegative()) {
                clock.get().advance(left.plusSeconds(1));
            }
            return;
        }
        Duration left = Duration.between(Instant.now(), retainUntil).plusSeconds(2);
        if (left.compareTo(MAX_COMPLIANCE_WAIT) > 0) {
            throw new IllegalStateException("a version is under COMPLIANCE retention until " + retainUntil
                    + "; it can only be deleted after that");
        }
        try {
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out COMPLIANCE retention", e);
        }
    }

    /** A lock setting of a version; empty if it never had one (404) or is a delete marker (405). */
    private static <T> Optional<T> lockState(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (S3Exception e) {
            if (e.statusCode() == 404 || e.statusCode() == 405) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** True when the bucket has Object Lock; a target without the API (501) has none. */
    private boolean hasObjectLock(String bucket) {
        try {
            return s3.getObjectLockConfiguration(b -> b.bucket(bucket))
                            .objectLockConfiguration()
                            .objectLockEnabled()
                    == ObjectLockEnabled.ENABLED;
        } catch (S3Exception e) {
            if ("ObjectLockConfigurationNotFoundError"
                            .equals(e.awsErrorDetails().errorCode())
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
        uploads.uploads()
                .forEach(u -> s3.abortMultipartUpload(
                        b -> b.bucket(bucket).key(u.key()).uploadId(u.uploadId())));
    }
}

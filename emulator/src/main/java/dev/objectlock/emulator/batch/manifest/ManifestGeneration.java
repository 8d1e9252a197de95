package dev.objectlock.emulator.batch.manifest;

import dev.objectlock.emulator.batch.BatchJob;
import dev.objectlock.emulator.batch.JobFailureException;
import dev.objectlock.emulator.batch.JobManifestGenerator;
import dev.objectlock.emulator.batch.ManifestResolver;
import dev.objectlock.emulator.batch.TaskTarget;
import dev.objectlock.emulator.domain.authorization.AccessRequest;
import dev.objectlock.emulator.domain.authorization.OperationAccess;
import dev.objectlock.emulator.domain.authorization.RequestAccess;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.replication.ReplicationConfiguration;
import dev.objectlock.emulator.domain.service.ListingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code S3JobManifestGenerator}: the tasks are the current versions (delete markers excluded) of
 * the source bucket's objects that pass the {@link GeneratorFilter}, in key order, listed once
 * while the job is Preparing.
 *
 * <p>Each task carries the version id it was listed with ({@code null} for null versions), so the
 * job acts on exactly the versions it listed even if a key is overwritten before its task runs,
 * and the written manifest lists them in its VersionId column. [UNCERTAIN: AWS documents no
 * schema for generated manifests; the API reference says only that the format is
 * S3InventoryReport_CSV_20211130, an inventory layout, and inventory reports of versioned buckets
 * carry VersionId. [C.3] leaves "current vs all versions" open; current versions are what a
 * "list the bucket" generator sees.]
 */
final class ManifestGeneration {

    private static final int PAGE = ListingService.MAX_KEYS_LIMIT;

    private final ListingService listing;
    private final GeneratedManifestWriter writer;
    private final Function<String, Optional<ReplicationConfiguration>> replication;

    ManifestGeneration(
            ListingService listing,
            GeneratedManifestWriter writer,
            Function<String, Optional<ReplicationConfiguration>> replication) {
        this.listing = listing;
        this.writer = writer;
        this.replication = replication;
    }

    /** As the job's role: s3:ListBucket on the source, s3:PutObject for the written manifest ([P80, P83]). */
    ManifestResolver.Resolved generate(
            String accountId, String jobId, JobManifestGenerator generator, RequestAccess role) {
        checkOwner(generator.expectedBucketOwner(), accountId);
        String bucket = Arns.bucket(generator.sourceBucket())
                .orElseThrow(() -> ManifestFailures.invalid(
                        "The manifest generator's SourceBucket is not an S3 bucket ARN: " + generator.sourceBucket()));
        GeneratorFilter filter = GeneratorFilter.of(generator.filter());
        List<TaskTarget> tasks =
                filter.allVersions() ? eligibleVersions(bucket, filter, role) : list(bucket, filter, role);
        if (tasks.isEmpty()) {
            // UG troubleshooting-batch-operations: a generator that matches nothing fails the job.
            throw ManifestFailures.noKeys();
        }
        BatchJob.GeneratedManifest written = null;
        if (Boolean.TRUE.equals(generator.enableManifestOutput())) {
            JobManifestGenerator.OutputLocation out = generator.manifestOutputLocation();
            checkOwner(out.expectedManifestBucketOwner(), accountId);
            written = writer.write(jobId, bucket, out, tasks, role);
        }
        return new ManifestResolver.Resolved(tasks, written);
    }

    private List<TaskTarget> list(String bucket, GeneratorFilter filter, RequestAccess role) {
        List<TaskTarget> tasks = new ArrayList<>();
        String after = null;
        while (true) {
            ListingService.ObjectPage page;
            try {
                if (after == null) {
                    role.authorize(AccessRequest.bucket(OperationAccess.LIST_OBJECTS_V2, bucket));
                }
                page = listing.listObjects(new ListingService.ListObjects(bucket, null, null, after, PAGE));
            } catch (S3Exception e) {
                throw new JobFailureException(
                        e.code().code(),
                        "Listing the manifest generator's source bucket failed: "
                                + e.code().code());
            }
            for (ObjectVersion v : page.objects()) {
                if (filter.matches(v, null)) {
                    tasks.add(new TaskTarget(
                            bucket,
                            v.key(),
                            KeyCodec.encode(v.key()),
                            v.versionId().value()));
                }
            }
            if (!page.truncated()) {
                return tasks;
            }
            after = page.lastReturned();
        }
    }

    /**
     * Batch Replication's generator ([R144]): every object version (delete markers excluded, K65) a
     * rule of the source's configuration takes, oldest key first, newest version first within a key,
     * as ListObjectVersions orders them. As the role: the configuration is read with
     * s3:GetReplicationConfiguration and the listing is an inventory on AWS, hence
     * s3:PutInventoryConfiguration ([P103]).
     */
    private List<TaskTarget> eligibleVersions(String bucket, GeneratorFilter filter, RequestAccess role) {
        ReplicationConfiguration config;
        try {
            role.authorize(AccessRequest.bucket(OperationAccess.GET_BUCKET_REPLICATION, bucket));
            role.authorize(AccessRequest.bucket(OperationAccess.PUT_BUCKET_INVENTORY_CONFIGURATION, bucket));
            listing.listVersions(new ListingService.ListVersions(bucket, null, null, null, null, 1));
            config = replication.apply(bucket).orElse(null);
        } catch (S3Exception e) {
            throw new JobFailureException(
                    e.code().code(),
                    "Listing the manifest generator's source bucket failed: "
                            + e.code().code());
        }
        List<TaskTarget> tasks = new ArrayList<>();
        String keyMarker = null;
        String versionMarker = null;
        while (true) {
            ListingService.VersionPage page = listing.listVersions(
                    new ListingService.ListVersions(bucket, null, null, keyMarker, versionMarker, PAGE));
            for (ListedVersion listed : page.versions()) {
                if (listed.entry() instanceof ObjectVersion v && filter.matches(v, config)) {
                    tasks.add(new TaskTarget(
                            bucket,
                            v.key(),
                            KeyCodec.encode(v.key()),
                            v.versionId().value()));
                }
            }
            if (!page.truncated()) {
                return tasks;
            }
            keyMarker = page.nextKeyMarker();
            versionMarker = page.nextVersionIdMarker();
        }
    }

    /**
     * ExpectedBucketOwner / ExpectedManifestBucketOwner: "must match ..., else the job fails" (API
     * reference S3JobManifestGenerator). Every bucket of the emulator belongs to the job's account.
     * [UNCERTAIN: failure code and text]
     */
    private static void checkOwner(String expectedOwner, String accountId) {
        if (expectedOwner != null && !expectedOwner.equals(accountId)) {
            throw new JobFailureException(
                    "AccessDenied", "The bucket is not owned by the expected bucket owner " + expectedOwner);
        }
    }
}

package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.batch.operations.TaskExecutors;
import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.authorization.Authorizer;
import dev.objectlock.emulator.domain.authorization.ConfiguredIdentities;
import dev.objectlock.emulator.domain.authorization.RoleSessions;
import dev.objectlock.emulator.domain.model.CanonicalIds;
import dev.objectlock.emulator.domain.port.BucketPolicyRepository;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.AclService;
import dev.objectlock.emulator.domain.service.Acls;
import dev.objectlock.emulator.domain.service.BatchReplicationService;
import dev.objectlock.emulator.domain.service.BucketPolicyService;
import dev.objectlock.emulator.domain.service.BucketService;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.LifecycleConfigurationService;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.MultipartListingService;
import dev.objectlock.emulator.domain.service.MultipartService;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;
import dev.objectlock.emulator.domain.service.ReplicaService;
import dev.objectlock.emulator.domain.service.ReplicationConfigurationService;
import dev.objectlock.emulator.domain.service.ReplicationRecorder;
import dev.objectlock.emulator.lifecycle.LifecycleRun;
import dev.objectlock.emulator.replication.ReplicationEngine;
import java.time.Clock;

/**
 * The services behind a started emulator: what {@link EmulatorRoutes} hands to the handlers, and
 * what this module's in-process tests and benchmarks reach through {@code EmulatorInternals}.
 */
record EmulatorServices(
        BucketService buckets,
        BucketPolicyService bucketPolicies,
        LifecycleConfigurationService lifecycleConfigurations,
        LifecycleRun lifecycle,
        ReplicationConfigurationService replicationConfigurations,
        ObjectService objects,
        ObjectDeletionService deletions,
        ObjectTaggingService tagging,
        ObjectLockService objectLocks,
        ListingService listing,
        CopyService copies,
        MultipartService multipart,
        MultipartListingService multipartListing,
        Manifests manifests,
        Transactions transactions,
        BatchJobService batchJobs,
        Authorizer authorizer,
        BucketPolicyRepository policyTexts,
        AclService acls,
        ReplicationEngine replication) {

    /** Every service over {@code storage}, reading {@code clock}; the batch jobs are not started yet. */
    static EmulatorServices wire(
            EmulatorStorage storage, Clock clock, EmulatorConfig config, ConfiguredIdentities identities) {
        String region = config.region();
        var jdbc = storage.jdbc();
        var blobs = storage.blobs();
        var buckets = storage.buckets();
        var versions = storage.versions();
        var acls = new Acls(storage.acls(), CanonicalIds.of(config.accountId()));
        var replicationTasks = storage.replicationTasks();
        var recorder = new ReplicationRecorder(storage.replication()::find, replicationTasks, jdbc);
        var bucketService =
                new BucketService(buckets, versions, blobs, jdbc, clock, region, acls, storage.replication());
        var objectService = new ObjectService(buckets, versions, blobs, jdbc, clock, acls, recorder);
        var deletionService = new ObjectDeletionService(buckets, versions, blobs, jdbc, clock, recorder);
        var taggingService = new ObjectTaggingService(buckets, versions, objectService, jdbc, clock, recorder);
        var listingService = new ListingService(buckets, versions);
        var copyService = new CopyService(buckets, objectService, blobs, clock);
        var objectLockService = new ObjectLockService(buckets, versions, objectService, jdbc, clock, recorder);
        var multipartService =
                new MultipartService(storage.multipartUploads(), buckets, objectService, blobs, jdbc, clock, acls);
        var manifests = new Manifests(objectService, listingService, storage.replication()::find, clock);
        var batchReplication =
                new BatchReplicationService(buckets, versions, storage.replication()::find, recorder, jdbc, clock);
        var policyTexts = storage.bucketPolicies();
        var authorizer = new Authorizer(buckets, policyTexts, clock, region, config.accountId());
        var batchJobs = new BatchJobService(
                storage.jobs(),
                manifests,
                new TaskExecutors(
                        objectService, taggingService, objectLockService, copyService, batchReplication, clock),
                objectService,
                jdbc,
                clock,
                region,
                new RoleSessions(identities, authorizer));
        // A policy may name only principals that exist: the configured identities, or the account alone in open mode.
        var open = Identities.none(config.accountId());
        var policyService = new BucketPolicyService(
                buckets, policyTexts, jdbc, () -> identities.current().orElse(open));
        var lifecycleConfigurations = new LifecycleConfigurationService(
                buckets, storage.lifecycle(), versions, storage.multipartUploads(), jdbc);
        var replicationConfigurations = new ReplicationConfigurationService(buckets, storage.replication(), jdbc);
        var lifecycle = new LifecycleRun(
                buckets, storage.lifecycle(), versions, storage.multipartUploads(), blobs, jdbc, multipartService);
        var replication = new ReplicationEngine(
                replicationTasks,
                new ReplicaService(buckets, versions, blobs, jdbc, clock, replicationTasks),
                new RoleSessions(identities, authorizer));
        recorder.onRecorded(replication::wake);
        return new EmulatorServices(
                bucketService,
                policyService,
                lifecycleConfigurations,
                lifecycle,
                replicationConfigurations,
                objectService,
                deletionService,
                taggingService,
                objectLockService,
                listingService,
                copyService,
                multipartService,
                new MultipartListingService(storage.multipartUploads(), buckets),
                manifests,
                jdbc,
                batchJobs,
                authorizer,
                policyTexts,
                new AclService(buckets, versions, acls, jdbc),
                replication);
    }
}

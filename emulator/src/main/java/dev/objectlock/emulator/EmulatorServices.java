package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.BucketPolicyService;
import dev.objectlock.emulator.domain.service.BucketService;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.MultipartService;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;

/**
 * The services behind a started emulator: what {@link EmulatorRoutes} hands to the handlers, and
 * what this module's in-process tests and benchmarks reach through {@code EmulatorInternals}.
 */
record EmulatorServices(BucketService buckets, BucketPolicyService bucketPolicies, ObjectService objects,
                        ObjectDeletionService deletions, ObjectTaggingService tagging, ObjectLockService objectLocks,
                        ListingService listing, CopyService copies, MultipartService multipart, Manifests manifests,
                        Transactions transactions, BatchJobService batchJobs) {
}

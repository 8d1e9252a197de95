package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.batch.manifest.Manifests;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.CopyService;
import dev.objectlock.emulator.domain.service.ListingService;
import dev.objectlock.emulator.domain.service.ObjectDeletionService;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectService;
import dev.objectlock.emulator.domain.service.ObjectTaggingService;

/** The services behind a started emulator, for this module's in-process tests and benchmarks. */
public final class EmulatorInternals {

    private EmulatorInternals() {}

    public static BatchJobService batchJobs(ObjectLockEmulator emulator) {
        return emulator.wiring().batchJobs();
    }

    public static ObjectService objects(ObjectLockEmulator emulator) {
        return emulator.wiring().objects();
    }

    public static ObjectDeletionService deletions(ObjectLockEmulator emulator) {
        return emulator.wiring().deletions();
    }

    public static ObjectTaggingService tagging(ObjectLockEmulator emulator) {
        return emulator.wiring().tagging();
    }

    public static ObjectLockService objectLocks(ObjectLockEmulator emulator) {
        return emulator.wiring().objectLocks();
    }

    public static ListingService listing(ObjectLockEmulator emulator) {
        return emulator.wiring().listing();
    }

    public static CopyService copies(ObjectLockEmulator emulator) {
        return emulator.wiring().copies();
    }

    /** The emulator's manifest readers and generator, whatever resolver its batch service was told to use. */
    public static Manifests manifests(ObjectLockEmulator emulator) {
        return emulator.wiring().manifests();
    }

    public static Transactions transactions(ObjectLockEmulator emulator) {
        return emulator.wiring().transactions();
    }

    /**
     * Stores a bucket's policy text as PutBucketPolicy would, without its validation: for secured-mode
     * tests that set a policy the owner's PutBucketPolicy would refuse, or without signing as root.
     */
    public static void putBucketPolicy(ObjectLockEmulator emulator, String bucket, String policyText) {
        emulator.wiring().policyTexts().put(bucket, policyText);
    }
}

package dev.objectlock.emulator;

import dev.objectlock.emulator.batch.BatchJobService;
import dev.objectlock.emulator.domain.port.Transactions;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.domain.service.ObjectService;

/** The services behind a started emulator, for this module's in-process tests and benchmarks. */
public final class EmulatorInternals {

    private EmulatorInternals() {
    }

    public static BatchJobService batchJobs(ObjectLockEmulator emulator) {
        return emulator.wiring().batchJobs();
    }

    public static ObjectService objects(ObjectLockEmulator emulator) {
        return emulator.wiring().objects();
    }

    public static ObjectLockService objectLocks(ObjectLockEmulator emulator) {
        return emulator.wiring().objectLocks();
    }

    public static Transactions transactions(ObjectLockEmulator emulator) {
        return emulator.wiring().transactions();
    }
}

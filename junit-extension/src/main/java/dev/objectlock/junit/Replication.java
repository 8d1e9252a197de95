package dev.objectlock.junit;

import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.replication.ReplicationCounts;
import java.time.Duration;

/**
 * Waits for the replication of the test's emulator, so a test needs no sleep between a write and
 * its replica: {@code replication.await()} returns once no replication task is pending. Injectable
 * into any test or lifecycle method.
 */
public final class Replication {

    private final ObjectLockEmulator emulator;

    Replication(ObjectLockEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * Waits up to a minute until every replication task has ended, COMPLETED or FAILED.
     *
     * @return the replication counters once nothing is pending
     */
    public ReplicationCounts await() {
        return emulator.awaitReplication();
    }

    /**
     * As {@link #await()}, with a limit of its own.
     *
     * @param timeout how long to wait at most
     * @return the replication counters once nothing is pending
     * @throws IllegalStateException when {@code timeout} passes first
     */
    public ReplicationCounts await(Duration timeout) {
        return emulator.awaitReplication(timeout);
    }
}

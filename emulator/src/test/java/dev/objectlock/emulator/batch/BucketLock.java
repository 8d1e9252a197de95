package dev.objectlock.emulator.batch;

import dev.objectlock.emulator.EmulatorInternals;
import dev.objectlock.emulator.ObjectLockEmulator;
import dev.objectlock.emulator.domain.service.ObjectLockService;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a bucket's row lock from another thread, as a slow concurrent write would: a job's first
 * task waits on it, which keeps the job Active, with that task in flight, for as long as a test needs.
 */
final class BucketLock implements AutoCloseable {

    private final ObjectLockEmulator emulator;
    private final CountDownLatch taken = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final CompletableFuture<Void> holder;

    private BucketLock(ObjectLockEmulator emulator, String bucket, String key) {
        this.emulator = emulator;
        ObjectLockService locks = EmulatorInternals.objectLocks(emulator);
        holder = CompletableFuture.runAsync(() -> EmulatorInternals.transactions(emulator)
                .inTransaction(() -> {
                    // any change under the bucket's lock will do: a legal hold OFF on {@code key}
                    locks.putLegalHold(new ObjectLockService.VersionRef(bucket, key, null), "OFF");
                    taken.countDown();
                    try {
                        released.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
    }

    /** Returns once the lock is held: {@code key} is an object of {@code bucket} whose hold becomes OFF. */
    static BucketLock take(ObjectLockEmulator emulator, String bucket, String key) throws InterruptedException {
        BucketLock lock = new BucketLock(emulator, bucket, key);
        if (!lock.taken.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("bucket lock not taken");
        }
        return lock;
    }

    void release() {
        released.countDown();
    }

    /** Until some task waits for this lock: then it is in flight, not merely about to start. */
    void awaitSomeoneWaiting() throws InterruptedException {
        Jdbc jdbc = (Jdbc) EmulatorInternals.transactions(emulator);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.queryOne(
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL",
                                rs -> rs.getLong(1))
                        .orElse(0L)
                == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no task ever waited for the bucket lock");
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        release();
        holder.orTimeout(30, TimeUnit.SECONDS).join();
    }
}

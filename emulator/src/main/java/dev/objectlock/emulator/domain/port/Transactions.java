package dev.objectlock.emulator.domain.port;

import java.util.function.Supplier;

/** Runs work in one storage transaction: all of it commits, or none of it does. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} once the work of the transaction open on this thread has committed: after
     * the outermost {@link #inTransaction} returns (nested calls join the outer one), at once when
     * no transaction is open, and never when the transaction rolls back. For effects outside the
     * database that must only follow committed metadata, such as deleting the body blob of a
     * version the transaction removed: deleted any earlier, a rollback would restore a version
     * whose body is gone.
     */
    void afterCommit(Runnable action);
}

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
     * Runs {@code work} so that, when it throws, everything it did is undone while the transaction
     * open on this thread carries on: inside one, a savepoint that an exception rolls back (with
     * the {@link #afterCommit} actions queued since, which then never run) before it propagates;
     * outside one, the same as {@link #inTransaction}. For one unit among many sharing a
     * transaction, such as a batch task in its chunk: a task that fails leaves nothing behind,
     * and the tasks before and after it still commit together.
     */
    <T> T inSavepoint(Supplier<T> work);

    /**
     * Runs {@code action} once the work of the transaction open on this thread has committed: after
     * the outermost {@link #inTransaction} returns (nested calls join the outer one), at once when
     * no transaction is open, and never when the transaction rolls back
     * (nor when the {@link #inSavepoint} block that queued it does). For effects outside the
     * database that must only follow committed metadata, such as deleting the body blob of a
     * version the transaction removed: deleted any earlier, a rollback would restore a version
     * whose body is gone.
     */
    void afterCommit(Runnable action);
}

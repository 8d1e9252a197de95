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
}

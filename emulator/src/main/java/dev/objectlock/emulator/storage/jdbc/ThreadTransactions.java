package dev.objectlock.emulator.storage.jdbc;

import dev.objectlock.emulator.domain.port.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Transactions bound to the calling thread: the connection that statements inside
 * {@link #inTransaction} share, the savepoints nested in it, the actions that wait for its commit,
 * and the sync that makes a commit durable. {@link Jdbc} runs its statements on {@link #current()}
 * when there is one.
 *
 * <p>With {@code syncCommits} (file-backed mode) every commit that changed something is forced to
 * disk before it returns, so a write the client saw acknowledged survives a crash of the process
 * and of the machine. H2 itself only hands committed pages to the OS (with {@code WRITE_DELAY=0};
 * its default delays even that by 500 ms) and never fsyncs on commit; {@code CHECKPOINT SYNC} does.
 */
final class ThreadTransactions implements Transactions {

    /** Opens a connection for a new transaction (once the schema is ready). */
    @FunctionalInterface
    interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    private final ConnectionOpener opener;
    private final boolean syncCommits;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** Whether the transaction bound to this thread has changed anything (and so needs a sync). */
    private final ThreadLocal<Boolean> wrote = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** What the transaction bound to this thread runs once it has committed. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    /**
     * Why the transaction bound to this thread can only roll back: a savepoint whose work failed
     * could not be rolled back, so committing would keep what that work half did.
     */
    private final ThreadLocal<SQLException> rollbackOnly = new ThreadLocal<>();

    ThreadTransactions(ConnectionOpener opener, boolean syncCommits) {
        this.opener = opener;
        this.syncCommits = syncCommits;
    }

    /** The connection of the transaction open on this thread, or null outside one. */
    Connection current() {
        return current.get();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        T result;
        try (Connection c = opener.open()) {
            c.setAutoCommit(false);
            current.set(c);
            wrote.set(Boolean.FALSE);
            afterCommit.set(committed);
            try {
                result = work.get();
                SQLException doomed = rollbackOnly.get();
                if (doomed != null) {
                    throw new SqlRuntimeException(
                            "a failed savepoint could not be rolled back, so the whole " + "transaction rolls back",
                            doomed);
                }
                c.commit();
                if (wrote.get()) {
                    sync(c);
                }
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
                wrote.remove();
                afterCommit.remove();
                rollbackOnly.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SqlRuntimeException("transaction failed", e);
        }
        runAll(committed);
        return result;
    }

    /**
     * Inside a transaction: a JDBC savepoint around {@code work}. When {@code work} throws, the
     * connection rolls back to the savepoint and the after-commit actions it queued are dropped
     * (they would otherwise delete bodies that the rollback made live again); then the exception
     * propagates and the transaction goes on. When it returns, the savepoint is released and its
     * writes and actions belong to the transaction like any others.
     */
    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        Connection c = current.get();
        if (c == null) {
            return inTransaction(work);
        }
        List<Runnable> pending = afterCommit.get();
        int queuedBefore = pending.size();
        Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw new SqlRuntimeException("setting a savepoint failed", e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            try {
                c.rollback(savepoint);
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
                markRollbackOnly(rollbackFailed);
            }
            pending.subList(queuedBefore, pending.size()).clear();
            throw e;
        }
        try {
            c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // the work's writes are in the transaction either way; a connection this broken must not commit
            markRollbackOnly(e);
            throw new SqlRuntimeException("releasing a savepoint failed", e);
        }
        return result;
    }

    private void markRollbackOnly(SQLException why) {
        if (rollbackOnly.get() == null) {
            rollbackOnly.set(why);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending != null) {
            pending.add(action);
        } else {
            action.run();
        }
    }

    /**
     * Runs every action even when one fails (the commit stands either way, and each one left out
     * would be a leak), then throws the first failure with the others suppressed.
     */
    private static void runAll(List<Runnable> actions) {
        RuntimeException failure = null;
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Notes a change: inside a transaction the sync waits for the commit; in auto-commit it happens now. */
    void changed(Connection c) throws SQLException {
        if (!syncCommits) {
            return;
        }
        if (current.get() != null) {
            wrote.set(Boolean.TRUE);
        } else {
            sync(c);
        }
    }

    private void sync(Connection c) throws SQLException {
        if (syncCommits) {
            try (var st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        }
    }
}

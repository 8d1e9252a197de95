package dev.objectlock.emulator.storage.jdbc;

import dev.objectlock.emulator.domain.port.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A small JDBC runner: statements with positional parameters, row mappers, and transactions
 * bound to the calling thread so repositories called inside {@link #inTransaction} share one
 * connection and one commit.
 *
 * <p>With {@code syncCommits} (file-backed mode) every commit that changed something is forced to
 * disk before it returns, so a write the client saw acknowledged survives a crash of the process
 * and of the machine. H2 itself only hands committed pages to the OS (with {@code WRITE_DELAY=0};
 * its default delays even that by 500 ms) and never fsyncs on commit; {@code CHECKPOINT SYNC} does.
 */
public final class Jdbc implements Transactions {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final boolean syncCommits;
    /** Set while the schema is being prepared in the background; every other caller waits for it. */
    private volatile CompletableFuture<Void> preparing;
    private volatile Thread preparer;
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

    public Jdbc(DataSource dataSource) {
        this(dataSource, false);
    }

    /**
     * @param syncCommits force each committed change to disk before returning (file-backed H2);
     *                    in-memory databases have nothing to sync
     */
    public Jdbc(DataSource dataSource, boolean syncCommits) {
        this.dataSource = dataSource;
        this.syncCommits = syncCommits;
    }

    /**
     * Runs {@code preparation} (opening the database, migrations) on a thread of its own so the
     * caller can do other start-up work meanwhile (starting the HTTP server). Until it is done every
     * other use of this Jdbc waits for it, so no request can see a half-built schema.
     *
     * @return completes when the preparation is done; completes exceptionally when it failed
     */
    public CompletableFuture<Void> prepareInBackground(Consumer<Jdbc> preparation) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        preparing = done;
        Thread thread = new Thread(() -> {
            try {
                preparation.accept(this);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            } finally {
                preparer = null;
            }
        }, "objectlock-storage-init");
        thread.setDaemon(true);
        preparer = thread;
        thread.start();
        return done;
    }

    private void awaitPrepared() {
        CompletableFuture<Void> p = preparing;
        if (p == null || Thread.currentThread() == preparer) {
            return;
        }
        try {
            p.join();
            preparing = null;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        awaitPrepared();
        List<Runnable> committed = new ArrayList<>();
        T result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            wrote.set(Boolean.FALSE);
            afterCommit.set(committed);
            try {
                result = work.get();
                SQLException doomed = rollbackOnly.get();
                if (doomed != null) {
                    throw new SqlRuntimeException("a failed savepoint could not be rolled back, so the whole "
                            + "transaction rolls back", doomed);
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

    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                int rows = ps.executeUpdate();
                changed(c);
                return rows;
            }
        });
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Runs DDL or other unparameterised SQL. */
    public void execute(String sql) {
        withConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute(sql);
                changed(c);
                return null;
            }
        });
    }

    /** Notes a change: inside a transaction the sync waits for the commit; in auto-commit it happens now. */
    private void changed(Connection c) throws SQLException {
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

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection tx = current.get();
        try {
            if (tx != null) {
                return work.apply(tx);
            }
            awaitPrepared();
            try (Connection c = dataSource.getConnection()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw new SqlRuntimeException(e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}

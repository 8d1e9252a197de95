package dev.objectlock.emulator.storage.jdbc;

import dev.objectlock.emulator.domain.port.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A small JDBC runner: statements with positional parameters and row mappers. Inside
 * {@link #inTransaction} they run on the connection bound to the calling thread (see
 * {@link ThreadTransactions}), so repositories called there share one connection and one commit.
 */
public final class Jdbc implements Transactions {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final ThreadTransactions transactions;
    /** Set while the schema is being prepared in the background; every other caller waits for it. */
    private volatile CompletableFuture<Void> preparing;

    private volatile Thread preparer;

    public Jdbc(DataSource dataSource) {
        this(dataSource, false);
    }

    /**
     * @param syncCommits force each committed change to disk before returning (file-backed H2);
     *                    in-memory databases have nothing to sync
     */
    public Jdbc(DataSource dataSource, boolean syncCommits) {
        this.dataSource = dataSource;
        this.transactions = new ThreadTransactions(this::open, syncCommits);
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
        Thread thread = new Thread(
                () -> {
                    try {
                        preparation.accept(this);
                        done.complete(null);
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    } finally {
                        preparer = null;
                    }
                },
                "objectlock-storage-init");
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
        return transactions.inTransaction(work);
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        return transactions.inSavepoint(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        transactions.afterCommit(action);
    }

    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                int rows = ps.executeUpdate();
                transactions.changed(c);
                return rows;
            }
        });
    }

    /**
     * Runs one statement for each parameter row as a single JDBC batch: the statement is prepared
     * once, which is what makes thousands of small changes in one transaction cheap.
     */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
                transactions.changed(c);
                return null;
            }
        });
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params);
                    ResultSet rs = ps.executeQuery()) {
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
                transactions.changed(c);
                return null;
            }
        });
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection tx = transactions.current();
        try {
            if (tx != null) {
                return work.apply(tx);
            }
            try (Connection c = open()) {
                return work.apply(c);
            }
        } catch (SQLException e) {
            throw new SqlRuntimeException(e.getMessage(), e);
        }
    }

    private Connection open() throws SQLException {
        awaitPrepared();
        return dataSource.getConnection();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}

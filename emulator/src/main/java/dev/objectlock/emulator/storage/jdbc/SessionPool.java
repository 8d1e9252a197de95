package dev.objectlock.emulator.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A pool of H2 sessions that keeps each session's parsed statements between uses. H2's own
 * {@code JdbcConnectionPool} rolls the session back on every checkout, and a rollback empties the
 * session's query cache, so every statement was parsed and planned again on every request (a
 * fifth of the server's CPU on a PUT+GET). Here a connection goes back to the pool as it is, once
 * it is in auto-commit mode with nothing pending; one that is not is rolled back first.
 * At most {@code maxConnections} are lent at once; a borrower waits up to 30 s, as before.
 */
public final class SessionPool implements DataSource {

    private static final long WAIT_SECONDS = 30;

    private final Connector connector;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final Semaphore permits;
    private volatile boolean disposed;

    public SessionPool(Connector connector, int maxConnections) {
        this.connector = connector;
        this.permits = new Semaphore(maxConnections);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (disposed) {
            throw new SQLException("the connection pool is closed");
        }
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLTimeoutException("no free connection after " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        try {
            Connection physical = idle.pollFirst();
            return lend(physical != null ? physical : connector.connect());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Opens a new physical connection; which database it reaches is the caller's business. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private Connection lend(Connection physical) {
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (returned.compareAndSet(false, true)) {
                                giveBack(physical);
                            }
                            return null;
                        case "isClosed":
                            return returned.get() || physical.isClosed();
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            if (returned.get()) {
                                throw new SQLException("connection already closed");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private void giveBack(Connection physical) throws SQLException {
        try {
            if (disposed || physical.isClosed()) {
                physical.close();
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            idle.addFirst(physical);
        } finally {
            permits.release();
        }
    }

    /** Closes the idle connections; connections still lent are closed when they come back. */
    public void dispose() {
        disposed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a session of a database that has shut down already
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the wait is fixed
    }

    @Override
    public int getLoginTimeout() {
        return (int) WAIT_SECONDS;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}

package dev.objectlock.emulator.storage.jdbc;

import java.sql.SQLException;

/** An SQLException made unchecked; the renderer turns it into InternalError, never a stack trace. */
public final class SqlRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SqlRuntimeException(String message, SQLException cause) {
        super(message, cause);
    }

    /** True when a unique or primary key refused the statement (SQLState class 23, code 23505). */
    public boolean isDuplicateKey() {
        return getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}

package dev.objectlock.emulator.storage.jdbc;

import java.sql.SQLException;

/** An SQLException made unchecked; the renderer turns it into InternalError, never a stack trace. */
public final class SqlRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SqlRuntimeException(String message, SQLException cause) {
        super(message, cause);
    }
}
